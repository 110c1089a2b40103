import { api, problemDetail, query } from '../api.js';
import { ask } from '../confirm.js';
import { emptyState, fill, h, nameTag, nameText, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import '../workspace.css';

// What the page calls each field the server may refuse.
const LABELS = { reason: 'fl.reason', comment: 'fl.reason', layer: 'fl.layer' };

const LAYERS = ['core', 'active', 'silent', 'churned'];
const PAGE_SIZE = 20;
const PRUNES = ['WARN_MEMBER', 'REMOVE_MEMBER', 'AWAIT_GRACE'];
const enc = encodeURIComponent;

const layerWords = layer => (layer ? t(`layer.${layer}`) : t('mb.notLayered'));
const personaWords = persona => (persona ? t(`persona.${persona}`) : '—');
const who = member => nameText(member.nickname, member.memberId);

/**
 * A group's members for operators: a paged table with layer, persona, strikes, points and last
 * active, filtered by layer and searched by id or nickname; a drawer with why the member is where
 * they are, in words, and their history; and the pruning candidates of a dry run, each of whom
 * can be kept, with a reason.
 */
export async function membersView(main, { params: [groupId], me }) {
  const base = `/groups/${enc(groupId)}`;
  const group = await api.get(base);
  const operates = me.roles.includes('OPERATOR') || me.roles.includes('ADMIN');
  const { element: status, say } = statusLine('mb-status');
  const layer = h('select', { id: 'mb-layer', onchange: () => { page = 0; load(); } },
    h('option', { value: '' }, t('mb.allLayers')), LAYERS.map(l => h('option', { value: l }, t(`layer.${l}`))));
  const search = h('input', { type: 'search', id: 'mb-search', placeholder: t('mb.searchPlaceholder'), oninput: () => schedule() });
  const rows = h('tbody', { id: 'mb-rows' });
  const pageInfo = h('span', { id: 'mb-page', class: 'muted small' });
  const prev = h('button', { type: 'button', id: 'mb-prev', class: 'small', onclick: () => { page--; load(); } }, t('mb.prev'));
  const next = h('button', { type: 'button', id: 'mb-next', class: 'small', onclick: () => { page++; load(); } }, t('mb.next'));
  const drawer = h('aside', { class: 'drawer', id: 'mb-drawer', hidden: true });
  const pruning = h('div', { id: 'mb-pruning' });
  let page = 0;
  let timer = null;
  let asked = 0;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => { page = 0; load(); }, 250);
  }

  async function load() {
    const mine = ++asked;
    const result = await api.get(`${base}/members${query({ layer: layer.value, q: search.value.trim(), page, size: PAGE_SIZE })}`);
    if (mine !== asked) {
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    pageInfo.textContent = t('mb.pageInfo', { page: page + 1, pages, total: result.total });
    prev.disabled = page === 0;
    next.disabled = page + 1 >= pages;
    fill(rows, result.items.length === 0
      ? h('tr', {}, h('td', { colspan: 7 }, emptyState(t('mb.none'))))
      : result.items.map(member => h('tr', { dataset: { member: member.memberId }, class: 'clickable', onclick: () => open(member.memberId) },
        h('td', {}, h('strong', {}, member.nickname || member.memberId), member.nickname ? h('div', { class: 'muted small' }, member.memberId) : null),
        h('td', { class: 'mb-layer' }, h('span', { class: `layer layer-${member.layer}` }, layerWords(member.layer))),
        h('td', { class: 'mb-persona' }, personaWords(member.persona)),
        h('td', { class: 'num mb-strikes' }, String(member.strikes)),
        h('td', { class: 'num mb-points' }, String(member.points)),
        h('td', { class: 'mb-last-active' }, member.lastActiveAt ? formatTime(member.lastActiveAt) : t('mb.never')),
        h('td', { class: 'mb-kept' }, member.keptReason ? h('span', { class: 'badge', title: member.keptReason }, t('mb.kept')) : null))));
  }

  // The drawer shows the member clicked last, even when an earlier click's answers arrive after.
  let opened = 0;
  async function open(memberId) {
    const mine = ++opened;
    const path = `${base}/members/${enc(memberId)}`;
    const [member, strikes, points, checkIns] = await Promise.all([
      api.get(path), api.get(`${path}/strikes`), api.get(`${path}/points`), api.get(`${path}/check-ins`)
    ]);
    if (mine !== opened) {
      return;
    }
    drawer.hidden = false;
    drawer.dataset.member = memberId;
    const question = h('div', { id: 'mb-drawer-confirm' });
    fill(drawer,
      h('div', { class: 'toolbar' }, h('h2', {}, who(member)),
        h('button', { type: 'button', class: 'link-button', id: 'mb-close', onclick: () => { drawer.hidden = true; } }, '✕')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('mb.layer')), h('dd', { id: 'mb-d-layer' }, layerWords(member.layer), member.layerLocked ? ` · ${t('mb.locked')}` : ''),
        h('dt', {}, t('mb.persona')), h('dd', {}, personaWords(member.persona)),
        h('dt', {}, t('mb.role')), h('dd', {}, t(`mb.role.${member.role}`)),
        h('dt', {}, t('mb.joinedAt')), h('dd', {}, member.joinedAt ? formatTime(member.joinedAt) : '—'),
        h('dt', {}, t('mb.lastActive')), h('dd', {}, member.lastActiveAt ? formatTime(member.lastActiveAt) : t('mb.never')),
        h('dt', {}, t('mb.strikes')), h('dd', {}, String(member.strikes)),
        h('dt', {}, t('mb.points')), h('dd', {}, String(member.points))),
      h('h3', {}, t('mb.why')),
      h('ul', { id: 'mb-explanation', class: 'explanation' }, member.explanation.map(line => h('li', {}, line))),
      member.keptReason ? h('p', { class: 'notice', id: 'mb-kept-note' }, t('mb.keptNote', { by: member.keptBy, reason: member.keptReason }),
        operates ? h('button', { type: 'button', class: 'small', id: 'mb-release', onclick: () => ask(question, t('mb.releaseConfirm'), () => release(member)) }, t('mb.release')) : null) : null,
      question,
      h('h3', {}, t('mb.history')),
      history(strikes, points, checkIns));
  }

  // A pruning report's entry, like a member, has its memberId and its nickname.
  async function keep(entry, reason) {
    try {
      await api.post(`${base}/members/${enc(entry.memberId)}/keep`, { reason });
      await Promise.all([load(), dryRun()]);
      say(t('mb.keptDone', { member: who(entry) }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function release(member) {
    try {
      await api.delete(`${base}/members/${enc(member.memberId)}/keep`);
      await Promise.all([load(), open(member.memberId)]);
      say(t('mb.released', { member: who(member) }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function dryRun() {
    const report = await api.post(`${base}/pruning-runs${query({ dryRun: 'true' })}`);
    const candidates = report.candidates.filter(entry => PRUNES.includes(entry.outcome));
    fill(pruning,
      h('p', { class: 'muted small', id: 'mb-dry-run-summary' }, t('mb.dryRunSummary', { candidates: candidates.length, spared: report.spared.length })),
      candidates.length === 0 ? emptyState(t('mb.noCandidates')) : h('table', { class: 'table compact', id: 'mb-candidates' },
        h('thead', {}, h('tr', {}, ['mb.member', 'mb.wouldDo', 'mb.reason', ''].map(key => h('th', {}, key ? t(key) : '')))),
        h('tbody', {}, candidates.map(entry => {
          const reason = h('input', { class: 'mb-keep-reason', placeholder: t('mb.keepReason') });
          return h('tr', { dataset: { member: entry.memberId } },
            h('td', {}, h('button', { type: 'button', class: 'link-button mb-open', onclick: () => open(entry.memberId) }, nameTag(entry.nickname, entry.memberId))),
            h('td', {}, t(`mb.outcome.${entry.outcome}`)),
            h('td', { class: 'mb-reason' }, entry.reason),
            h('td', { class: 'row-actions' }, operates ? [reason, h('button', { type: 'button', class: 'small mb-keep', onclick: () => {
              if (!reason.value.trim()) {
                say(t('mb.keepReasonNeeded'), 'error');
                reason.focus();
                return;
              }
              keep(entry, reason.value.trim());
            } }, t('mb.keep'))] : null));
        }))),
      report.spared.length === 0 ? null : [h('h3', {}, t('mb.spared')),
        h('table', { class: 'table compact', id: 'mb-spared' },
          h('tbody', {}, report.spared.map(entry => h('tr', { dataset: { member: entry.memberId } },
            h('td', {}, nameTag(entry.nickname, entry.memberId)), h('td', { class: 'mb-reason' }, entry.reason)))))]);
  }

  main.append(
    h('p', {}, h('a', { href: `#/groups/${enc(groupId)}` }, t('gf.backToGroup'))),
    h('h1', {}, t('mb.title', { name: group.name })),
    status,
    h('div', { class: 'members-page' },
      h('section', { class: 'card' },
        h('div', { class: 'inline-form' }, layer, search),
        h('table', { class: 'table', id: 'member-table', dataset: { testid: 'member-table' } },
          h('thead', {}, h('tr', {}, ['mb.member', 'mb.layer', 'mb.persona', 'mb.strikes', 'mb.points', 'mb.lastActive', ''].map(key => h('th', {}, key ? t(key) : '')))),
          rows),
        h('div', { class: 'inline-form' }, prev, pageInfo, next)),
      drawer),
    h('section', { class: 'card', id: 'mb-pruning-card' },
      h('div', { class: 'toolbar' }, h('h2', {}, t('mb.pruning')),
        operates ? h('button', { type: 'button', id: 'mb-dry-run', onclick: dryRun }, t('mb.dryRun')) : null),
      h('p', { class: 'muted small' }, t(operates ? 'mb.pruningAbout' : 'mb.pruningForOperators')),
      pruning));
  await load();
  return { unmount: () => clearTimeout(timer) };
}

function history(strikes, points, checkIns) {
  const items = [
    ...strikes.strikes.map(s => ({ at: s.at, kind: t('mb.h.moderation'), text: `${t(`mb.outcome.${s.outcome}`)}：${s.term ? `“${s.term}” ` : ''}${s.reason || ''}` })),
    ...points.entries.map(p => ({ at: p.at, kind: t('mb.h.points'), text: `${p.points > 0 ? '+' : ''}${p.points}：${p.reason}` }))
  ].sort((a, b) => (a.at < b.at ? 1 : -1));
  return h('div', { id: 'mb-history' },
    h('p', { class: 'muted small', id: 'mb-checkins' }, t('mb.checkIns', { total: checkIns.totalDays, current: checkIns.currentStreak, longest: checkIns.longestStreak })),
    items.length === 0 ? emptyState(t('mb.noHistory')) : h('ul', { class: 'history' }, items.map(item =>
      h('li', {}, h('span', { class: 'muted small' }, `${formatTime(item.at)} · ${item.kind}`), h('div', {}, item.text)))));
}

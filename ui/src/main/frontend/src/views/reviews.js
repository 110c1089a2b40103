import { api, problemDetail, query } from '../api.js';
import { emptyState, h, nameTag, nameText, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';

// What the page calls each field the server may refuse.
const LABELS = { verdict: 'fl.verdict', note: 'rv.note' };

const STATUSES = ['OPEN', 'UPHELD', 'OVERTURNED'];
// People who may give verdicts; the server refuses everyone else anyway.
const JUDGES = ['COMPLIANCE', 'OPERATOR', 'ADMIN'];
const KEYS = { j: 'next', k: 'previous', u: 'UPHELD', o: 'OVERTURNED' };

// A code the server adds later (a new detector, a new action) shows as it is until it is translated.
function label(prefix, code) {
  const text = t(`${prefix}.${code}`);
  return text === `${prefix}.${code}` ? code : text;
}

function percent(precision) {
  return precision === undefined || precision === null ? '—' : `${Math.round(precision * 1000) / 10}%`;
}

/**
 * The moderation review queue: each decision with its text, what was found and the rule, for
 * compliance staff and operators to uphold (U) or overturn (O), moving with J and K; then how
 * precise each term, detector and rule has been, and the terms upheld spam suggests.
 */
export async function reviewsView(main, { me }) {
  const canJudge = me.roles.some(role => JUDGES.includes(role));
  const { element: status, say } = statusLine('rv-status');
  const filter = h('select', { id: 'rv-filter', onchange: () => reload(load) },
    STATUSES.map(s => h('option', { value: s }, t(`rv.status.${s}`))));
  const group = h('input', { type: 'search', id: 'rv-group', placeholder: t('rv.groupFilter'), onchange: () => reload(load, loadQuality) });
  const note = canJudge ? h('input', { type: 'text', id: 'rv-note', class: 'grow', placeholder: t('rv.notePlaceholder') }) : null;
  const count = h('span', { class: 'muted small', id: 'rv-count' });
  const list = h('div', { id: 'rv-items' });
  const quality = h('div', { id: 'rv-quality' });
  const suggestions = h('div', { id: 'rv-suggestions' });
  let items = [];
  let selected = 0;
  // A filter change and a verdict each reload the queue and the figures; only the answer to the
  // latest request is drawn, so an older one arriving late never puts stale figures back.
  let askedItems = 0;
  let askedQuality = 0;

  async function load() {
    const mine = ++askedItems;
    const found = await api.get(`/reviews${query({ status: filter.value, groupId: group.value.trim(), limit: 200 })}`);
    if (mine !== askedItems) {
      return;
    }
    items = found;
    selected = Math.min(selected, Math.max(items.length - 1, 0));
    count.textContent = t('rv.count', { n: items.length });
    list.replaceChildren(items.length === 0 ? emptyState(t('rv.none')) : h('ol', { class: 'reviews' }, items.map(itemView)));
    highlight();
  }

  function itemView(item, index) {
    const decided = item.status !== 'OPEN';
    return h('li', { class: 'review', dataset: { id: item.id, status: item.status, member: item.memberId }, onclick: () => select(index) },
      h('div', { class: 'review-head' },
        h('span', { class: `verdict verdict-${item.status}` }, t(`rv.status.${item.status}`)),
        h('strong', { class: 'rv-outcome' }, item.outcomes.map(o => label('rv.outcome', o)).join(' + ')),
        h('span', { class: 'rv-who' },
          nameTag(item.groupName, item.groupId, { class: 'rv-group', title: t('rv.groupId', { id: item.groupId }) }), ' · ',
          nameTag(item.memberNickname, item.memberId, { class: 'rv-member', title: t('rv.memberId', { id: item.memberId }) }), ' · ',
          h('span', { class: 'muted small' }, formatTime(item.at)))),
      h('blockquote', { class: 'rv-text' }, item.text || t('rv.noText')),
      item.normalizedText && item.normalizedText !== item.text
        ? h('div', { class: 'muted small rv-normalized' }, t('rv.normalized'), ' ', h('code', {}, item.normalizedText)) : null,
      h('div', { class: 'rv-hits' }, item.hits.length === 0 ? h('span', { class: 'muted small' }, t('rv.noHits'))
        : item.hits.map(hit => h('span', { class: 'hit', title: label('rv.detector', hit.detector) },
          h('code', {}, hit.term), ' ', label('cat', hit.category), ' · ', label('rv.detector', hit.detector)))),
      h('div', { class: 'small rv-rule' }, t('rv.rule'), ' ', h('code', {}, item.rule), ' ', h('span', { class: 'muted' }, `v${item.ruleSetVersion}`)),
      item.reason ? h('div', { class: 'muted small' }, item.reason) : null,
      decided ? h('div', { class: 'small rv-decided' }, t('rv.decided', { by: item.decidedBy, at: formatTime(item.decidedAt) }),
        item.note ? ` — ${item.note}` : '') : null,
      canJudge && !decided ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'small rv-uphold', onclick: event => { event.stopPropagation(); judge(index, 'UPHELD'); } }, t('rv.uphold'), ' ', h('kbd', {}, 'U')),
        h('button', { type: 'button', class: 'small danger rv-overturn', onclick: event => { event.stopPropagation(); judge(index, 'OVERTURNED'); } }, t('rv.overturn'), ' ', h('kbd', {}, 'O'))) : null);
  }

  function highlight() {
    list.querySelectorAll('li.review').forEach((li, index) => {
      li.classList.toggle('selected', index === selected);
      li.setAttribute('aria-selected', String(index === selected));
    });
    list.querySelector('li.review.selected')?.scrollIntoView({ block: 'nearest' });
  }

  function select(index) {
    if (items.length > 0) {
      selected = Math.max(0, Math.min(index, items.length - 1));
      highlight();
    }
  }

  // A key held down or pressed twice must not give a second verdict on the item while the first
  // is on its way: the server would refuse it, and its error would follow the success.
  const judging = new Set();

  async function judge(index, verdict) {
    const item = items[index];
    if (!canJudge || !item || item.status !== 'OPEN' || judging.has(item.id)) {
      return;
    }
    judging.add(item.id);
    try {
      const given = await api.post(`/reviews/${encodeURIComponent(item.id)}/verdict`, { verdict, note: note.value.trim() });
      const undone = given.actions.map(action => label('rv.outcome', action.type));
      note.value = '';
      await Promise.all([load(), loadQuality()]);
      say(t(verdict === 'UPHELD' ? 'rv.upheld' : 'rv.overturned', { member: nameText(item.memberNickname, item.memberId) })
        + (given.strikeWithdrawn ? t('rv.strikeWithdrawn') : '')
        + (undone.length ? t('rv.undone', { actions: undone.join('、') }) : ''), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    } finally {
      judging.delete(item.id);
    }
  }

  /** A filter's reload that fails says so, instead of leaving the last list as if it were the answer. */
  async function reload(...loads) {
    try {
      await Promise.all(loads.map(load => load()));
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  function onKey(event) {
    const action = KEYS[event.key.toLowerCase()];
    if (!action || event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select')) {
      return;
    }
    event.preventDefault();
    if (action === 'next') {
      select(selected + 1);
    } else if (action === 'previous') {
      select(selected - 1);
    } else {
      judge(selected, action);
    }
  }

  function figuresTable(id, heading, rows, withCategory) {
    return h('div', {},
      h('h3', {}, t(heading)),
      rows.length === 0 ? h('p', { class: 'muted small' }, t('rv.noFigures')) : h('table', { class: 'table compact', id },
        h('thead', {}, h('tr', {}, [heading, withCategory ? 'wl.category' : null, 'rv.decisions', 'rv.status.UPHELD', 'rv.status.OVERTURNED', 'rv.status.OPEN', 'rv.precision']
          .filter(Boolean).map(key => h('th', {}, t(key))))),
        h('tbody', {}, rows.map(row => h('tr', { dataset: { name: row.name } },
          h('td', {}, h('code', {}, id === 'rv-by-detector' ? label('rv.detector', row.name) : row.name)),
          withCategory ? h('td', {}, label('cat', row.category)) : null,
          h('td', { class: 'num' }, row.decisions),
          h('td', { class: 'num' }, row.upheld),
          h('td', { class: 'num' }, row.overturned),
          h('td', { class: 'num' }, row.open),
          h('td', { class: 'num rv-precision' }, percent(row.precision)))))));
  }

  async function loadQuality() {
    const mine = ++askedQuality;
    const [figures, suggested] = await Promise.all([
      api.get(`/moderation/quality${query({ groupId: group.value.trim() })}`),
      api.get('/word-lists/suggestions')
    ]);
    if (mine !== askedQuality) {
      return;
    }
    quality.replaceChildren(
      figuresTable('rv-by-term', 'rv.byTerm', figures.byTerm, true),
      figuresTable('rv-by-detector', 'rv.byDetector', figures.byDetector, false),
      figuresTable('rv-by-rule', 'rv.byRule', figures.byRule, false));
    suggestions.replaceChildren(
      h('p', { class: 'muted small' }, t('rv.suggestionsHint', suggested)),
      suggested.suggestions.length === 0 ? emptyState(t('rv.noSuggestions')) : h('table', { class: 'table compact', id: 'rv-suggestion-table' },
        h('thead', {}, h('tr', {}, ['wl.term', 'rv.inUpheld', 'rv.inClean', 'rv.inOverturned'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, suggested.suggestions.map(s => h('tr', { dataset: { term: s.term } },
          h('td', {}, h('code', {}, s.term)),
          h('td', { class: 'num' }, s.inUpheldSpam),
          h('td', { class: 'num' }, s.inCleanMessages),
          h('td', { class: 'num' }, s.inOverturned))))));
  }

  main.append(
    h('div', { class: 'toolbar' }, h('h1', {}, t('rv.title'), ' ', count),
      h('div', { class: 'actions' }, filter, group)),
    h('p', { class: 'muted small', id: 'rv-keys' }, t('rv.keys'), ' ',
      [['J', 'rv.key.next'], ['K', 'rv.key.previous'], canJudge ? ['U', 'rv.uphold'] : null, canJudge ? ['O', 'rv.overturn'] : null]
        .filter(Boolean).map(([key, text]) => h('span', { class: 'key-hint' }, h('kbd', {}, key), ' ', t(text)))),
    status,
    canJudge ? h('section', { class: 'card' }, h('div', { class: 'inline-form' }, h('strong', {}, t('rv.note')), note)) : null,
    h('section', { class: 'card' }, list),
    h('section', { class: 'card' }, h('h2', {}, t('rv.quality')), quality),
    h('section', { class: 'card' }, h('h2', {}, t('rv.suggestions')), suggestions));
  document.addEventListener('keydown', onKey);
  await Promise.all([load(), loadQuality()]);
  return { unmount: () => document.removeEventListener('keydown', onKey) };
}

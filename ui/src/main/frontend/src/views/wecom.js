import { api, ApiError, inPageLanguage, problemDetail, query } from '../api.js';
import { emptyState, h, nameTag, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { staffTaskList } from './tasks.js';

const enc = encodeURIComponent;

const TABS = [
  { name: 'tasks', label: 'wc.tab.tasks', roles: ['OPERATOR', 'ADMIN'] },
  { name: 'live-codes', label: 'wc.tab.liveCodes', roles: ['OPERATOR', 'ADMIN'] },
  { name: 'settings', label: 'wc.tab.settings', roles: ['ADMIN'] }
];


/** A group by the name operators know it by, its chat id beside it and in the tooltip; the id alone when Qunflow has no name. */
function groupTag(name, id) {
  return nameTag(name, id, { class: 'wc-group', title: t('wc.groupId', { id }) });
}

/** A list of groups by name, in the code's order. */
function groupTags(ids, names) {
  return ids.flatMap((id, i) => [i > 0 ? ', ' : null, groupTag(names[id], id)]);
}

/**
 * Whether a link WeCom handed back (a QR code's address) is a web page to open: a javascript: or
 * data: address in a link would run in Qunflow's page when an operator clicks it.
 */
function webAddress(text) {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The WeCom connector's pages: the owner inbox, the group live codes, and (admins) the connection. */
export async function wecomView(main, { params: [tab, id], me }) {
  const allowed = TABS.filter(candidate => candidate.roles.some(role => me.roles.includes(role)));
  main.append(h('nav', { class: 'tabs', id: 'wc-tabs' }, allowed.map(candidate =>
    h('a', { href: `#/wecom/${candidate.name}`, class: candidate.name === tab ? 'active' : '', dataset: { tab: candidate.name } }, t(candidate.label)))));
  if (!allowed.some(candidate => candidate.name === tab)) {
    main.append(h('p', { class: 'notice error', id: 'not-allowed' }, t('notAllowed')));
    return {};
  }
  if (tab === 'tasks') {
    await tasks(main, id);
  } else if (tab === 'live-codes') {
    await liveCodes(main);
  } else {
    await settings(main);
  }
  return {};
}

/** Open tasks first; each can be marked done or dismissed (with a note) for the owner. */
async function tasks(main, focus) {
  const { element: status, say } = statusLine('wc-task-status');
  const filter = h('select', { id: 'wc-task-filter', onchange: () => load() },
    ['OPEN', 'DONE', 'DISMISSED', ''].map(s => h('option', { value: s }, s ? t(`wc.status.${s}`) : t('wc.status.all'))));
  const list = h('div', { id: 'wc-tasks' });

  async function close(task, outcome, note) {
    try {
      const closed = await api.post(`/wecom/owner-tasks/${enc(task.id)}/complete`, { outcome, note: note.value });
      await load();
      say(t('wc.tasks.closed', { status: t(`wc.status.${closed.status}`) }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error), 'error');
    }
  }

  async function load() {
    const rows = await api.get(`/wecom/owner-tasks${query({ status: filter.value })}`);
    list.replaceChildren(rows.length === 0 ? emptyState(t('wc.tasks.none')) : h('table', { class: 'table compact', id: 'wc-task-table' },
      h('thead', {}, h('tr', {}, ['wc.tasks.status', 'wc.tasks.what', 'wc.tasks.group', 'wc.tasks.member', 'wc.tasks.message',
        'wc.tasks.rule', 'wc.tasks.owner', 'wc.tasks.due', ''].map(key => h('th', {}, key ? t(key) : '')))),
      h('tbody', {}, rows.map(task => {
        const note = h('input', { type: 'text', class: 'wc-note', placeholder: t('wc.tasks.note'), maxlength: 500 });
        return h('tr', { dataset: { id: task.id }, class: task.id === focus ? 'focus' : '' },
          h('td', {}, h('span', { class: 'badge' }, t(`wc.status.${task.status}`)),
            task.remindedAt ? h('span', { class: 'badge' }, t('wc.tasks.reminded')) : null,
            task.escalatedAt ? h('span', { class: 'badge' }, t('wc.tasks.escalated')) : null),
          h('td', {}, t(`wc.action.${task.actionType}`), task.amountCents ? ` ¥${(task.amountCents / 100).toFixed(2)}` : ''),
          h('td', {}, h('a', { href: `#/groups/${enc(task.groupId)}` }, groupTag(task.groupName, task.groupId))),
          h('td', {}, task.memberId
            ? nameTag(task.memberNickname, task.memberId, { class: 'wc-member', title: t('wc.memberId', { id: task.memberId }) }) : ''),
          h('td', { class: 'wc-message' }, task.messageText || task.actionText || ''),
          h('td', {}, task.rule || '', h('div', { class: 'muted small' }, task.reason || '')),
          h('td', {}, nameTag(task.ownerName, task.ownerUserId, { class: 'wc-owner', title: t('wc.userId', { id: task.ownerUserId }) }),
            task.notifyError ? h('div', { class: 'muted small' }, t('wc.tasks.notifyFailed', { error: inPageLanguage(task.notifyError, task.notifyErrorZh) })) : null),
          h('td', {}, formatTime(task.dueAt)),
          h('td', { class: 'row-actions' }, task.status === 'OPEN' ? [note,
            h('button', { type: 'button', class: 'small primary wc-done', onclick: () => close(task, 'DONE', note) }, t('wc.tasks.done')),
            h('button', { type: 'button', class: 'small wc-dismiss', onclick: () => close(task, 'DISMISSED', note) }, t('wc.tasks.dismiss'))]
            : h('span', { class: 'muted small' }, `${task.closedBy || ''} ${task.outcomeNote || ''}`)));
      }))));
  }

  // The staff tasks workflows open for group owners are the owners' work too: listed beside theirs.
  const staff = staffTaskList();
  main.append(h('h1', {}, t('wc.tasks.title')), h('p', { class: 'muted' }, t('wc.tasks.hint')), status,
    h('section', { class: 'card' }, h('div', { class: 'inline-form' }, filter), list),
    h('section', { class: 'card', id: 'wc-staff-tasks' }, h('h2', {}, t('tk.inbox')), staff.element));
  await Promise.all([load(), staff.load()]);
}

/** Live codes: one per channel, made in WeCom; the groups they send joiners to now. */
async function liveCodes(main) {
  // Live codes are made in WeCom: without the connector there is no such API, which is no failure.
  const known = await api.get('/wecom/live-codes').catch(error => {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    throw error;
  });
  if (!known) {
    main.append(h('h1', {}, t('wc.codes.title')), h('section', { class: 'card', id: 'wc-codes-off' }, emptyState(t('wc.codes.off'))));
    return;
  }
  const { element: status, say } = statusLine('wc-code-status');
  const state = h('input', { type: 'text', id: 'wc-code-state', maxlength: 30, placeholder: t('wc.codes.state') });
  const remark = h('input', { type: 'text', id: 'wc-code-remark', maxlength: 30, placeholder: t('wc.codes.remark') });
  const chats = h('input', { type: 'text', id: 'wc-code-chats', placeholder: t('wc.codes.chats'), size: 50 });
  const auto = h('input', { type: 'checkbox', id: 'wc-code-auto', checked: true });
  const baseName = h('input', { type: 'text', id: 'wc-code-base', maxlength: 40, placeholder: t('wc.codes.baseName') });
  const list = h('div', { id: 'wc-codes' });

  async function create() {
    try {
      const created = await api.post('/wecom/live-codes', {
        state: state.value.trim(), remark: remark.value.trim() || null,
        chatIds: chats.value.split(',').map(id => id.trim()).filter(Boolean),
        autoCreateRoom: auto.checked, roomBaseName: baseName.value.trim() || null
      });
      await load();
      say(t('wc.codes.created', { state: created.state }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error), 'error');
    }
  }

  async function remove(code) {
    try {
      await api.delete(`/wecom/live-codes/${enc(code.configId)}`);
      await load();
      say(t('wc.codes.deleted'), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error), 'error');
    }
  }

  async function load(codes) {
    codes ??= await api.get('/wecom/live-codes');
    list.replaceChildren(codes.length === 0 ? emptyState(t('wc.codes.none')) : h('table', { class: 'table compact', id: 'wc-code-table' },
      h('thead', {}, h('tr', {}, ['wc.codes.state', 'wc.codes.remark', 'wc.codes.chats', 'wc.codes.active', 'wc.codes.qr', 'wc.codes.rotated', '']
        .map(key => h('th', {}, key ? t(key) : '')))),
      h('tbody', {}, codes.map(code => h('tr', { dataset: { configId: code.configId } },
        h('td', {}, h('code', {}, code.state)),
        h('td', {}, code.remark || ''),
        h('td', { class: 'wc-chats' }, groupTags(code.chatIds, code.groupNames)),
        h('td', { class: 'wc-active' }, groupTags(code.activeChatIds, code.groupNames)),
        h('td', {}, webAddress(code.qrCode) ? h('a', { href: code.qrCode, target: '_blank', rel: 'noopener' }, t('wc.codes.qr')) : ''),
        h('td', {}, formatTime(code.rotatedAt)),
        h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => remove(code) }, t('wc.codes.delete'))))))));
  }

  main.append(h('h1', {}, t('wc.codes.title')), h('p', { class: 'muted' }, t('wc.codes.hint')), status,
    h('section', { class: 'card' },
      h('div', { class: 'inline-form' }, state, remark, chats),
      h('div', { class: 'inline-form' }, h('label', {}, auto, ' ', t('wc.codes.auto')), baseName,
        h('button', { type: 'button', class: 'primary', id: 'wc-code-create', onclick: create }, t('wc.codes.create')))),
    h('section', { class: 'card' }, list));
  await load(known);
}

/** The connection, secrets masked by the server, a connection test, and the dead letters. */
async function settings(main) {
  const { element: status, say } = statusLine('wc-settings-status');
  const config = await api.get('/wecom/settings');
  const secret = value => (value ? t('wc.settings.set') : t('wc.settings.unset'));
  const rows = [
    ['wc.settings.enabled', config.enabled ? t('wc.settings.enabled') : t('wc.settings.disabled')],
    ['corp-id', config.corpId || t('wc.settings.unset')],
    ['agent-id', config.agentId || t('wc.settings.unset')],
    ['corp-secret', secret(config.corpSecret)],
    ['token', secret(config.token)],
    ['encoding-aes-key', secret(config.encodingAesKey)],
    ['api-base-url', config.apiBaseUrl],
    ['public-url', config.publicUrl || t('wc.settings.unset')],
    ['escalation-user-id', config.escalationUserId || t('wc.settings.unset')],
    ['wc.settings.callback', config.callbackPath],
    ['wc.settings.lastNotice', formatTime(config.lastArchiveNotice)]
  ];
  const test = async () => {
    try {
      const result = await api.post('/wecom/settings/test', {});
      say(t('wc.settings.ok', { seconds: result.expiresInSeconds }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error), 'error');
    }
  };
  const dead = await api.get('/wecom/dead-letters');
  const lost = lostWelcomeTemplates(say);
  main.append(h('h1', {}, t('wc.settings.title')), status,
    h('section', { class: 'card' },
      h('table', { class: 'table compact', id: 'wc-settings' }, h('tbody', {}, rows.map(([key, value]) =>
        h('tr', { dataset: { setting: key } }, h('th', {}, key.startsWith('wc.') ? t(key) : h('code', {}, `qunflow.wecom.${key}`)), h('td', {}, value))))),
      h('button', { type: 'button', class: 'primary', id: 'wc-test', disabled: !config.enabled, onclick: test }, t('wc.settings.test'))),
    h('section', { class: 'card' }, h('h2', {}, t('wc.dead.title')),
      dead.length === 0 ? emptyState(t('wc.dead.none')) : h('table', { class: 'table compact', id: 'wc-dead' },
        h('thead', {}, h('tr', {}, ['wc.dead.action', 'wc.tasks.group', 'wc.dead.advice', 'wc.dead.errcode', 'wc.dead.errmsg', 'wc.dead.attempts', 'wc.dead.at']
          .map(key => h('th', {}, t(key))))),
        h('tbody', {}, dead.map(d => h('tr', { dataset: { actionId: d.actionId } },
          h('td', {}, t(`wc.action.${d.actionType}`)), h('td', {}, groupTag(d.groupName, d.groupId)),
          h('td', { class: 'wc-advice' }, d.advice ? inPageLanguage(d.advice, d.adviceZh) : ''),
          h('td', { class: 'wc-errcode' }, d.errcode ?? ''), h('td', { class: 'wc-errmsg' }, d.errmsg || ''),
          h('td', { class: 'num' }, d.attempts), h('td', {}, formatTime(d.updatedAt))))))),
    lost.element);
  await lost.load();
}

/**
 * The groups whose welcome template's add WeCom never answered: WeCom may hold the template, so
 * nothing more is added for them until an admin has looked in WeCom and retried here.
 */
function lostWelcomeTemplates(say) {
  const list = h('div', { id: 'wc-lost-adds' });

  async function retry(add, button) {
    button.disabled = true;
    try {
      const retried = await api.post(`/wecom/welcome-templates/${enc(add.groupId)}/retry-lost-add`, {});
      await load();
      say(t('wc.lost.retried', { id: retried.templateId }), 'success');
    } catch (error) {
      button.disabled = false;
      await load();
      say(t('failed') + problemDetail(error), 'error');
    }
  }

  async function load() {
    // Without the connector there are no welcome templates, which is no failure.
    const adds = await api.get('/wecom/welcome-templates/lost-adds').catch(error => {
      if (error instanceof ApiError && error.status === 404) {
        return [];
      }
      throw error;
    });
    list.replaceChildren(adds.length === 0 ? emptyState(t('wc.lost.none')) : h('table', { class: 'table compact', id: 'wc-lost-table' },
      h('thead', {}, h('tr', {}, ['wc.tasks.group', 'wc.lost.words', 'wc.lost.at', ''].map(key => h('th', {}, key ? t(key) : '')))),
      h('tbody', {}, adds.map(add => {
        const button = h('button', { type: 'button', class: 'small primary wc-retry' }, t('wc.lost.retry'));
        button.onclick = () => retry(add, button);
        return h('tr', { dataset: { groupId: add.groupId } },
          h('td', {}, groupTag(add.groupName, add.groupId)), h('td', { class: 'wc-message' }, add.words),
          h('td', {}, formatTime(add.lostAt)), h('td', { class: 'row-actions' }, button));
      }))));
  }

  const element = h('section', { class: 'card', id: 'wc-lost' }, h('h2', {}, t('wc.lost.title')),
    h('p', { class: 'muted' }, t('wc.lost.hint')), list);
  return { element, load };
}

import { api, problemDetail } from '../api.js';
import { ask } from '../confirm.js';
import { fill, h, statusLine, submitsOnce } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import '../workspace.css';

// What the page calls each field the server may refuse.
const LABELS = { username: 'us.username', password: 'us.password', roles: 'us.roles', enabled: 'fl.enabled', comment: 'fl.reason' };

export const ROLES = ['DESIGNER', 'COMPLIANCE', 'OPERATOR', 'VIEWER', 'ADMIN'];

const TABS = [
  { name: 'people', href: '#/people', label: 'adm.tab.users' },
  { name: 'keys', href: '#/keys', label: 'adm.tab.keys' }
];

/** The admin pages' own tab bar: users, API keys. */
export function adminTabs(active) {
  return h('nav', { class: 'tabs', id: 'adm-tabs' }, TABS.map(tab =>
    h('a', { href: tab.href, class: tab.name === active ? 'active' : '', dataset: { tab: tab.name } }, t(tab.label))));
}

/** Checkboxes with a sentence each on what the choice allows. */
export function checks(id, values, describe, checked = []) {
  return h('div', { class: 'checks', id }, values.map(value => h('label', {},
    h('input', { type: 'checkbox', value, checked: checked.includes(value) }),
    h('span', {}, describe.label(value)), h('span', { class: 'muted' }, describe.about(value)))));
}

export function checked(group) {
  return [...group.querySelectorAll('input:checked')].map(input => input.value);
}

const roleWords = { label: role => t(`role.${role}`), about: role => t(`role.about.${role}`) };

/** People's accounts, for admins: create with roles, change roles, reset a password, disable. */
export async function peopleView(main, { me }) {
  const { element: status, say } = statusLine('us-status');
  const username = h('input', { id: 'us-username', autocomplete: 'off' });
  const password = h('input', { id: 'us-password', type: 'password', autocomplete: 'new-password' });
  const roles = checks('us-roles', ROLES, roleWords);
  const body = h('tbody', { id: 'us-rows' });
  const editor = h('section', { class: 'card', id: 'us-editor', hidden: true });

  async function load() {
    const users = await api.get('/users');
    fill(body, users.map(user => h('tr', { dataset: { user: user.username }, class: user.enabled ? '' : 'off' },
      h('td', {}, user.username, user.username === me.username ? h('span', { class: 'muted' }, t('us.you')) : null),
      h('td', { class: 'us-roles' }, user.roles.map(role => h('span', { class: 'badge', dataset: { role } }, t(`role.${role}`)))),
      h('td', { class: user.enabled ? 'us-state' : 'us-state status-off' }, t(user.enabled ? 'us.enabled' : 'us.disabled')),
      h('td', {}, formatTime(user.createdAt)),
      h('td', {}, h('button', { type: 'button', class: 'small us-edit', onclick: () => edit(user) }, t('us.edit'))))));
    return users;
  }

  const createButton = h('button', { type: 'submit', class: 'primary', id: 'us-create' }, t('us.create'));
  async function create() {
    const chosen = checked(roles);
    if (chosen.length === 0) {
      say(t('us.pickRole'), 'error');
      return;
    }
    try {
      const user = await api.post('/users', { username: username.value.trim(), password: password.value, roles: chosen });
      username.value = '';
      password.value = '';
      roles.querySelectorAll('input').forEach(input => { input.checked = false; });
      await load();
      say(t('us.created', { username: user.username }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function change(user, patch, done) {
    try {
      const changed = await api.patch(`/users/${encodeURIComponent(user.username)}`, patch);
      const users = await load();
      // The reason stays for the next change to the same person.
      edit(users.find(u => u.username === changed.username), patch.comment);
      say(t(done, { username: changed.username }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  function edit(user, keptReason = '') {
    const editRoles = checks('ue-roles', ROLES, roleWords, user.roles);
    const newPassword = h('input', { id: 'ue-password', type: 'password', autocomplete: 'new-password' });
    const reason = h('input', { id: 'ue-reason', class: 'grow', value: keptReason || '' });
    const question = h('div', { id: 'ue-confirm' });
    const comment = () => reason.value.trim() || undefined;
    const toggle = user.enabled
      ? h('button', { type: 'button', class: 'danger', id: 'ue-toggle', onclick: () => ask(question, t('us.disableConfirm', { username: user.username }),
        () => change(user, { enabled: false, comment: comment() }, 'us.nowDisabled')) }, t('us.disable'))
      : h('button', { type: 'button', id: 'ue-toggle', onclick: () => change(user, { enabled: true, comment: comment() }, 'us.nowEnabled') }, t('us.enable'));
    editor.hidden = false;
    editor.dataset.user = user.username;
    fill(editor,
      h('h2', {}, t('us.editing', { username: user.username })),
      h('div', { class: 'inline-form' }, h('span', {}, t('us.reason')), reason),
      h('h3', {}, t('us.roles')), editRoles,
      h('button', { type: 'button', class: 'primary', id: 'ue-save-roles', onclick: () => {
        const chosen = checked(editRoles);
        if (chosen.length === 0) {
          say(t('us.pickRole'), 'error');
          return;
        }
        change(user, { roles: chosen, comment: comment() }, 'us.rolesSaved');
      } }, t('us.saveRoles')),
      h('h3', {}, t('us.newPassword')),
      h('div', { class: 'inline-form' }, newPassword,
        h('button', { type: 'button', id: 'ue-reset', onclick: () => change(user, { password: newPassword.value, comment: comment() }, 'us.passwordReset') }, t('us.resetPassword'))),
      h('p', { class: 'muted small' }, t('us.passwordHint')),
      h('div', { class: 'actions' }, toggle),
      question);
  }

  main.append(adminTabs('people'),
    h('h1', {}, t('us.title')),
    status,
    h('section', { class: 'card' },
      h('h2', {}, t('us.new')),
      h('form', { id: 'us-form', onsubmit: submitsOnce(createButton, create) },
        h('div', { class: 'form-grid' },
          h('label', { for: 'us-username' }, t('us.username')), username,
          h('label', { for: 'us-password' }, t('us.password')), password,
          h('p', { class: 'muted small hint' }, t('us.passwordHint')),
          h('label', {}, t('us.roles')), roles),
        createButton)),
    h('section', { class: 'card' },
      h('table', { class: 'table', id: 'us-table' },
        h('thead', {}, h('tr', {}, ['us.username', 'us.roles', 'us.status', 'us.createdAt', ''].map(key => h('th', {}, key ? t(key) : '')))),
        body)),
    editor);
  await load();
  return {};
}

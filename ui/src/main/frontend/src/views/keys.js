import { api, problemDetail } from '../api.js';
import { ask } from '../confirm.js';
import { fill, h, statusLine, submitsOnce } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import '../workspace.css';
import { adminTabs, checked, checks } from './people.js';

// What the page calls each field the server may refuse.
const LABELS = { name: 'fl.keyName', scopes: 'key.scopes' };

const SCOPES = ['events', 'groups', 'actions', 'rules:read', 'workflows:read', 'metrics'];
const scopeWords = { label: scope => scope, about: scope => t(`key.scope.${scope}`) };

/** API keys, one per connector: created with scopes and shown once, rotated, revoked. */
export async function keysView(main) {
  const { element: status, say } = statusLine('key-status');
  const name = h('input', { id: 'key-name', autocomplete: 'off' });
  const scopes = checks('key-scopes', SCOPES, scopeWords);
  const once = h('section', { class: 'card once', id: 'key-once', hidden: true });
  const body = h('tbody', { id: 'key-rows' });

  async function load() {
    const keys = await api.get('/keys');
    fill(body, keys.map(key => {
      const question = h('div', { class: 'key-confirm' });
      return [
        h('tr', { dataset: { key: key.id }, class: key.revokedAt ? 'off' : '' },
          h('td', { class: 'key-name' }, key.name),
          h('td', {}, key.scopes.map(scope => h('code', { title: t(`key.scope.${scope}`) }, scope)).flatMap((c, i) => (i ? [' ', c] : [c]))),
          h('td', {}, formatTime(key.createdAt)),
          h('td', { class: 'key-last-used' }, key.lastUsedAt ? formatTime(key.lastUsedAt) : t('key.never')),
          h('td', { class: 'key-state' }, key.revokedAt ? t('key.revokedAt', { at: formatTime(key.revokedAt) })
            : key.rotatedAt ? t('key.rotatedAt', { at: formatTime(key.rotatedAt) }) : t('key.active')),
          h('td', { class: 'row-actions' }, key.revokedAt ? null : [
            h('button', { type: 'button', class: 'small key-rotate', onclick: () => ask(question, t('key.rotateConfirm', { name: key.name }), () => rotate(key)) }, t('key.rotate')),
            h('button', { type: 'button', class: 'small key-revoke', onclick: () => ask(question, t('key.revokeConfirm', { name: key.name }), () => revoke(key)) }, t('key.revoke'))
          ])),
        h('tr', { class: 'key-question' }, h('td', { colspan: 6 }, question))
      ];
    }));
  }

  function show(created) {
    const value = h('code', { id: 'key-value' }, created.key);
    const copy = h('button', { type: 'button', class: 'primary', id: 'key-copy', onclick: async () => {
      try {
        await navigator.clipboard.writeText(created.key);
      } catch {
        // Without clipboard access the key is selected, ready for Ctrl+C.
        window.getSelection().selectAllChildren(value);
        document.execCommand('copy');
      }
      copy.textContent = t('key.copied');
    } }, t('key.copy'));
    once.hidden = false;
    fill(once,
      h('h2', {}, t('key.onceTitle', { name: created.name })),
      h('p', {}, t('key.onceHint')),
      h('div', { class: 'inline-form' }, value, copy,
        h('button', { type: 'button', id: 'key-dismiss', onclick: () => { once.hidden = true; fill(once); } }, t('key.saved'))));
  }

  const createButton = h('button', { type: 'submit', class: 'primary', id: 'key-create' }, t('key.create'));
  async function create() {
    const chosen = checked(scopes);
    if (chosen.length === 0) {
      say(t('key.pickScope'), 'error');
      return;
    }
    try {
      const created = await api.post('/keys', { name: name.value.trim(), scopes: chosen });
      say('');
      show(created);
      name.value = '';
      scopes.querySelectorAll('input').forEach(input => { input.checked = false; });
      await load();
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function rotate(key) {
    try {
      show(await api.post(`/keys/${encodeURIComponent(key.id)}/rotate`));
      say('');
      await load();
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function revoke(key) {
    try {
      await api.delete(`/keys/${encodeURIComponent(key.id)}`);
      await load();
      say(t('key.revoked', { name: key.name }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  main.append(adminTabs('keys'),
    h('h1', {}, t('key.title')),
    status,
    once,
    h('section', { class: 'card' },
      h('h2', {}, t('key.new')),
      h('form', { id: 'key-form', onsubmit: submitsOnce(createButton, create) },
        h('div', { class: 'form-grid' },
          h('label', { for: 'key-name' }, t('key.name')), name,
          h('label', {}, t('key.scopes')), scopes),
        createButton)),
    h('section', { class: 'card' },
      h('table', { class: 'table', id: 'key-table' },
        h('thead', {}, h('tr', {}, ['key.column', 'key.scopes', 'key.createdAt', 'key.lastUsed', 'key.status', ''].map(k => h('th', {}, k ? t(k) : '')))),
        body)));
  await load();
  return {};
}

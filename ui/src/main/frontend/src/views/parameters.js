import { api } from '../api.js';
import { h, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { problemDetail, reasonGiven, workbenchTabs } from '../rules/tabs.js';

const enc = encodeURIComponent;

/** Thresholds the rules read (strike window, flood limit, …): each change carries a reason and is versioned. */
export async function parametersView(main, { me }) {
  const canEdit = me.roles.includes('COMPLIANCE');
  const { element: status, say } = statusLine('pm-status');
  const body = h('tbody', { id: 'pm-table' });
  const history = h('div', { id: 'pm-history' });

  async function load() {
    const parameters = await api.get('/parameters');
    body.replaceChildren(...parameters.map(p => {
      const value = h('input', { type: 'text', class: 'pm-value', value: p.value, disabled: !canEdit, 'aria-label': p.name });
      const reason = canEdit ? h('input', { type: 'text', class: 'pm-comment', placeholder: t('rs.commentPlaceholder') }) : null;
      const save = async () => {
        if (!reasonGiven(reason, say)) {
          return;
        }
        try {
          const changed = await api.put(`/parameters/${enc(p.name)}`, { value: value.value, comment: reason.value });
          say(t('pm.saved', { name: changed.name, value: changed.value, version: changed.version }), 'success');
          await load();
        } catch (error) {
          say(t('failed') + problemDetail(error), 'error');
        }
      };
      return h('tr', { dataset: { parameter: p.name } },
        h('td', {}, h('code', {}, p.name), h('div', { class: 'muted small' }, p.description || '')),
        h('td', {}, p.ruleSet),
        h('td', {}, value, h('div', { class: 'muted small' }, bounds(p))),
        h('td', { class: 'num' }, `v${p.version}`),
        h('td', {}, p.changedBy, h('div', { class: 'muted small' }, formatTime(p.changedAt))),
        h('td', { class: 'row-actions' },
          canEdit ? [reason, h('button', { type: 'button', class: 'small primary pm-save', onclick: save }, t('pm.save'))] : null,
          h('button', { type: 'button', class: 'small', onclick: () => showHistory(p.name) }, t('rs.panel.history'))));
    }));
  }

  function bounds(p) {
    if (p.min === null && p.max === null) {
      return t(`pm.kind.${p.kind}`);
    }
    return `${t(`pm.kind.${p.kind}`)} · ${p.min ?? '−∞'} … ${p.max ?? '∞'}`;
  }

  async function showHistory(name) {
    const { history: changes } = await api.get(`/parameters/${enc(name)}`);
    history.replaceChildren(h('h2', {}, t('pm.historyOf', { name })),
      h('table', { class: 'table compact' },
        h('thead', {}, h('tr', {}, ['rs.version', 'pm.value', 'rs.author', 'rs.comment', 'rs.publishedAt'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, changes.map(c => h('tr', {}, h('td', {}, `v${c.version}`), h('td', {}, c.value), h('td', {}, c.author),
          h('td', {}, c.comment || ''), h('td', {}, formatTime(c.changedAt)))))));
  }

  main.append(workbenchTabs('parameters'),
    h('h1', {}, t('pm.title')),
    h('p', { class: 'muted' }, t('pm.hint')),
    status,
    h('section', { class: 'card' }, h('table', { class: 'table compact' },
      h('thead', {}, h('tr', {}, ['pm.name', 'pm.ruleSet', 'pm.value', 'rs.version', 'pm.changed', ''].map(key => h('th', {}, key ? t(key) : '')))),
      body)),
    h('section', { class: 'card' }, history));
  await load();
  return {};
}

import { api, problemDetail, query } from '../api.js';
import { h, statusLine } from '../dom.js';
import { formatTime, phaseLabel, t } from '../i18n.js';
import { reasonGiven, workbenchTabs } from '../rules/tabs.js';

// What the page calls each field the server may refuse.
const LABELS = { value: 'pm.value', comment: 'fl.reason', phase: 'fl.phase', groupType: 'fl.groupType' };

const enc = encodeURIComponent;
const GROUP_TYPES = ['TRAFFIC', 'CONTENT', 'FLASH', 'CHECKIN'];

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
          await load();
          say(t('pm.saved', { name: changed.name, value: changed.value, version: changed.version }), 'success');
        } catch (error) {
          say(t('failed') + problemDetail(error, LABELS), 'error');
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
          h('button', { type: 'button', class: 'small', onclick: () => showHistory(p.name) }, t('rs.panel.history')),
          h('button', { type: 'button', class: 'small pm-scopes', onclick: () => showScopes(p.name) }, t('pm.scopes'))));
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

  /** The parameter's values by phase and group type, and (compliance) a form to set or remove one. */
  async function showScopes(name) {
    const [{ scopes }, phases] = await Promise.all([api.get(`/parameters/${enc(name)}`), api.get('/phases')]);
    const phaseNames = [...new Set(phases.map(phase => phase.name))];
    const describe = scope => [scope.phase ? phaseLabel(scope.phase) : null, scope.groupType ? t(`type.${scope.groupType}`) : null]
      .filter(Boolean).join(' · ');
    const rows = scopes.map(scope => {
      const reason = canEdit ? h('input', { type: 'text', class: 'pm-comment', placeholder: t('rs.commentPlaceholder') }) : null;
      const remove = async () => {
        if (!reasonGiven(reason, say)) {
          return;
        }
        try {
          await api.delete(`/parameters/${enc(name)}/scopes${query({ phase: scope.phase, groupType: scope.groupType, comment: reason.value })}`);
          await showScopes(name);
          say(t('pm.scopeRemoved', { name, scope: describe(scope) }), 'success');
        } catch (error) {
          say(t('failed') + problemDetail(error, LABELS), 'error');
        }
      };
      return h('tr', { dataset: { phase: scope.phase || '', type: scope.groupType || '' } },
        h('td', {}, scope.phase ? h('span', { title: scope.phase }, phaseLabel(scope.phase)) : t('pm.scopeAny')),
        h('td', {}, scope.groupType ? t(`type.${scope.groupType}`) : t('pm.scopeAny')),
        h('td', { class: 'pm-scope-value' }, scope.value),
        h('td', {}, scope.changedBy, h('div', { class: 'muted small' }, formatTime(scope.changedAt))),
        h('td', { class: 'row-actions' }, canEdit ? [reason,
          h('button', { type: 'button', class: 'small pm-scope-remove', onclick: remove }, t('pm.scopeRemove'))] : null));
    });
    const phase = h('select', { id: 'pm-scope-phase', 'aria-label': t('pm.scopePhase') },
      h('option', { value: '' }, t('pm.scopeAny')),
      phaseNames.map(candidate => h('option', { value: candidate }, `${phaseLabel(candidate)} (${candidate})`)));
    const type = h('select', { id: 'pm-scope-type', 'aria-label': t('pm.scopeType') },
      h('option', { value: '' }, t('pm.scopeAny')),
      GROUP_TYPES.map(candidate => h('option', { value: candidate }, t(`type.${candidate}`))));
    const value = h('input', { type: 'text', id: 'pm-scope-value', 'aria-label': t('pm.scopeValue'), placeholder: t('pm.scopeValue') });
    const reason = h('input', { type: 'text', id: 'pm-scope-comment', class: 'pm-comment', placeholder: t('rs.commentPlaceholder') });
    const save = async () => {
      if (!phase.value && !type.value) {
        say(t('pm.scopeNeeds'), 'error');
        return;
      }
      if (!reasonGiven(reason, say)) {
        return;
      }
      try {
        const scoped = await api.put(`/parameters/${enc(name)}/scopes`,
          { phase: phase.value || null, groupType: type.value || null, value: value.value, comment: reason.value });
        await showScopes(name);
        say(t('pm.scopeSaved', { name, scope: describe(scoped), value: scoped.value }), 'success');
      } catch (error) {
        say(t('failed') + problemDetail(error, LABELS), 'error');
      }
    };
    history.replaceChildren(h('section', { id: 'pm-scopes', dataset: { parameter: name } },
      h('h2', {}, t('pm.scopesOf', { name })),
      h('p', { class: 'muted small' }, t('pm.scopesHint')),
      scopes.length === 0 ? h('p', { class: 'muted', id: 'pm-scope-none' }, t('pm.scopeNone')) : h('table', { class: 'table compact', id: 'pm-scope-table' },
        h('thead', {}, h('tr', {}, ['pm.scopePhase', 'pm.scopeType', 'pm.scopeValue', 'pm.scopeChangedBy', ''].map(key => h('th', {}, key ? t(key) : '')))),
        h('tbody', {}, rows)),
      canEdit ? h('div', { class: 'inline-form', id: 'pm-scope-form' }, phase, type, value, reason,
        h('button', { type: 'button', class: 'small primary', id: 'pm-scope-save', onclick: save }, t('pm.scopeAdd'))) : null));
    history.scrollIntoView({ block: 'start' });
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

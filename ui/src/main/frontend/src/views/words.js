import { api, problemDetail, query } from '../api.js';
import { h, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { reasonGiven, workbenchTabs } from '../rules/tabs.js';

// What the page calls each field the server may refuse.
const LABELS = { term: 'wl.term', category: 'wl.category', severity: 'wl.severity', comment: 'fl.reason', csv: 'fl.csv', mode: 'fl.importMode' };

const CATEGORIES = ['CONTACT', 'LINK', 'SCAM', 'GAMBLING', 'PORN', 'FRAUD', 'ABUSE', 'COMPETITOR'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'SEVERE'];

/** The sensitive-word list: search, add, remove (with a reason), CSV export and import. */
export async function wordsView(main, { me }) {
  const canEdit = me.roles.includes('COMPLIANCE');
  const search = h('input', { type: 'search', id: 'wl-search', placeholder: t('wl.searchPlaceholder'), oninput: () => schedule() });
  const category = h('select', { id: 'wl-category', onchange: () => load() },
    h('option', { value: '' }, t('wl.allCategories')), CATEGORIES.map(c => h('option', { value: c }, t(`cat.${c}`))));
  const { element: status, say } = statusLine('wl-status');
  const body = h('tbody', { id: 'wl-entries' });
  const count = h('span', { class: 'muted small', id: 'wl-count' });
  let timer = null;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(load, 250);
  }

  // Typing sends a search per pause; only the latest one's answer is shown.
  let asked = 0;
  async function load() {
    const mine = ++asked;
    const entries = await api.get(`/word-lists/entries${query({ q: search.value.trim(), category: category.value })}`);
    if (mine !== asked) {
      return;
    }
    count.textContent = t('wl.count', { n: entries.length });
    body.replaceChildren(...entries.map(entry => h('tr', { dataset: { term: entry.term } },
      h('td', {}, entry.term),
      h('td', {}, t(`cat.${entry.category}`)),
      h('td', {}, h('span', { class: `severity severity-${entry.severity}` }, t(`sev.${entry.severity}`))),
      h('td', {}, entry.addedBy),
      h('td', {}, formatTime(entry.addedAt)),
      canEdit ? h('td', {}, h('button', { type: 'button', class: 'small remove', onclick: () => remove(entry.term) }, t('wl.remove'))) : null)));
  }

  // One reason box serves add, remove and import: every change to the list is audited with it.
  const reason = h('input', { type: 'text', id: 'wl-comment', class: 'grow', placeholder: t('rs.commentPlaceholder') });
  const term = h('input', { type: 'text', id: 'wl-term', placeholder: t('wl.term') });
  const newCategory = h('select', { id: 'wl-new-category' }, CATEGORIES.map(c => h('option', { value: c }, t(`cat.${c}`))));
  const severity = h('select', { id: 'wl-severity' }, SEVERITIES.map(s => h('option', { value: s, selected: s === 'MEDIUM' }, t(`sev.${s}`))));
  const file = h('input', { type: 'file', accept: '.csv,text/csv', id: 'wl-file', hidden: true, onchange: importFile });
  const mode = h('select', { id: 'wl-mode' }, h('option', { value: 'MERGE' }, t('wl.merge')), h('option', { value: 'REPLACE' }, t('wl.replace')));

  async function add() {
    if (!term.value.trim() || !reasonGiven(reason, say)) {
      return;
    }
    try {
      const added = await api.post('/word-lists/entries', { term: term.value, category: newCategory.value, severity: severity.value, comment: reason.value });
      term.value = '';
      await load();
      say(t('wl.added', { term: added.term }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function remove(entry) {
    if (!reasonGiven(reason, say)) {
      return;
    }
    try {
      await api.delete(`/word-lists/entries${query({ term: entry, comment: reason.value })}`);
      await load();
      say(t('wl.removed', { term: entry }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function importFile(event) {
    const [chosen] = event.target.files;
    event.target.value = '';
    if (!chosen || !reasonGiven(reason, say)) {
      return;
    }
    try {
      const result = await api.post('/word-lists/import', { csv: await chosen.text(), mode: mode.value, comment: reason.value });
      await load();
      say(t('wl.imported', result), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  main.append(workbenchTabs('words'),
    h('div', { class: 'toolbar' }, h('h1', {}, t('wl.title'), ' ', count),
      h('div', { class: 'actions' },
        h('a', { class: 'button', id: 'wl-export', href: '/api/v1/word-lists/export', download: 'qunflow-word-list.csv' }, t('wl.export')),
        canEdit ? [mode, h('button', { type: 'button', id: 'wl-import', onclick: () => file.click() }, t('wl.import')), file] : null)),
    status,
    canEdit ? h('section', { class: 'card' },
      h('div', { class: 'inline-form' }, h('strong', {}, t('rs.comment')), reason),
      h('div', { class: 'inline-form' }, term, newCategory, severity,
        h('button', { type: 'button', class: 'primary', id: 'wl-add', onclick: add }, t('wl.add'))),
      h('p', { class: 'muted small' }, t('wl.csvHint'))) : null,
    h('section', { class: 'card' },
      h('div', { class: 'inline-form' }, search, category),
      h('table', { class: 'table compact', id: 'wl-table' },
        h('thead', {}, h('tr', {}, ['wl.term', 'wl.category', 'wl.severity', 'wl.addedBy', 'wl.addedAt', canEdit ? '' : null]
          .filter(key => key !== null).map(key => h('th', {}, key ? t(key) : '')))),
        body)));
  await load();
  return { unmount: () => clearTimeout(timer) };
}

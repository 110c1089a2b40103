import { api, query } from '../api.js';
import { emptyState, h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { diffBlock, workbenchTabs } from '../rules/tabs.js';

const SUBJECTS = ['RULE_SET', 'WORD_LIST', 'PARAMETER', 'VARIANT_DATA', 'workflow', 'GROUP', 'SOP_CALENDAR', 'ESSENCE', 'MEMBER',
  'MEMBER_LAYER', 'MEMBER_PRUNING', 'MODERATION_REVIEW', 'STAFF_TASK', 'USER', 'API_KEY'];

// The words for a code the server writes; a code added on the server later shows as it is until
// it is translated here (t answers a key it does not know with the key itself).
function words(prefix, code, values) {
  const key = `${prefix}.${code}`;
  const text = t(key, values);
  return text === key ? code : text;
}

const kind = type => words('au.type', type);

// A roll-back names the version it went back to: ROLLED_BACK_TO_V7.
function change(code) {
  const [, version] = code.match(/^ROLLED_BACK_TO_V(\d+)$/) || [];
  return version ? t('au.change.ROLLED_BACK', { version }) : words('au.change', code);
}

/** Who changed what, when and why: rule sets, word lists, parameters, workflows, newest first. */
export async function auditView(main) {
  const subjectType = h('select', { id: 'au-type', onchange: () => load() },
    h('option', { value: '' }, t('au.all')), SUBJECTS.map(s => h('option', { value: s }, kind(s))));
  const subject = h('input', { type: 'search', id: 'au-subject', placeholder: t('au.subject'), onchange: () => load() });
  const entries = h('div', { id: 'au-entries' });

  async function load() {
    const rows = await api.get(`/audit${query({ subjectType: subjectType.value, subject: subject.value.trim(), limit: 200 })}`);
    entries.replaceChildren(rows.length === 0 ? emptyState(t('au.none')) : h('table', { class: 'table compact', id: 'au-table' },
      h('thead', {}, h('tr', {}, ['au.at', 'au.actor', 'au.subjectType', 'au.subject', 'au.change', 'rs.comment', ''].map(key => h('th', {}, key ? t(key) : '')))),
      h('tbody', {}, rows.map(row => [
        h('tr', { dataset: { id: row.id, subjectType: row.subjectType, subject: row.subject } },
          h('td', {}, formatTime(row.at)),
          h('td', {}, row.actor),
          h('td', {}, kind(row.subjectType)),
          h('td', {}, h('code', {}, row.subject)),
          h('td', { class: 'au-change', dataset: { change: row.change } }, change(row.change)),
          h('td', { class: 'au-comment' }, row.comment || ''),
          h('td', {}, row.diff ? h('button', { type: 'button', class: 'small', onclick: event => {
            const next = event.target.closest('tr').nextElementSibling;
            next.hidden = !next.hidden;
          } }, t('au.showDiff')) : null)),
        row.diff ? h('tr', { class: 'au-diff', hidden: true }, h('td', { colspan: 7 }, diffBlock(row.diff))) : null
      ]))));
  }

  main.append(workbenchTabs('audit'),
    h('h1', {}, t('au.title')),
    h('section', { class: 'card' }, h('div', { class: 'inline-form' }, subjectType, subject), entries));
  await load();
  return {};
}

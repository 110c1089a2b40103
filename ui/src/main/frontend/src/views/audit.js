import { api, inPageLanguage, query } from '../api.js';
import { emptyState, h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { diffBlock, workbenchTabs } from '../rules/tabs.js';

const SUBJECTS = ['RULE_SET', 'WORD_LIST', 'PARAMETER', 'VARIANT_DATA', 'workflow', 'GROUP', 'SOP_CALENDAR', 'ESSENCE', 'MEMBER',
  'MEMBER_LAYER', 'MEMBER_PRUNING', 'MODERATION_REVIEW', 'STAFF_TASK', 'USER', 'API_KEY', 'WEBHOOK'];

// The words for a code the server writes; a code added on the server later shows as it is until
// it is translated here (t answers a key it does not know with the key itself).
function words(prefix, code, values) {
  const key = `${prefix}.${code}`;
  const text = t(key, values);
  return text === key ? code : text;
}

const kind = type => words('au.type', type);

// An owner task names the action it carried out: REMOVE_MEMBER, SEND_RED_ENVELOPE, …
const action = code => {
  const said = words('rv.outcome', code);
  return said === code ? words('au.action', code) : said;
};

// The codes with a variable part, each read back into its words: ROLLED_BACK_TO_V7, "deployed
// version 3", "suspended version 2", "REMOVE_MEMBER DONE".
const VARIABLE_CHANGES = [
  [/^ROLLED_BACK_TO_V(\d+)$/, ([, version]) => t('au.change.ROLLED_BACK', { version })],
  [/^deployed version (\d+)$/, ([, version]) => t('au.change.DEPLOYED', { version })],
  [/^suspended version (\d+)$/, ([, version]) => t('au.change.SUSPENDED', { version })],
  [/^([A-Z_]+) (DONE|DISMISSED)$/, ([, code, outcome]) => t(`au.change.OWNER_TASK_${outcome}`, { action: action(code) })]
];

function change(code) {
  for (const [pattern, say] of VARIABLE_CHANGES) {
    const match = pattern.exec(code);
    if (match) {
      return say(match);
    }
  }
  return words('au.change', code);
}

// A word-list import is recorded under the subject "import (replace)" or "import (merge)".
function subjectOf(row) {
  const [, mode] = row.subjectType === 'WORD_LIST' ? /^import \((replace|merge)\)$/.exec(row.subject) || [] : [];
  return mode ? t(`au.import.${mode}`) : row.subject;
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
          h('td', { class: 'au-actor' }, words('au.actor', row.actor)),
          h('td', {}, kind(row.subjectType)),
          h('td', {}, h('code', {}, subjectOf(row))),
          h('td', { class: 'au-change', dataset: { change: row.change } }, change(row.change)),
          // The engine's own comments come in Chinese too; a person's comment is in their own words.
          h('td', { class: 'au-comment' }, inPageLanguage(row.comment || '', row.commentZh)),
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

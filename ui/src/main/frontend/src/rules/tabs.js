import { h } from '../dom.js';
import { t } from '../i18n.js';

const TABS = [
  { name: 'rules', href: '#/rules', label: 'wb.tab.rules' },
  { name: 'words', href: '#/words', label: 'wb.tab.words' },
  { name: 'parameters', href: '#/parameters', label: 'wb.tab.parameters' },
  { name: 'audit', href: '#/audit', label: 'wb.tab.audit' }
];

/** The rule workbench's own tab bar: rule sets, word list, parameters, audit log. */
export function workbenchTabs(active) {
  return h('nav', { class: 'tabs', id: 'wb-tabs' }, TABS.map(tab =>
    h('a', { href: tab.href, class: tab.name === active ? 'active' : '', dataset: { tab: tab.name } }, t(tab.label))));
}

/** Tabs inside a page that switch panels without leaving it. */
export function panelTabs(id, panels) {
  const bar = h('div', { class: 'tabs sub', id });
  const bodies = panels.map(panel => h('div', { class: 'tab-panel', dataset: { panel: panel.name }, hidden: true }, panel.body));
  const show = name => {
    bar.querySelectorAll('button').forEach(button => button.classList.toggle('active', button.dataset.panel === name));
    bodies.forEach(body => { body.hidden = body.dataset.panel !== name; });
    panels.find(panel => panel.name === name)?.onShow?.();
  };
  bar.append(...panels.map(panel => h('button', { type: 'button', class: 'tab', dataset: { panel: panel.name }, onclick: () => show(panel.name) }, t(panel.label))));
  return { element: h('div', {}, bar, bodies), show };
}

/** A unified diff with added and removed lines coloured, as reviewers know it from git. */
export function diffBlock(diff, id) {
  const lines = (diff || '').split('\n');
  return h('pre', { class: 'diff', id }, lines.map(line => h('span', {
    class: line.startsWith('+++') || line.startsWith('---') ? 'diff-file'
      : line.startsWith('@@') ? 'diff-hunk'
        : line.startsWith('+') ? 'diff-add' : line.startsWith('-') ? 'diff-del' : ''
  }, `${line}\n`)));
}

/** Every change in the workbench carries a reason for the audit log: says so and focuses the box when it is empty. */
export function reasonGiven(input, say) {
  if (input.value.trim()) {
    return true;
  }
  say(t('rs.commentRequired'), 'error');
  input.focus();
  return false;
}

import { api, problemDetail } from '../api.js';
import { emptyState, fill, h, nameTag, statusLine } from '../dom.js';
import { formatTime, t } from '../i18n.js';

// What the page calls each field the server may refuse.
const LABELS = { note: 'fl.note' };

const enc = encodeURIComponent;

/**
 * The staff tasks workflows handed out, oldest first: the person's own, or every task for those
 * who run groups. Each can be marked done with a note, which moves the group's workflow on.
 */
export function staffTaskList() {
  const { element: status, say } = statusLine('tk-status');
  const list = h('div', { id: 'tk-tasks' });

  async function done(task, note) {
    try {
      await api.post(`/tasks/${enc(task.id)}/complete`, { note: note.value });
      // The list is reloaded before saying so, so "done" never shows beside the task it names.
      await load();
      say(t('tk.doneSaid', { name: task.name }), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function load() {
    const tasks = await api.get('/tasks');
    const now = Date.now();
    fill(list, tasks.length === 0 ? emptyState(t('tk.none')) : h('table', { class: 'table compact', id: 'tk-table' },
      h('thead', {}, h('tr', {}, ['tk.what', 'tk.group', 'tk.assignee', 'tk.due', ''].map(key => h('th', {}, key ? t(key) : '')))),
      h('tbody', {}, tasks.map(task => {
        const note = h('input', { type: 'text', class: 'tk-note', placeholder: t('tk.note'), maxlength: 500, 'aria-label': t('tk.note') });
        const overdue = task.dueAt && Date.parse(task.dueAt) < now;
        return h('tr', { dataset: { task: task.id, group: task.groupId || '' } },
          h('td', {}, h('strong', {}, task.name || task.activityId),
            task.instructions ? h('div', { class: 'muted small tk-instructions' }, task.instructions) : null,
            h('div', { class: 'muted small' }, `${t('tk.workflow')}: ${task.workflowKey}`)),
          h('td', {}, task.groupId ? h('a', { href: `#/groups/${enc(task.groupId)}`, class: 'tk-group' }, nameTag(task.groupName, task.groupId)) : ''),
          h('td', {}, task.assignee === 'GROUP_OWNER' ? t('tk.groupOwner') : (task.assignee || '')),
          h('td', {}, formatTime(task.dueAt),
            overdue ? h('span', { class: 'badge tk-overdue' }, t('tk.overdue')) : null,
            task.remindedAt ? h('span', { class: 'badge tk-reminded' }, t('tk.reminded')) : null),
          h('td', { class: 'row-actions' }, note,
            h('button', { type: 'button', class: 'small primary tk-done', onclick: () => done(task, note) }, t('tk.done'))));
      }))));
  }

  return { element: h('div', {}, status, list), load };
}

/** The task list as a page of its own, for everyone. */
export async function tasksView(main) {
  const tasks = staffTaskList();
  main.append(h('h1', {}, t('tk.title')), h('p', { class: 'muted' }, t('tk.hint')), tasks.element);
  await tasks.load();
  return {};
}

import { api, everyPage, problemDetail, query } from '../api.js';
import { ask } from '../confirm.js';
import { emptyState, fill, h, statusLine, submitsOnce } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import '../workspace.css';

// What the form calls each part of an entry the server may refuse, whether it came as one of
// entries[], as the moved entry or as an alliance post.
const ENTRY_LABELS = {
  cadence: 'fl.cadence', dayOfWeek: 'fl.dayOfWeek', dayOfMonth: 'fl.dayOfMonth', date: 'fl.date', time: 'fl.time', purpose: 'sop.purpose',
  contentKind: 'fl.contentKind', text: 'sop.text', link: 'fl.link'
};
const LABELS = {
  entries: 'fl.entries', entry: 'fl.entries', groupIds: 'fl.groups', comment: 'fl.reason', note: 'fl.note', postId: 'fl.post',
  ...Object.fromEntries(['entries', 'entry', 'post'].flatMap(part =>
    Object.entries(ENTRY_LABELS).map(([field, key]) => [`${part}.${field}`, key])))
};

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];
const PURPOSES = ['CONTENT', 'ACTIVITY', 'TOPIC', 'NOTICE'];
const KINDS = ['TEXT', 'IMAGE', 'MINI_PROGRAM'];
const CADENCES = ['DAILY', 'WEEKLY', 'MONTHLY', 'ONCE'];
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const DAYS = 30;
const enc = encodeURIComponent;

const iso = date => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const addDays = (date, n) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
const monday = date => addDays(date, -((date.getDay() + 6) % 7));
const yuan = cents => (cents / 100).toFixed(2);
// The API gives times as HH:mm:ss; the calendar speaks in minutes.
const hhmm = time => String(time).slice(0, 5);

const lastDayOfMonth = date => new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();

/**
 * Whether an entry posts on a calendar day, as the server's SopEntry.postsOn decides it: a monthly
 * entry on its day, or on the month's last day when the month has no such day.
 */
function postsOn(entry, date) {
  return entry.cadence === 'DAILY'
    || (entry.cadence === 'WEEKLY' && entry.dayOfWeek === WEEKDAYS[date.getDay()])
    || (entry.cadence === 'MONTHLY' && date.getDate() === Math.min(entry.dayOfMonth, lastDayOfMonth(date)))
    || (entry.cadence === 'ONCE' && entry.date === iso(date));
}

const when = entry => (entry.cadence === 'DAILY' ? t('sop.daily', { time: hhmm(entry.time) })
  : entry.cadence === 'WEEKLY' ? t('sop.weekly', { day: t(`sop.day.${entry.dayOfWeek}`), time: hhmm(entry.time) })
    : entry.cadence === 'MONTHLY' ? t('sop.monthly', { day: entry.dayOfMonth, time: hhmm(entry.time) })
      : t('sop.once', { date: entry.date, time: hhmm(entry.time) }));

/**
 * A group's SOP calendar (群SOP) for operators: a week and a month view of what goes out when,
 * the daily cap shown on every day and enforced by the server's rules (their refusal shown as it
 * words it); entries added, moved and deleted; an industry template previewed and applied; topics
 * as calendar entries; the posts sent with their reach, clicks and orders, one of which can be
 * kept as essence; and one post to several groups at once (群联盟).
 */
export async function sopView(main, { params: [groupId], me }) {
  const base = `/groups/${enc(groupId)}`;
  const [group, templates, cap, allGroups] = await Promise.all([
    api.get(base), api.get('/sop/templates'), api.get('/parameters/sop.daily-cap'), api.get('/groups')
  ]);
  const dailyCap = Number(cap.parameter.value);
  const operates = (me.roles.includes('OPERATOR') || me.roles.includes('ADMIN')) && group.phase !== 'ARCHIVED';
  const { element: status, say } = statusLine('sop-status');
  const calendar = h('div', { id: 'sop-grid' });
  const range = h('strong', { id: 'sop-range' });
  let entries = [];
  let view = 'week';
  let anchor = new Date();
  let moving = null;

  async function reload() {
    entries = await everyPage(`${base}/sop/entries`);
    draw();
  }

  function day(date, compact) {
    const today = entries.filter(entry => postsOn(entry, date)).sort((a, b) => a.time.localeCompare(b.time));
    const over = today.length > dailyCap;
    return h('div', { class: `sop-day${compact ? ' compact' : ''}${date.getMonth() !== anchor.getMonth() && compact ? ' other-month' : ''}`, dataset: { date: iso(date) } },
      h('div', { class: 'sop-day-head' },
        h('span', {}, compact ? String(date.getDate()) : `${t(`sop.day.${WEEKDAYS[date.getDay()]}`)} ${date.getMonth() + 1}/${date.getDate()}`),
        h('span', { class: `sop-count${over ? ' over' : ''}`, title: t('sop.capTitle', { cap: dailyCap }) }, `${today.length}/${dailyCap}`)),
      today.map(entry => h('div', { class: `sop-entry purpose-${entry.purpose}`, dataset: { entry: entry.id } },
        h('span', { class: 'sop-time' }, hhmm(entry.time)), ' ',
        compact ? null : [h('span', { class: 'badge' }, t(`sop.purpose.${entry.purpose}`)), ' ', h('span', { class: 'sop-text' }, entry.text)],
        operates && !compact ? h('span', { class: 'row-actions' },
          h('button', { type: 'button', class: 'small sop-move', onclick: () => startMove(entry) }, t('sop.move')),
          h('button', { type: 'button', class: 'small sop-delete', onclick: () => ask(question, t('sop.deleteConfirm', { when: when(entry), text: entry.text }), () => remove(entry)) }, t('sop.delete'))) : null)));
  }

  function draw() {
    if (view === 'week') {
      const start = monday(anchor);
      range.textContent = `${iso(start)} – ${iso(addDays(start, 6))}`;
      fill(calendar, h('div', { class: 'sop-week' }, [0, 1, 2, 3, 4, 5, 6].map(i => day(addDays(start, i), false))));
    } else {
      const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
      const start = monday(first);
      range.textContent = t('sop.monthLabel', { year: first.getFullYear(), month: first.getMonth() + 1 });
      const cells = [];
      for (let d = start; cells.length < 42 && (cells.length % 7 !== 0 || d.getMonth() === first.getMonth() || cells.length === 0); d = addDays(d, 1)) {
        cells.push(day(d, true));
      }
      fill(calendar, h('div', { class: 'sop-month' },
        MONDAY_FIRST.map(i => h('div', { class: 'sop-month-head' }, t(`sop.day.${WEEKDAYS[i]}`))), cells));
    }
    calendar.dataset.view = view;
    weekButton.classList.toggle('active', view === 'week');
    monthButton.classList.toggle('active', view === 'month');
  }

  const weekButton = h('button', { type: 'button', class: 'tab', id: 'sop-week', onclick: () => { view = 'week'; draw(); } }, t('sop.week'));
  const monthButton = h('button', { type: 'button', class: 'tab', id: 'sop-month', onclick: () => { view = 'month'; draw(); } }, t('sop.month'));
  const step = n => () => {
    anchor = view === 'week' ? addDays(anchor, 7 * n) : new Date(anchor.getFullYear(), anchor.getMonth() + n, 1);
    draw();
  };
  const question = h('div', { id: 'sop-confirm' });

  // The entry form: adds an entry, or moves the one chosen with 移动.
  const cadence = h('select', { id: 'sop-cadence', onchange: () => showWhen() }, CADENCES.map(c => h('option', { value: c }, t(`sop.cadence.${c}`))));
  const weekday = h('select', { id: 'sop-weekday' }, MONDAY_FIRST.map(i => h('option', { value: WEEKDAYS[i] }, t(`sop.day.${WEEKDAYS[i]}`))));
  const monthDay = h('select', { id: 'sop-month-day', title: t('sop.monthEnd'), onchange: () => showWhen() }, MONTH_DAYS.map(d => h('option', { value: d }, t('sop.dayOfMonth', { day: d }))));
  const monthEnd = h('span', { id: 'sop-month-end', class: 'muted small' }, t('sop.monthEnd'));
  const date = h('input', { id: 'sop-date', type: 'date', value: iso(addDays(new Date(), 1)) });
  const time = h('input', { id: 'sop-time', type: 'time', value: '20:00', required: true });
  const purpose = h('select', { id: 'sop-purpose' }, PURPOSES.map(p => h('option', { value: p }, t(`sop.purpose.${p}`))));
  const kind = h('select', { id: 'sop-kind' }, KINDS.map(k => h('option', { value: k }, t(`sop.kind.${k}`))));
  const text = h('textarea', { id: 'sop-text', rows: 2, maxlength: 2000, required: true });
  const link = h('input', { id: 'sop-link', type: 'url', placeholder: 'https://' });
  const formTitle = h('h2', {}, t('sop.add'));
  const save = h('button', { type: 'submit', class: 'primary', id: 'sop-save' }, t('sop.addButton'));
  const cancelMove = h('button', { type: 'button', id: 'sop-cancel-move', hidden: true, onclick: () => endMove() }, t('cancel'));

  function showWhen() {
    weekday.hidden = cadence.value !== 'WEEKLY';
    monthDay.hidden = cadence.value !== 'MONTHLY';
    monthEnd.hidden = cadence.value !== 'MONTHLY' || Number(monthDay.value) < 29;
    date.hidden = cadence.value !== 'ONCE';
  }

  function entryFromForm() {
    return {
      cadence: cadence.value,
      dayOfWeek: cadence.value === 'WEEKLY' ? weekday.value : undefined,
      dayOfMonth: cadence.value === 'MONTHLY' ? Number(monthDay.value) : undefined,
      date: cadence.value === 'ONCE' ? date.value : undefined,
      time: time.value,
      purpose: purpose.value,
      contentKind: kind.value,
      text: text.value.trim(),
      link: link.value.trim() || undefined
    };
  }

  function startMove(entry) {
    moving = entry;
    cadence.value = entry.cadence;
    weekday.value = entry.dayOfWeek || 'MONDAY';
    monthDay.value = String(entry.dayOfMonth || 1);
    date.value = entry.date || date.value;
    time.value = hhmm(entry.time);
    purpose.value = entry.purpose;
    kind.value = entry.contentKind;
    text.value = entry.text;
    link.value = entry.link || '';
    showWhen();
    formTitle.textContent = t('sop.moving', { when: when(entry) });
    save.textContent = t('sop.moveButton');
    cancelMove.hidden = false;
    form.scrollIntoView({ block: 'center' });
  }

  function endMove() {
    moving = null;
    formTitle.textContent = t('sop.add');
    save.textContent = t('sop.addButton');
    cancelMove.hidden = true;
  }

  async function submit() {
    const wasMoving = Boolean(moving);
    try {
      if (moving) {
        await api.put(`${base}/sop/entries/${enc(moving.id)}`, { entry: entryFromForm() });
        endMove();
      } else {
        await api.post(`${base}/sop/entries`, { entries: [entryFromForm()] });
      }
    } catch (error) {
      say(t('sop.refused') + problemDetail(error, LABELS), 'error');
      return;
    }
    text.value = '';
    link.value = '';
    // The calendar is redrawn before the success is announced, so what the message says is already on screen.
    try {
      await reload();
      say(t(wasMoving ? 'sop.moved' : 'sop.added'), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function remove(entry) {
    try {
      await api.delete(`${base}/sop/entries/${enc(entry.id)}`);
      await reload();
      say(t('sop.deleted'), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  const form = h('form', { class: 'card', id: 'sop-form', onsubmit: submitsOnce(save, submit) },
    formTitle,
    h('div', { class: 'inline-form' }, cadence, weekday, monthDay, date, time, purpose, kind),
    monthEnd,
    text,
    h('div', { class: 'inline-form' }, link, save, cancelMove));
  showWhen();

  // Industry templates: previewed before they are applied.
  const templateChoice = h('select', { id: 'sop-template', onchange: () => preview() },
    h('option', { value: '' }, t('sop.chooseTemplate')), templates.map(tp => h('option', { value: tp.name }, tp.title)));
  const templatePreview = h('div', { id: 'sop-template-preview' });
  function preview() {
    const chosen = templates.find(tp => tp.name === templateChoice.value);
    fill(templatePreview, chosen ? [
      h('p', { class: 'muted small' }, chosen.description),
      h('table', { class: 'table compact' }, h('tbody', {}, chosen.entries.map(e => h('tr', {},
        h('td', { class: 'nowrap' }, when(e)), h('td', {}, t(`sop.purpose.${e.purpose}`)), h('td', {}, e.text))))),
      h('button', { type: 'button', class: 'primary', id: 'sop-apply', onclick: apply }, t('sop.apply'))
    ] : null);
  }
  async function apply() {
    try {
      const added = await api.post(`${base}/sop/templates/${enc(templateChoice.value)}`);
      await reload();
      say(t('sop.applied', { n: added.length }), 'success');
      templateChoice.value = '';
      preview();
    } catch (error) {
      say(t('sop.refused') + problemDetail(error, LABELS), 'error');
    }
  }

  // Alliance posts: one post, once, to several groups.
  const others = allGroups.filter(g => g.phase !== 'ARCHIVED');
  const allianceGroups = h('div', { class: 'checks', id: 'sop-alliance-groups' }, others.map(g => h('label', {},
    h('input', { type: 'checkbox', value: g.id, checked: g.id === groupId }), h('span', {}, g.name))));
  const allianceDate = h('input', { type: 'date', id: 'sop-alliance-date', value: iso(addDays(new Date(), 1)) });
  const allianceTime = h('input', { type: 'time', id: 'sop-alliance-time', value: '20:00' });
  const allianceText = h('input', { id: 'sop-alliance-text', class: 'grow', placeholder: t('sop.allianceText') });
  async function alliance() {
    const groupIds = [...allianceGroups.querySelectorAll('input:checked')].map(input => input.value);
    try {
      const posted = await api.post('/sop/alliance-posts', { groupIds, post: {
        cadence: 'ONCE', date: allianceDate.value, time: allianceTime.value, purpose: 'ACTIVITY', contentKind: 'TEXT', text: allianceText.value.trim()
      } });
      await reload();
      say(t('sop.alliancePosted', { n: Object.keys(posted).length }), 'success');
    } catch (error) {
      say(t('sop.refused') + problemDetail(error, LABELS), 'error');
    }
  }

  const [posts, essence] = await Promise.all([api.get(`${base}/sop/posts/metrics${query({ days: DAYS })}`), api.get(`${base}/sop/essence`)]);
  const essenceList = h('ul', { id: 'sop-essence', class: 'history' });
  function drawEssence(list) {
    fill(essenceList, list.length === 0 ? h('li', { class: 'muted' }, t('sop.noEssence'))
      : list.map(e => h('li', { dataset: { essence: e.id } }, h('div', {}, e.text), h('span', { class: 'muted small' }, `${e.markedBy} · ${formatTime(e.markedAt)}${e.note ? ` · ${e.note}` : ''}`))));
  }
  drawEssence(essence);
  async function keepAsEssence(post) {
    try {
      await api.post(`${base}/sop/essence`, { postId: post.postId, note: t('sop.essenceNote') });
      drawEssence(await api.get(`${base}/sop/essence`));
      say(t('sop.essenceAdded'), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  main.append(
    h('p', {}, h('a', { href: `#/groups/${enc(groupId)}` }, t('gf.backToGroup'))),
    h('h1', {}, t('sop.title', { name: group.name })),
    h('p', { class: 'notice', id: 'sop-cap' }, t('sop.cap', { cap: dailyCap })),
    status,
    question,
    h('section', { class: 'card', id: 'sop-calendar', dataset: { testid: 'sop-calendar' } },
      h('div', { class: 'toolbar' },
        h('div', { class: 'tabs sub' }, weekButton, monthButton),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'sop-prev', onclick: step(-1) }, '‹'), range,
          h('button', { type: 'button', id: 'sop-next', onclick: step(1) }, '›'))),
      calendar),
    operates ? h('div', { class: 'grid-2' },
      form,
      h('section', { class: 'card', id: 'sop-templates' }, h('h2', {}, t('sop.templates')), templateChoice, templatePreview)) : null,
    h('section', { class: 'card', id: 'sop-posts-card' },
      h('h2', {}, t('sop.posts', { days: DAYS })),
      posts.length === 0 ? emptyState(t('group.noPosts')) : h('table', { class: 'table compact', id: 'sop-posts' },
        h('thead', {}, h('tr', {}, ['sop.sentAt', 'sop.text', 'group.post.reach', 'group.post.clicks', 'group.post.orders', 'group.post.gmv', ''].map(k => h('th', {}, k ? t(k) : '')))),
        h('tbody', {}, posts.map(post => h('tr', { dataset: { post: post.postId } },
          h('td', { class: 'nowrap' }, formatTime(post.sentAt)), h('td', { class: 'post-text' }, post.text),
          h('td', { class: 'num' }, String(post.reach)), h('td', { class: 'num' }, String(post.clicks)),
          h('td', { class: 'num' }, String(post.orders)), h('td', { class: 'num' }, `¥${yuan(post.gmvCents)}`),
          h('td', {}, operates ? h('button', { type: 'button', class: 'small sop-essence-add', onclick: () => keepAsEssence(post) }, t('sop.keepEssence')) : null)))))),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, t('sop.essence')), essenceList),
      operates ? h('section', { class: 'card', id: 'sop-alliance' },
        h('h2', {}, t('sop.alliance')),
        h('p', { class: 'muted small' }, t('sop.allianceAbout')),
        allianceGroups,
        h('div', { class: 'inline-form' }, allianceDate, allianceTime, allianceText,
          h('button', { type: 'button', id: 'sop-alliance-send', onclick: alliance }, t('sop.allianceSend')))) : null));
  await reload();
  return {};
}

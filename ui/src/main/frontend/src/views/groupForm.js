import { api, problemDetail } from '../api.js';
import { ask } from '../confirm.js';
import { h, statusLine, submitsOnce } from '../dom.js';
import { t } from '../i18n.js';
import '../workspace.css';

const TYPES = ['TRAFFIC', 'CONTENT', 'FLASH', 'CHECKIN'];
const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/Los_Angeles'];
const enc = encodeURIComponent;
// What the form calls each field the server may refuse.
const LABELS = {
  name: 'gf.name', intro: 'gf.intro', type: 'gf.type', capacity: 'gf.capacity', tags: 'gf.tags',
  timeZone: 'gf.timeZone', welcomeMessage: 'gf.welcome', groupRules: 'gf.rules', comment: 'fl.reason'
};

// Tags are typed as one line: Chinese and Latin commas and the enumeration comma all separate them.
const splitTags = text => text.split(/[,，、]/).map(tag => tag.trim()).filter(Boolean);

/**
 * The group form: open a group (#/groups/new) or edit one (#/groups/{id}/edit) — name,
 * positioning, type with what each is for, capacity, tags, time zone, and the welcome a new
 * member gets, previewed as the welcome rule sends it (@nickname, the welcome, the group rules).
 * Editing also offers to dissolve the group, after a confirmation that names the consequences.
 */
export async function groupFormView(main, { params: [groupId] }) {
  const editing = Boolean(groupId);
  const group = editing ? await api.get(`/groups/${enc(groupId)}`) : null;
  const { element: status, say } = statusLine('gf-status');

  const name = h('input', { id: 'gf-name', name: 'name', required: true, maxlength: 100, value: group?.name ?? '' });
  const intro = h('textarea', { id: 'gf-intro', name: 'intro', rows: 2, required: true, maxlength: 1000 }, group?.intro ?? '');
  const types = h('div', { class: 'checks', id: 'gf-type' }, TYPES.map(type => h('label', {},
    h('input', { type: 'radio', name: 'type', value: type, checked: (group?.type ?? 'CONTENT') === type }),
    h('span', {}, t(`type.${type}`)), h('span', { class: 'muted' }, t(`gf.type.about.${type}`)))));
  const capacity = h('input', { id: 'gf-capacity', type: 'number', min: 2, max: 100000, value: group?.capacity ?? 500 });
  const tags = h('input', { id: 'gf-tags', value: (group?.tags ?? []).join('、'), placeholder: t('gf.tagsPlaceholder') });
  const zones = h('datalist', { id: 'gf-zones' }, (Intl.supportedValuesOf?.('timeZone') ?? COMMON_ZONES).map(zone => h('option', { value: zone })));
  const timeZone = h('input', { id: 'gf-timezone', list: 'gf-zones', value: group?.timeZone ?? 'Asia/Shanghai' });
  const welcome = h('textarea', { id: 'gf-welcome', rows: 3, maxlength: 2000, placeholder: editing ? '' : t('gf.defaultWelcome') }, group?.welcomeMessage ?? '');
  const rules = h('textarea', { id: 'gf-rules', rows: 3, maxlength: 2000, placeholder: editing ? '' : t('gf.defaultRules') }, group?.groupRules ?? '');
  const nickname = h('input', { id: 'gf-nickname', value: t('gf.sampleNickname'), maxlength: 100 });
  const preview = h('pre', { class: 'preview', id: 'gf-preview' });
  const comment = editing ? h('input', { id: 'gf-comment', class: 'grow', maxlength: 500 }) : null;

  // As rules/welcome.drl words it: "@" + nickname (or 新朋友) + " " + welcome + "\n" + group rules.
  function renderPreview() {
    const who = nickname.value.trim() || '新朋友';
    const welcomeText = welcome.value.trim() || (editing ? '' : `欢迎加入「${name.value.trim()}」！${intro.value.trim()}`);
    const rulesText = rules.value.trim() || (editing ? '' : t('gf.defaultRulesShort'));
    preview.textContent = `@${who} ${welcomeText}\n${rulesText}`;
  }
  [name, intro, welcome, rules, nickname].forEach(input => input.addEventListener('input', renderPreview));
  renderPreview();

  const saveButton = h('button', { type: 'submit', class: 'primary', id: 'gf-save' }, t(editing ? 'gf.save' : 'gf.create'));
  async function save() {
    const body = {
      name: name.value.trim(),
      intro: intro.value.trim(),
      type: types.querySelector('input:checked').value,
      capacity: capacity.value === '' ? undefined : Number(capacity.value),
      tags: splitTags(tags.value),
      welcomeMessage: welcome.value.trim() || undefined,
      groupRules: rules.value.trim() || undefined,
      timeZone: timeZone.value.trim() || undefined
    };
    try {
      const saved = editing
        ? await api.put(`/groups/${enc(groupId)}`, { ...body, comment: comment.value.trim() || undefined })
        : await api.post('/groups', body);
      window.location.hash = `#/groups/${enc(saved.id)}`;
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  const form = h('form', { class: 'card', dataset: { testid: 'group-form' }, id: 'group-form', onsubmit: submitsOnce(saveButton, save) },
    h('div', { class: 'form-grid' },
      h('label', { for: 'gf-name' }, t('gf.name')), name,
      h('label', { for: 'gf-intro' }, t('gf.intro')), intro,
      h('p', { class: 'muted small hint' }, t('gf.introHint')),
      h('label', {}, t('gf.type')), types,
      h('label', { for: 'gf-capacity' }, t('gf.capacity')), capacity,
      h('p', { class: 'muted small hint' }, t('gf.capacityHint')),
      h('label', { for: 'gf-tags' }, t('gf.tags')), tags,
      h('label', { for: 'gf-timezone' }, t('gf.timeZone')), h('div', {}, timeZone, zones),
      h('label', { for: 'gf-welcome' }, t('gf.welcome')), welcome,
      h('label', { for: 'gf-rules' }, t('gf.rules')), rules,
      h('label', { for: 'gf-nickname' }, t('gf.previewAs')), nickname,
      h('label', {}, t('gf.preview')), h('div', {}, preview, h('p', { class: 'muted small' }, t('gf.previewHint'))),
      editing ? [h('label', { for: 'gf-comment' }, t('gf.comment')), comment] : null),
    h('div', { class: 'actions' },
      saveButton,
      h('a', { class: 'button', href: editing ? `#/groups/${enc(groupId)}` : '#/' }, t('cancel'))));

  main.append(
    h('p', {}, h('a', { href: editing ? `#/groups/${enc(groupId)}` : '#/' }, t(editing ? 'gf.backToGroup' : 'group.back'))),
    h('h1', {}, editing ? t('gf.editTitle', { name: group.name }) : t('gf.newTitle')),
    status,
    form,
    editing && !(group.phase === 'ARCHIVED') ? dissolveCard(group, say) : null);
  return {};
}

function dissolveCard(group, say) {
  const question = h('div', { id: 'gf-dissolve-confirm' });
  return h('section', { class: 'card danger-zone', id: 'gf-dissolve-card' },
    h('h2', {}, t('gf.dissolveTitle')),
    h('p', { class: 'muted' }, t('gf.dissolveAbout')),
    h('button', { type: 'button', class: 'danger', id: 'gf-dissolve', onclick: () => ask(question,
      t('gf.dissolveConfirm', { name: group.name, members: group.memberCount }), async () => {
        try {
          await api.post(`/groups/${enc(group.id)}/dissolve`);
          window.location.hash = `#/groups/${enc(group.id)}`;
        } catch (error) {
          say(t('failed') + problemDetail(error, LABELS), 'error');
        }
      }) }, t('gf.dissolve')),
    question);
}

/** The buttons on a group's page: its members for everyone, editing for operators while it runs. */
export function groupActions(group, me) {
  const edits = me.roles.some(role => role === 'OPERATOR' || role === 'ADMIN') && group.phase !== 'ARCHIVED';
  return h('div', { class: 'actions', id: 'group-actions' },
    h('a', { class: 'button', id: 'group-members', href: `#/groups/${enc(group.id)}/members` }, t('mb.open')),
    h('a', { class: 'button', id: 'group-sop', href: `#/groups/${enc(group.id)}/sop` }, t('sop.open')),
    edits ? h('a', { class: 'button', id: 'group-edit', href: `#/groups/${enc(group.id)}/edit` }, t('gf.edit')) : null);
}

import { api } from '../api.js';
import { chart } from '../charts.js';
import { emptyState, h } from '../dom.js';
import { formatTime, t } from '../i18n.js';

/**
 * One group: what the API knows today, and clearly-labelled empty places for the charts whose
 * data (layers over time, moderation by category, rewards, SOP metrics) is still being built.
 */
export async function groupView(main, { params: [groupId] }) {
  const group = await api.get(`/groups/${encodeURIComponent(groupId)}`);
  const fill = h('div', { class: 'chart small-chart', id: 'chart-fill' });
  const facts = [
    ['group.intro', group.intro],
    ['group.type', t(`type.${group.type}`)],
    ['group.phase', t(`phase.${group.phase}`)],
    ['group.phaseSince', formatTime(group.phaseSince)],
    ['group.members', String(group.memberCount)],
    ['group.capacity', String(group.capacity)],
    ['group.tags', group.tags?.length ? group.tags.join('、') : t('group.noTags')],
    ['group.timeZone', group.timeZone],
    ['group.createdAt', formatTime(group.createdAt)]
  ];
  const pending = key => h('section', { class: 'card', dataset: { pending: key } }, h('h2', {}, t(key)), emptyState(t('group.pending')));
  main.append(
    h('p', {}, h('a', { href: '#/' }, t('group.back'))),
    h('h1', { id: 'group-name' }, group.name, ' ', h('span', { class: `phase phase-${group.phase}` }, t(`phase.${group.phase}`))),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' },
        h('dl', { class: 'facts' }, facts.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])),
        h('p', {}, h('a', { class: 'button', href: `#/monitor/${encodeURIComponent(group.id)}`, id: 'show-in-monitor' }, t('group.showInMonitor')))),
      h('section', { class: 'card' }, h('h2', {}, t('group.fill')), fill)),
    h('div', { class: 'grid-2' }, pending('group.layers'), pending('group.moderation')),
    h('div', { class: 'grid-2' }, pending('group.rewards'), pending('group.sop')));
  const gauge = chart(fill, {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'pie', radius: ['55%', '75%'], label: { show: true, position: 'center', formatter: () => `${group.memberCount} / ${group.capacity}`, fontSize: 18 },
      data: [
        { name: t('group.members'), value: group.memberCount },
        { name: t('group.capacity'), value: Math.max(group.capacity - group.memberCount, 0), itemStyle: { color: '#e8e8e8' } }
      ]
    }]
  });
  return { unmount: () => gauge.dispose() };
}

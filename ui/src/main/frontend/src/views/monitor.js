import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import { api } from '../api.js';
import { fitBesidePalette } from '../bpmn/fit.js';
import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { monitorOverview } from './monitorOverview.js';

/**
 * Where a group is in its lifecycle: its workflow version drawn, the group's activities marked,
 * how many groups wait at each activity of that version, and the incidents.
 */
export async function monitorView(main, { params: [groupId], me }) {
  const groups = await api.get('/groups');
  const picker = h('select', { id: 'mon-group', onchange: event => {
    window.location.hash = `#/monitor/${encodeURIComponent(event.target.value)}`;
  } }, h('option', { value: '' }, t('mon.choose')),
  groups.map(group => h('option', { value: group.id, selected: group.id === groupId }, group.name)));
  main.classList.add('wide');
  main.append(h('div', { class: 'toolbar' },
    h('h1', {}, t('mon.title')),
    h('label', { class: 'inline-label' }, t('mon.group'), ' ', picker)));
  if (groups.length === 0) {
    main.append(h('section', { class: 'card' }, h('p', {}, t('mon.noGroups'))));
    return {};
  }
  if (!groupId) {
    const destroy = await monitorOverview(main, groups);
    return { unmount: destroy };
  }
  const group = await api.get(`/groups/${encodeURIComponent(groupId)}`);
  const position = await api.get(`/workflows/instances/${encodeURIComponent(group.processInstanceId)}`);
  const [xml, definitions] = await Promise.all([
    api.get(`/workflows/${encodeURIComponent(position.key)}/xml?version=${position.version}`, { accept: 'application/xml' }),
    api.get('/workflows')
  ]);
  const version = definitions.find(d => d.key === position.key)?.versions.find(v => v.version === position.version);

  const canvas = h('div', { class: 'canvas viewer', id: 'mon-canvas' });
  // Shown once it can say where the group is: the diagram is imported first.
  const where = h('p', { id: 'mon-position', class: 'position', hidden: true });
  const incidents = h('ul', { class: 'problems', id: 'mon-incidents' });
  main.append(
    h('section', { class: 'card' },
      h('p', { class: 'muted' }, t('mon.definition', { key: position.key, version: position.version }),
        me.roles.includes('ADMIN') ? [' · ', h('a', {
          id: 'mon-cockpit', target: '_blank', rel: 'noopener',
          href: `/camunda/app/cockpit/default/#/process-instance/${encodeURIComponent(position.processInstanceId)}/runtime`
        }, t('mon.cockpit'))] : null),
      where,
      h('div', { class: 'legend' },
        h('span', { class: 'legend-here' }, t('mon.legendHere')),
        h('span', { class: 'legend-count' }, t('mon.legendCount')),
        h('span', { class: 'legend-incident' }, t('mon.legendIncident'))),
      canvas),
    h('section', { class: 'card' }, h('h2', {}, t('mon.incidents')), incidents));

  const viewer = new NavigatedViewer({ container: canvas });
  await viewer.importXML(xml);
  fitBesidePalette(viewer.get('canvas'), 16);
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const canvasService = viewer.get('canvas');
  const nameOf = id => registry.get(id)?.businessObject?.name || id;

  for (const activity of version?.activities || []) {
    if (registry.get(activity.activityId)) {
      overlays.add(activity.activityId, 'qf-count', {
        position: { bottom: 12, left: -10 },
        html: h('div', { class: 'qf-count-badge', title: t('mon.waiting'), dataset: { activity: activity.activityId } }, String(activity.instances))
      });
    }
  }
  for (const id of position.activities) {
    if (registry.get(id)) {
      canvasService.addMarker(id, 'qf-here');
    }
  }
  for (const incident of position.incidents) {
    if (incident.activityId && registry.get(incident.activityId)) {
      canvasService.addMarker(incident.activityId, 'qf-incident');
      overlays.add(incident.activityId, 'qf-incident', {
        position: { top: -14, right: 14 },
        html: h('div', { class: 'qf-error-badge', title: incident.message || '' }, '⚡')
      });
    }
  }
  // The innermost activities say most: the timer the group waits on rather than its sub-process.
  const leaves = position.activities.filter(id => !position.activities.some(other => other !== id && registry.get(other)?.parent?.id === id));
  where.textContent = position.ended ? t('mon.ended')
    : t('mon.position', { name: group.name, activities: leaves.map(nameOf).join('、') });
  where.dataset.activities = leaves.join(' ');
  where.hidden = false;
  incidents.replaceChildren(...(position.incidents.length === 0 ? [h('li', { class: 'muted' }, t('mon.noIncidents'))]
    : position.incidents.map(incident => h('li', { class: 'problem error' },
      h('code', {}, nameOf(incident.activityId)), ' ', incident.type, ': ', incident.message || '', ' · ', formatTime(incident.createdAt)))));
  return { unmount: () => viewer.destroy() };
}

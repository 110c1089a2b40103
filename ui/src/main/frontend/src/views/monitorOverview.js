import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import { api } from '../api.js';
import { fitBesidePalette } from '../bpmn/fit.js';
import { h } from '../dom.js';
import { phaseLabel, t } from '../i18n.js';
import '../workspace.css';

// The general lifecycle and the ones made for a group type (group-lifecycle-traffic, …).
const LIFECYCLE = 'group-lifecycle';
const enc = encodeURIComponent;

// The lifecycle shown, kept across re-renders (a language switch).
let chosen = null;

/**
 * The lifecycle monitor's first page: where every group is. A lifecycle (the one most groups run,
 * or the one chosen) is drawn with the number of groups waiting at each activity and the
 * activities with incidents marked; below it every group with its phase, each a click away from
 * its own position.
 */
export async function monitorOverview(main, groups) {
  const definitions = await api.get('/workflows');
  const lifecycles = definitions.filter(d => d.key === LIFECYCLE || d.key.startsWith(`${LIFECYCLE}-`));
  const runningIn = definition => definition.versions.reduce((sum, v) => sum + v.runningInstances, 0);
  if (!lifecycles.some(d => d.key === chosen)) {
    chosen = [...lifecycles].sort((a, b) => runningIn(b) - runningIn(a))[0]?.key;
  }
  if (!chosen) {
    return () => {};
  }
  const drawing = h('div', { id: 'mon-overview-drawing' });
  let viewer = null;
  let asked = 0;
  // A lifecycle chosen while another is still being drawn replaces it on screen; the one drawn
  // for the earlier choice is thrown away when it is done rather than left running unseen.
  async function show(key) {
    const mine = ++asked;
    const drawn = await draw(drawing, lifecycles.find(d => d.key === key));
    if (mine !== asked) {
      drawn.destroy();
      return;
    }
    viewer?.destroy();
    viewer = drawn;
  }
  const picker = h('select', { id: 'mon-lifecycle', 'aria-label': t('mon.lifecycle'), onchange: event => {
    chosen = event.target.value;
    show(chosen);
  } }, lifecycles.map(d => h('option', { value: d.key, selected: d.key === chosen }, `${d.name || d.key} (${d.key})`)));
  main.append(
    h('section', { class: 'card', id: 'mon-overview' },
      h('div', { class: 'toolbar' },
        h('h2', {}, t('mon.overview')),
        h('label', { class: 'inline-label' }, t('mon.lifecycle'), ' ', picker)),
      drawing),
    h('section', { class: 'card' },
      h('h2', {}, t('mon.allGroups')),
      h('table', { class: 'table compact', id: 'mon-groups' },
        h('thead', {}, h('tr', {}, ['dash.name', 'dash.phase', 'dash.members'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, groups.map(group => h('tr', { dataset: { group: group.id } },
          h('td', {}, h('a', { href: `#/monitor/${enc(group.id)}` }, group.name)),
          h('td', {}, h('span', { class: `phase phase-${group.phase}` }, phaseLabel(group.phase))),
          h('td', { class: 'num' }, String(group.memberCount))))))));
  await show(chosen);
  return () => {
    asked++;
    viewer?.destroy();
  };
}

/** One lifecycle: the version most groups wait in, with its counts and incidents on the diagram. */
async function draw(into, lifecycle) {
  const running = lifecycle.versions.filter(v => v.runningInstances > 0);
  const version = running[0] || lifecycle.versions.find(v => v.version === lifecycle.latestVersion);
  const canvas = h('div', { class: 'canvas viewer', id: 'mon-overview-canvas' });
  const incidents = running.reduce((sum, v) => sum + v.incidents, 0);
  into.replaceChildren(
    h('p', { id: 'mon-overview-summary' }, t('mon.overviewSummary', {
      groups: running.reduce((sum, v) => sum + v.runningInstances, 0), incidents
    })),
    h('p', { class: 'muted small' }, t('mon.definition', { key: lifecycle.key, version: version.version }),
      running.length > 1 ? ` · ${t('mon.otherVersions', { versions: running.slice(1).map(v => v.version).join('、') })}` : ''),
    h('div', { class: 'legend' },
      h('span', { class: 'legend-count' }, t('mon.legendCount')),
      h('span', { class: 'legend-incident' }, t('mon.legendIncident'))),
    canvas);
  const xml = await api.get(`/workflows/${enc(lifecycle.key)}/xml?version=${version.version}`, { accept: 'application/xml' });
  const viewer = new NavigatedViewer({ container: canvas });
  await viewer.importXML(xml);
  fitBesidePalette(viewer.get('canvas'), 16);
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  for (const activity of version.activities) {
    if (!registry.get(activity.activityId)) {
      continue;
    }
    overlays.add(activity.activityId, 'qf-count', {
      position: { bottom: 12, left: -10 },
      html: h('div', { class: 'qf-count-badge', title: t('mon.waiting'), dataset: { activity: activity.activityId } }, String(activity.instances))
    });
    if (activity.incidents > 0) {
      viewer.get('canvas').addMarker(activity.activityId, 'qf-incident');
      overlays.add(activity.activityId, 'qf-incident', {
        position: { top: -14, right: 14 },
        html: h('div', { class: 'qf-error-badge', title: t('mon.incidentCount', { n: activity.incidents }), dataset: { incidents: activity.activityId } }, '⚡')
      });
    }
  }
  return viewer;
}

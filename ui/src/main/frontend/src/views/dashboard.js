import { api, ApiError } from '../api.js';
import { chart } from '../charts.js';
import { h } from '../dom.js';
import { formatTime, phaseLabel, t } from '../i18n.js';
import { demoOffer } from '../demo.js';
import '../workspace.css';

// The shipped lifecycles' phases, in their order; phases a designer added follow them.
const PHASES = ['LAUNCH', 'WARM_UP', 'PROMOTION', 'PRUNING', 'AFTER_SALE', 'ARCHIVED'];

/** Operators' and viewers' overview: every group with its phase and size. */
export async function dashboardView(main, { me }) {
  main.append(h('h1', {}, t('dash.title')), h('p', { class: 'muted' }, t('loading')));
  const groups = await api.get('/groups');
  const operates = me.roles.includes('OPERATOR') || me.roles.includes('ADMIN');
  main.replaceChildren(h('div', { class: 'toolbar' }, h('h1', {}, t('dash.title')),
    operates ? h('div', { class: 'actions' }, h('a', { class: 'button primary', id: 'new-group', href: '#/groups/new' }, t('gf.newGroup'))) : null));
  if (groups.length === 0) {
    main.append(h('section', { class: 'card' }, h('p', { id: 'groups-empty' }, t(operates ? 'dash.emptyOperator' : 'dash.empty'))));
    // Once the demo groups are there the dashboard draws itself again, now with them.
    const offer = await demoOffer(me, () => window.dispatchEvent(new HashChangeEvent('hashchange')));
    if (offer) {
      main.append(offer.element);
    }
    return { unmount: () => offer?.stop() };
  }
  const byPhase = h('div', { class: 'chart', id: 'chart-phases' });
  const bySize = h('div', { class: 'chart', id: 'chart-members' });
  main.append(
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, t('dash.byPhase')), byPhase),
      h('section', { class: 'card' }, h('h2', {}, t('dash.topMembers')), bySize)),
    h('section', { class: 'card' },
      h('h2', {}, t('dash.groups'), ' ', h('span', { class: 'muted small' }, t('dash.count', { n: groups.length }))),
      h('table', { class: 'table', id: 'groups' },
        h('thead', {}, h('tr', {},
          ['dash.name', 'dash.type', 'dash.phase', 'dash.members', 'dash.phaseSince', 'dash.activity', ''].map(key =>
            h('th', {}, key ? t(key) : '')))),
        h('tbody', {}, groups.map(group => h('tr', { dataset: { group: group.id } },
          h('td', {}, h('a', { href: `#/groups/${encodeURIComponent(group.id)}` }, group.name)),
          h('td', {}, t(`type.${group.type}`)),
          h('td', {}, h('span', { class: `phase phase-${group.phase}` }, phaseLabel(group.phase))),
          h('td', { class: 'num' }, String(group.memberCount)),
          h('td', {}, formatTime(group.phaseSince)),
          h('td', { class: 'num activity', dataset: { activity: group.id } }, '…'),
          h('td', {}, h('a', { href: `#/monitor/${encodeURIComponent(group.id)}` }, t('dash.monitor')))))))));

  const phases = [...PHASES, ...new Set(groups.map(group => group.phase).filter(phase => !PHASES.includes(phase)))];
  const counts = phases.map(phase => groups.filter(group => group.phase === phase).length);
  const largest = [...groups].sort((a, b) => b.memberCount - a.memberCount).slice(0, 10).reverse();
  const charts = [
    chart(byPhase, {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['40%', '70%'], label: { formatter: '{b}: {c}' },
        data: phases.map((phase, i) => ({ name: phaseLabel(phase), value: counts[i] })).filter(d => d.value > 0)
      }]
    }),
    chart(bySize, {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: largest.map(group => group.name) },
      series: [{ type: 'bar', name: t('dash.members'), data: largest.map(group => group.memberCount) }]
    })
  ];
  let unmounted = false;
  activityRates(groups, () => unmounted, main);
  return { unmount: () => { unmounted = true; charts.forEach(c => c.dispose()); } };
}

// Today's activity rate per group, from the metrics API, a few groups at a time so a long list
// does not flood the server. The groups come from the server's own list, so a 404 means there
// is no metrics API: every group then shows a dash that says why, without asking again.
async function activityRates(groups, stopped, main) {
  const queue = [...groups];
  let missing = false;
  const cell = group => main.querySelector(`td[data-activity="${CSS.escape(group.id)}"]`);
  const unavailable = el => {
    el.textContent = '—';
    el.title = t('dash.activityUnavailable');
    el.classList.add('muted');
  };
  const worker = async () => {
    while (queue.length > 0 && !missing && !stopped()) {
      const group = queue.shift();
      try {
        const metrics = await api.get(`/groups/${encodeURIComponent(group.id)}/metrics?days=1`);
        const rate = metrics.series.activityRate.at(-1);
        cell(group).textContent = rate === undefined || rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
      } catch (error) {
        missing ||= error instanceof ApiError && error.status === 404;
        unavailable(cell(group));
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (missing && !stopped()) {
    queue.map(cell).forEach(unavailable);
  }
}

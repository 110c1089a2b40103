import { api, ApiError, everyPage } from '../api.js';
import { chart } from '../charts.js';
import { emptyState, h } from '../dom.js';
import { formatTime, phaseLabel, t } from '../i18n.js';
import { groupActions } from './groupForm.js';

const LAYERS = ['core', 'active', 'silent', 'churned'];
const MODERATION = ['warnings', 'deletions', 'removals', 'mutes'];
const DAYS = 30;

const enc = encodeURIComponent;
const yuan = cents => (cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = rate => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);

/** A read that may not exist yet (an API still being built) answers null instead of failing the page. */
async function optional(path) {
  try {
    return await api.get(path);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501)) {
      return null;
    }
    throw error;
  }
}

/**
 * One group for operators: its facts, members by layer over time, moderation by category, rewards
 * against the red-envelope budget, and the SOP calendar with each post's reach, clicks and orders.
 * A chart whose data the server does not give says so: never a made-up number.
 */
export async function groupView(main, { params: [groupId], me }) {
  const path = `/groups/${enc(groupId)}`;
  const [group, metrics, posts, entries] = await Promise.all([
    api.get(path),
    optional(`${path}/metrics?days=${DAYS}`),
    optional(`${path}/sop/posts/metrics?days=${DAYS}`),
    everyPage(`${path}/sop/entries`)
  ]);
  const charts = [];
  const draw = (el, option) => charts.push(chart(el, option));
  const card = (key, id, ...body) => h('section', { class: 'card', id }, h('h2', {}, t(key)), body);
  const pending = (key, id) => h('section', { class: 'card', id, dataset: { pending: key } }, h('h2', {}, t(key)), emptyState(t('group.pending')));
  const box = id => h('div', { class: 'chart', id });

  const fill = h('div', { class: 'chart small-chart', id: 'chart-fill' });
  const facts = [
    ['group.intro', group.intro],
    ['group.type', t(`type.${group.type}`)],
    ['group.phase', phaseLabel(group.phase)],
    ['group.phaseSince', formatTime(group.phaseSince)],
    ['group.members', String(group.memberCount)],
    ['group.capacity', String(group.capacity)],
    ['group.tags', group.tags?.length ? group.tags.join('、') : t('group.noTags')],
    ['group.timeZone', group.timeZone],
    ['group.createdAt', formatTime(group.createdAt)]
  ];
  main.append(
    h('p', {}, h('a', { href: '#/' }, t('group.back'))),
    h('div', { class: 'toolbar' },
      h('h1', { id: 'group-name' }, group.name, ' ', h('span', { class: `phase phase-${group.phase}` }, phaseLabel(group.phase))),
      groupActions(group, me)),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' },
        h('dl', { class: 'facts' }, facts.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])),
        h('p', {}, h('a', { class: 'button', href: `#/monitor/${enc(group.id)}`, id: 'show-in-monitor' }, t('group.showInMonitor')))),
      h('section', { class: 'card' }, h('h2', {}, t('group.fill')), fill)));
  draw(fill, {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'pie', radius: ['55%', '75%'], label: { show: true, position: 'center', formatter: () => `${group.memberCount} / ${group.capacity}`, fontSize: 18 },
      data: [
        { name: t('group.members'), value: group.memberCount },
        { name: t('group.capacity'), value: Math.max(group.capacity - group.memberCount, 0), itemStyle: { color: '#e8e8e8' } }
      ]
    }]
  });

  if (metrics) {
    main.append(kpis(metrics));
  }

  // Members by layer: over time from the metrics; without them, today's counts the group read gives.
  const layers = box('chart-layers');
  const moderation = box('chart-moderation');
  main.append(h('div', { class: 'grid-2' },
    metrics || group.layers ? card(metrics ? 'group.layers' : 'group.layersNow', 'card-layers', layers) : pending('group.layers', 'card-layers'),
    metrics ? card('group.moderation', 'card-moderation', metrics.moderation.length ? moderation : emptyState(t('group.noModeration')))
      : pending('group.moderation', 'card-moderation')));
  if (metrics) {
    const days = metrics.series.days;
    draw(layers, {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: days, boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: LAYERS.map(layer => ({ type: 'line', stack: 'layers', areaStyle: {}, symbol: 'none', name: t(`layer.${layer}`), data: metrics.series[layer] }))
    });
    if (metrics.moderation.length) {
      draw(moderation, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: metrics.moderation.map(m => t(`cat.${m.category}`)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: MODERATION.map(kind => ({ type: 'bar', stack: 'moderation', name: t(`group.mod.${kind}`), data: metrics.moderation.map(m => m[kind]) }))
      });
    }
  } else if (group.layers) {
    draw(layers, {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}: {c}' },
        data: LAYERS.map(layer => ({ name: t(`layer.${layer}`), value: group.layers[layer] ?? 0 })) }]
    });
  }

  // Rewards against the budget, and activity.
  const rewards = box('chart-rewards');
  const activity = box('chart-activity');
  if (metrics) {
    const days = metrics.series.days;
    const budget = metrics.result.dailyRedEnvelopeBudgetCents;
    main.append(h('div', { class: 'grid-2' },
      card('group.rewards', 'card-rewards', h('p', { class: 'muted small', id: 'rewards-summary' }, t('group.rewardsSummary', {
        cost: yuan(metrics.result.rewardsCostCents), budget: budget === null || budget === undefined ? '—' : yuan(budget)
      })), rewards),
      card('group.activity', 'card-activity', activity)));
    draw(rewards, {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: days },
      // The budget line stays in view even on days spent well under it.
      yAxis: [{ type: 'value', name: t('group.yuan'), max: budget ? value => Math.max(value.max, budget / 100) : undefined },
        { type: 'value', name: t('group.points'), minInterval: 1 }],
      series: [
        { type: 'bar', name: t('group.redEnvelopes'), data: metrics.series.redEnvelopeCents.map(c => c / 100),
          markLine: budget ? { symbol: 'none', label: { formatter: t('group.budget') }, data: [{ yAxis: budget / 100 }] } : undefined },
        { type: 'line', name: t('group.pointsGranted'), yAxisIndex: 1, data: metrics.series.pointsGranted, symbol: 'none' }
      ]
    });
    draw(activity, {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: days },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { type: 'bar', name: t('group.messages'), data: metrics.series.messages },
        { type: 'bar', name: t('group.orders'), data: metrics.series.orders },
        { type: 'line', name: t('dash.activity'), yAxisIndex: 1, symbol: 'none', data: metrics.series.activityRate.map(r => +(r * 100).toFixed(1)) }
      ]
    });
  } else {
    main.append(h('div', { class: 'grid-2' }, pending('group.rewards', 'card-rewards'), pending('group.activity', 'card-activity')));
  }

  // The SOP calendar (what posts when) and how each post did.
  const postChart = box('chart-posts');
  main.append(h('div', { class: 'grid-2' },
    entries ? card('group.calendar', 'card-calendar', calendar(entries)) : pending('group.calendar', 'card-calendar'),
    posts ? card('group.sop', 'card-posts', posts.length ? [postChart, postTable(posts)] : emptyState(t('group.noPosts')))
      : pending('group.sop', 'card-posts')));
  if (posts?.length) {
    const shown = posts.slice(0, 14).reverse();
    draw(postChart, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: shown.map(p => formatTime(p.sentAt)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: ['reach', 'clicks', 'orders'].map(key => ({ type: 'bar', name: t(`group.post.${key}`), data: shown.map(p => p[key]) }))
    });
  }
  return { unmount: () => charts.forEach(c => c.dispose()) };
}

function kpis(metrics) {
  const { process, result } = metrics;
  const items = [
    ['group.kpi.joinRate', percent(process.joinRate)],
    ['group.kpi.retention7', percent(process.retention7)],
    ['group.kpi.retention30', percent(process.retention30)],
    ['group.kpi.growth', percent(process.growth)],
    ['group.kpi.orders', String(result.orders)],
    ['group.kpi.buyers', String(result.buyers)],
    ['group.kpi.gmv', `¥${yuan(result.gmvCents)}`],
    ['group.kpi.conversion', percent(result.conversion)]
  ];
  return h('section', { class: 'card kpis', id: 'group-kpis' },
    h('h2', {}, t('group.kpis', { days: DAYS })),
    h('div', { class: 'kpi-row' }, items.map(([key, value]) => h('div', { class: 'kpi', dataset: { kpi: key } },
      h('div', { class: 'kpi-value' }, value), h('div', { class: 'muted small' }, t(key))))));
}

function calendar(entries) {
  if (entries.length === 0) {
    return emptyState(t('group.noCalendar'));
  }
  const when = entry => entry.cadence === 'DAILY' ? t('sop.daily', { time: entry.time })
    : entry.cadence === 'WEEKLY' ? t('sop.weekly', { day: t(`sop.day.${entry.dayOfWeek}`), time: entry.time })
      : entry.cadence === 'MONTHLY' ? t('sop.monthly', { day: entry.dayOfMonth, time: entry.time })
        : t('sop.once', { date: entry.date, time: entry.time });
  return h('table', { class: 'table compact', id: 'sop-calendar' },
    h('thead', {}, h('tr', {}, ['sop.when', 'sop.purpose', 'sop.text'].map(key => h('th', {}, t(key))))),
    h('tbody', {}, entries.map(entry => h('tr', { dataset: { entry: entry.id } },
      h('td', { class: 'nowrap' }, when(entry)),
      h('td', {}, t(`sop.purpose.${entry.purpose}`)),
      h('td', {}, entry.text)))));
}

function postTable(posts) {
  return h('table', { class: 'table compact', id: 'sop-posts' },
    h('thead', {}, h('tr', {}, ['sop.sentAt', 'sop.text', 'group.post.reach', 'group.post.clicks', 'group.post.orders', 'group.post.gmv'].map(key => h('th', {}, t(key))))),
    h('tbody', {}, posts.map(post => h('tr', { dataset: { post: post.postId } },
      h('td', { class: 'nowrap' }, formatTime(post.sentAt)),
      h('td', { class: 'post-text' }, post.text),
      h('td', { class: 'num' }, String(post.reach)),
      h('td', { class: 'num' }, String(post.clicks)),
      h('td', { class: 'num' }, String(post.orders)),
      h('td', { class: 'num' }, `¥${yuan(post.gmvCents)}`)))));
}

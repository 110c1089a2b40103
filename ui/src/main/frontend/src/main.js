import './style.css';
import { api, ApiError, csrfToken, problemDetail } from './api.js';
import { h } from './dom.js';
import { applyI18n, missingKeys, onLangChange, rememberPhases, t, toggleLang } from './i18n.js';

// Views load on first use: the BPMN and chart libraries are large.
const dashboardView = (...args) => import('./views/dashboard.js').then(m => m.dashboardView(...args));
const groupView = (...args) => import('./views/group.js').then(m => m.groupView(...args));
const groupFormView = (...args) => import('./views/groupForm.js').then(m => m.groupFormView(...args));
const membersView = (...args) => import('./views/members.js').then(m => m.membersView(...args));
const sopView = (...args) => import('./views/sop.js').then(m => m.sopView(...args));
const modelerView = (...args) => import('./views/modeler.js').then(m => m.modelerView(...args));
const monitorView = (...args) => import('./views/monitor.js').then(m => m.monitorView(...args));
const rulesView = (...args) => import('./views/rules.js').then(m => m.rulesView(...args));
const wordsView = (...args) => import('./views/words.js').then(m => m.wordsView(...args));
const parametersView = (...args) => import('./views/parameters.js').then(m => m.parametersView(...args));
const auditView = (...args) => import('./views/audit.js').then(m => m.auditView(...args));
const wecomView = (...args) => import('./views/wecom.js').then(m => m.wecomView(...args));
const reviewsView = (...args) => import('./views/reviews.js').then(m => m.reviewsView(...args));
const peopleView = (...args) => import('./views/people.js').then(m => m.peopleView(...args));
const keysView = (...args) => import('./views/keys.js').then(m => m.keysView(...args));
const tasksView = (...args) => import('./views/tasks.js').then(m => m.tasksView(...args));

const PEOPLE = ['DESIGNER', 'COMPLIANCE', 'OPERATOR', 'VIEWER', 'ADMIN'];
// Viewers read the rule workbench too; only compliance staff get its edit controls.
const WORKBENCH = ['COMPLIANCE', 'VIEWER', 'ADMIN'];
// Compliance staff and operators give verdicts on moderation; viewers read the queue.
const REVIEWERS = ['COMPLIANCE', 'OPERATOR', 'VIEWER', 'ADMIN'];
// Operators run groups; admins may do what operators may.
const OPERATORS = ['OPERATOR', 'ADMIN'];

// What each role may open; the server enforces the same rules on every API call anyway.
const routes = [
  { name: 'dashboard', pattern: /^\/?$/, view: dashboardView, roles: PEOPLE, nav: 'nav.dashboard', href: '#/' },
  // Before 'group', which would take "new" for a group id.
  { name: 'groupNew', section: 'dashboard', pattern: /^\/groups\/new$/, view: groupFormView, roles: OPERATORS },
  { name: 'groupEdit', section: 'dashboard', pattern: /^\/groups\/([^/]+)\/edit$/, view: groupFormView, roles: OPERATORS },
  { name: 'sop', section: 'dashboard', pattern: /^\/groups\/([^/]+)\/sop$/, view: sopView, roles: PEOPLE },
  { name: 'members', section: 'dashboard', pattern: /^\/groups\/([^/]+)\/members$/, view: membersView, roles: PEOPLE },
  { name: 'group', section: 'dashboard', pattern: /^\/groups\/([^/]+)$/, view: groupView, roles: PEOPLE },
  { name: 'workflows', pattern: /^\/workflows$/, view: modelerView, roles: ['DESIGNER', 'ADMIN'], nav: 'nav.workflows', href: '#/workflows' },
  { name: 'monitor', pattern: /^\/monitor(?:\/([^/]+))?$/, view: monitorView, roles: PEOPLE, nav: 'nav.monitor', href: '#/monitor' },
  { name: 'rules', pattern: /^\/rules(?:\/([^/]+))?$/, view: rulesView, roles: WORKBENCH, nav: 'nav.rules', href: '#/rules' },
  { name: 'words', section: 'rules', pattern: /^\/words$/, view: wordsView, roles: WORKBENCH },
  { name: 'parameters', section: 'rules', pattern: /^\/parameters$/, view: parametersView, roles: WORKBENCH },
  { name: 'audit', section: 'rules', pattern: /^\/audit$/, view: auditView, roles: WORKBENCH },
  { name: 'wecom', pattern: /^\/wecom\/(tasks|live-codes|settings)(?:\/([^/]+))?$/, view: wecomView, roles: ['OPERATOR', 'ADMIN'], nav: 'nav.wecom', href: '#/wecom/tasks' },
  { name: 'tasks', pattern: /^\/tasks$/, view: tasksView, roles: PEOPLE, nav: 'nav.tasks', href: '#/tasks' },
  { name: 'reviews', pattern: /^\/reviews$/, view: reviewsView, roles: REVIEWERS, nav: 'nav.reviews', href: '#/reviews' },
  { name: 'people', pattern: /^\/people$/, view: peopleView, roles: ['ADMIN'], nav: 'nav.people', href: '#/people' },
  { name: 'keys', section: 'people', pattern: /^\/keys$/, view: keysView, roles: ['ADMIN'] }
];

const app = document.getElementById('app');
let me = null;
let mounted = null;
// Counts route changes, so a view that finishes loading after the next one began is recognised.
let routed = 0;

function may(route) {
  return route.roles.some(role => me.roles.includes(role));
}

function renderShell() {
  const nav = h('nav', { class: 'nav' },
    routes.filter(route => route.nav && may(route)).map(route =>
      h('a', { href: route.href, dataset: { route: route.name } }, t(route.nav))),
    h('a', { href: '/swagger-ui.html', target: '_blank', rel: 'noopener' }, t('nav.apiDocs')),
    me.roles.includes('ADMIN') ? h('a', { href: '/camunda/app/cockpit/default/', target: '_blank', rel: 'noopener', id: 'nav-cockpit' }, t('nav.cockpit')) : null);
  const logout = h('form', { method: 'post', action: '/logout', class: 'inline', onsubmit: event => {
    event.target.querySelector('input[name=_csrf]').value = csrfToken();
  } }, h('input', { type: 'hidden', name: '_csrf' }), h('button', { type: 'submit', class: 'link-button', id: 'logout' }, t('logout')));
  const header = h('header', { class: 'topbar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '群'), h('strong', {}, t('appTitle')), h('span', { class: 'muted' }, t('appSubtitle'))),
    nav,
    h('div', { class: 'user' },
      h('span', { id: 'who' }, me.username),
      me.roles.map(role => h('span', { class: 'badge', dataset: { role } }, t(`role.${role}`))),
      h('button', { type: 'button', class: 'link-button', id: 'lang', onclick: toggleLang }, t('otherLanguage')),
      logout));
  const main = h('main', { id: 'view' });
  app.replaceChildren(header, main);
  return main;
}

async function route() {
  const mine = ++routed;
  const path = window.location.hash.replace(/^#/, '') || '/';
  const target = routes.find(candidate => candidate.pattern.test(path));
  mounted?.unmount?.();
  mounted = null;
  const main = renderShell();
  document.title = t('appTitle');
  app.querySelectorAll('.nav a[data-route]').forEach(a => a.classList.toggle('active', a.dataset.route === (target?.section || target?.name)));
  if (!target) {
    main.append(h('p', { class: 'notice' }, t('notFound')));
    return;
  }
  if (!may(target)) {
    main.append(h('p', { class: 'notice error', id: 'not-allowed' }, t('notAllowed')));
    return;
  }
  let params;
  try {
    params = path.match(target.pattern).slice(1).map(p => p && decodeURIComponent(p));
  } catch {
    // A link with a broken %-escape (anyone can send one) names no page: said so, not a blank view.
    main.append(h('p', { class: 'notice', id: 'not-found' }, t('notFound')));
    return;
  }
  let view = null;
  try {
    view = await target.view(main, { params, me }) || {};
  } catch (error) {
    main.append(h('p', { class: 'notice error' }, t('failed') + problemDetail(error)));
  }
  if (mine !== routed) {
    // The person moved on while it loaded (a link, a language switch): left mounted, its key
    // handlers, polls and timers would go on acting beside the page now shown.
    view?.unmount?.();
    return;
  }
  mounted = view;
  // Lets tests (and anyone scripting the UI) know the view has finished loading.
  main.dataset.ready = target.name;
}

async function start() {
  try {
    me = await api.get('/me');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) {
      app.replaceChildren(h('p', { class: 'notice error' }, t('failed') + problemDetail(error)));
    }
    return;
  }
  // Phases a designer added are named by their workflows; a page can show them before it asks.
  rememberPhases(await api.get('/phases').catch(() => []));
  window.addEventListener('hashchange', route);
  // Views re-render in the new language; the modeler keeps its unsaved diagram across it.
  onLangChange(route);
  await route();
  applyI18n();
}

window.qunflow = { missingKeys };
start();

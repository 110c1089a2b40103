import { api, ApiError, problemDetail } from './api.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';

const POLL_MS = 1000;

/**
 * The empty dashboard's offer on the embedded default: load the demo community (three groups
 * marked 【演示】 with thirty days of members) and follow the load on a progress bar. Answers null
 * where the install does not offer it; `loaded` runs once the groups are there.
 */
export async function demoOffer(me, loaded) {
  let progress;
  try {
    progress = await api.get('/demo');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      return null;
    }
    throw error;
  }
  if (!progress.available) {
    return null;
  }
  // Loading writes groups and members into the install: admins only, as the API has it.
  const may = me.roles.includes('ADMIN');
  const bar = h('progress', { id: 'demo-progress', max: 100, value: 0, hidden: true });
  const percent = h('span', { id: 'demo-percent', class: 'muted small' });
  const status = h('p', { id: 'demo-status', class: 'notice', role: 'status', hidden: true });
  const button = may
    ? h('button', { type: 'button', class: 'primary', id: 'demo-load', onclick: start }, t('demo.load'))
    : h('p', { class: 'muted' }, t('demo.askAdmin'));
  let timer = null;
  let stopped = false;

  function show(p) {
    bar.hidden = p.state === 'IDLE';
    bar.value = p.percent;
    percent.textContent = p.state === 'RUNNING' ? t('demo.percent', { percent: p.percent }) : '';
    if (button.tagName === 'BUTTON') {
      button.disabled = p.state === 'RUNNING' || p.state === 'DONE';
    }
    status.hidden = p.state !== 'FAILED';
    status.className = 'notice error';
    status.textContent = p.state === 'FAILED' ? t('demo.failed', { detail: p.detail || '' }) : '';
    section.dataset.state = p.state;
  }

  async function poll() {
    if (stopped) {
      return;
    }
    const p = await api.get('/demo');
    show(p);
    if (p.state === 'RUNNING') {
      timer = setTimeout(poll, POLL_MS);
    } else if (p.state === 'DONE') {
      loaded();
    }
  }

  async function start() {
    try {
      show(await api.post('/demo'));
      timer = setTimeout(poll, POLL_MS);
    } catch (error) {
      status.hidden = false;
      status.className = 'notice error';
      status.textContent = t('failed') + problemDetail(error);
    }
  }

  const section = h('section', { class: 'card demo-offer', id: 'demo-offer' },
    h('h2', {}, t('demo.title')),
    h('p', {}, t('demo.about')),
    h('div', { class: 'progress-row' }, button, bar, percent),
    status);
  show(progress);
  if (progress.state === 'RUNNING') {
    timer = setTimeout(poll, POLL_MS);
  }
  return { element: section, stop: () => { stopped = true; clearTimeout(timer); } };
}

/** The login page's list of demo accounts, on the embedded default only; a click fills the form. */
export async function demoAccounts(container, username, password) {
  let options;
  try {
    const response = await fetch('/api/v1/sign-in/options', { headers: { Accept: 'application/json' } });
    options = response.ok ? await response.json() : null;
  } catch {
    options = null;
  }
  if (!options?.demo) {
    fill(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  fill(container,
    h('p', { class: 'muted small' }, t('login.demoAccounts', { password: options.password })),
    h('div', { class: 'demo-accounts' }, options.accounts.map(account => h('button', {
      type: 'button', class: 'small demo-account', dataset: { user: account.username },
      title: t(`role.about.${account.role}`),
      onclick: () => { username.value = account.username; password.value = options.password; }
    }, account.username, ' · ', t(`role.${account.role}`)))));
}

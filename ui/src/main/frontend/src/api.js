// Talks to the engine API with the session cookie. Refusals come back as problem+json; a lost
// session sends the person back to the login page.

import { lang, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function request(method, path, { body, contentType = 'application/json', accept = 'application/json' } = {}) {
  const headers = { Accept: `${accept}, application/problem+json` };
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  if (method !== 'GET') {
    // The session cookie alone never changes anything: the server wants the page's token too.
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : (contentType === 'application/json' ? JSON.stringify(body) : body)
  });
  if (response.status === 401) {
    window.location.assign('/login.html');
    throw new ApiError(401, { detail: 'login required' });
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json() : { detail: await response.text() };
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) {
    return null;
  }
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options) => request('POST', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  patch: (path, body, options) => request('PATCH', path, { ...options, body }),
  delete: (path, options) => request('DELETE', path, options)
};

/** The server's words in the page's language: it says most refusals in Chinese too, and the rest in English. */
export function inPageLanguage(english, chinese) {
  return lang() === 'zh-CN' && chinese ? chinese : english;
}

/** What a refusal says as a whole (its detail), in the page's language; any other failure's own message. */
export function problemSummary(error) {
  return error instanceof ApiError ? inPageLanguage(error.message, error.problem.detailZh) : error.message;
}

/**
 * A refusal in one line, in the page's language: the detail, then each field problem under the label
 * its form shows for that field. `labels` maps the API's field names to message keys
 * ({ timeZone: 'gf.timeZone' }); the items of a list share one label ('tags[2]' is found as 'tags',
 * 'entries[0].time' as 'entries.time'). A field the form does not name is told by its message alone:
 * the API's own field names are for programs, never for the people reading the page.
 */
export function problemDetail(error, labels = {}) {
  const items = error instanceof ApiError
    ? (error.problem.errors || []).map(item => fieldProblem(item, labels))
    : [];
  return [problemSummary(error), ...items].join('；');
}

function fieldProblem(item, labels) {
  const message = inPageLanguage(item.message, item.messageZh);
  const field = String(item.field ?? '');
  const key = labels[field] ?? labels[field.replace(/\[\d+]/g, '')];
  return key ? t('problem.field', { label: t(key), message }) : message;
}

/** Builds a query string from the values that are set: query({ q: 'x', n: null }) → '?q=x'. */
export function query(values) {
  const params = new URLSearchParams();
  Object.entries(values).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, value);
    }
  });
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Every item of a paged list ({ items, total, page, size }), read a page at a time, for a view that
 * needs the whole list at once (a calendar drawn over a month).
 */
export async function everyPage(path, size = 100) {
  const items = [];
  for (let page = 0; ; page++) {
    const result = await api.get(`${path}${query({ page, size })}`);
    items.push(...result.items);
    if (result.items.length < size || items.length >= result.total) {
      return items;
    }
  }
}

/** The CSRF token Spring Security hands the pages in a cookie, for the login and logout forms. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

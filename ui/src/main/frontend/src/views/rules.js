import { api, ApiError, inPageLanguage, problemDetail, query } from '../api.js';
import { emptyState, fill, h, statusLine } from '../dom.js';
import { formatTime, hasWords, lang, t } from '../i18n.js';
import { ruleEditor } from '../rules/editor.js';
import { SAMPLES } from '../rules/samples.js';
import { diffBlock, panelTabs, reasonGiven, workbenchTabs } from '../rules/tabs.js';

// What the page calls each field the server may refuse.
const LABELS = { source: 'fl.source', comment: 'rs.comment', version: 'rs.version', from: 'bt.from', to: 'bt.to', events: 'fl.events' };

// Edits not yet published survive a re-render (a language switch), per rule set.
const drafts = new Map();

const enc = encodeURIComponent;

/**
 * The problems in a source the server refused (a publish or a dry-run of a draft), read back from
 * errors[] saying "line 4, column 7: …"; null when the refusal was about something else.
 */
function refusedProblems(error) {
  const errors = error instanceof ApiError ? (error.problem.errors || []).filter(e => e.field === 'source') : [];
  return errors.length === 0 ? null : errors.map(item => {
    const match = /^line (\d+), column (\d+): ([\s\S]*)$/.exec(item.message || '');
    const where = match ? { line: Number(match[1]), column: Number(match[2]), message: match[3] } : { line: 0, column: 0, message: item.message };
    return { ...where, messageZh: item.messageZh };
  });
}

/**
 * Compliance's rule workbench: edit a rule set with validation marked at its lines, dry-run it,
 * publish with a reason, read the history and diffs, roll back, watch a shadow candidate and
 * backtest one over stored events. Viewers read everything and change nothing.
 */
export async function rulesView(main, { params: [wanted], me }) {
  const canEdit = me.roles.includes('COMPLIANCE');
  const ruleSets = await api.get('/rulesets');
  main.classList.add('wide');
  main.append(workbenchTabs('rules'));
  if (ruleSets.length === 0) {
    main.append(emptyState(t('rs.none')));
    return {};
  }
  const name = ruleSets.some(r => r.name === wanted) ? wanted : (ruleSets.find(r => r.name === 'moderation') || ruleSets[0]).name;
  let detail = await api.get(`/rulesets/${enc(name)}`);
  // What the server said about the text now in the editor: 'valid', 'invalid', or 'unknown' after an edit.
  let validity = 'unknown';
  let polling = null;
  let unmounted = false;

  const title = h('span', { id: 'rs-title' });
  const { element: status, say } = statusLine('rs-status');
  const problems = h('ul', { class: 'problems', id: 'rs-problems' });
  const editorHost = h('div', { class: 'rule-editor', id: 'rs-editor' });
  const comment = h('textarea', { id: 'rs-comment', rows: 2, placeholder: t('rs.commentPlaceholder') });
  const publishButton = h('button', { type: 'button', class: 'primary', id: 'rs-publish', onclick: publish }, t('rs.publish'));
  const list = h('ul', { class: 'definitions', id: 'rs-list' });

  function renderList() {
    list.replaceChildren(...ruleSets.map(r => h('li', { class: r.name === name ? 'active' : '' },
      h('a', { href: `#/rules/${enc(r.name)}`, dataset: { ruleset: r.name } }, r.name),
      h('span', { class: 'muted small' }, ` v${r.version} · ${r.author} · ${formatTime(r.publishedAt)}`))));
  }

  const dirty = () => editor.source() !== detail.source;

  function showState() {
    title.textContent = `${name} · v${detail.version}${dirty() ? ` · ${t('rs.unsaved')}` : ''}`;
    title.classList.toggle('dirty', dirty());
    publishButton.disabled = validity === 'invalid' || !dirty();
    publishButton.title = validity === 'invalid' ? t('rs.fixFirst') : !dirty() ? t('rs.nothingToPublish') : '';
  }

  function listProblems(items, kind) {
    problems.replaceChildren(...(items.length === 0 ? [h('li', { class: 'muted' }, t('rs.noProblems'))]
      : items.map(item => h('li', {
        class: `problem ${kind}`, dataset: { line: item.line },
        onclick: () => editor.goTo(item.line)
      }, h('code', {}, item.line > 0 ? t('rs.line', { line: item.line, column: item.column }) : t('rs.wholeSource')),
      ' ', problemWords(item)))));
  }

  /** A rule problem in the page's language; under a Chinese summary, the checker's own words as the detail. */
  function problemWords(item) {
    return [inPageLanguage(item.message, item.messageZh),
      lang() === 'zh-CN' && item.messageZh ? h('div', { class: 'muted small technical' }, item.message) : null];
  }

  const editor = ruleEditor(editorHost, {
    source: drafts.get(name) ?? detail.source,
    readOnly: !canEdit,
    onChange(source) {
      drafts.set(name, source);
      validity = 'unknown';
      showState();
    }
  });
  window.qunflow.ruleEditor = editor;

  async function validate() {
    say(t('rs.validating'));
    const result = await api.post(`/rulesets/${enc(name)}/validate`, { source: editor.source() });
    validity = result.valid ? 'valid' : 'invalid';
    editor.showProblems(result.valid ? result.warnings : result.errors, result.valid ? 'warning' : 'error');
    listProblems(result.valid ? result.warnings : result.errors, result.valid ? 'warning' : 'error');
    say(result.valid ? t('rs.valid', { n: result.warnings.length }) : t('rs.invalid', { n: result.errors.length }),
      result.valid ? 'success' : 'error');
    showState();
    return result.valid;
  }

  /** Marks a refused source's problems at their lines; false when the refusal was not about the source. */
  function markRefused(error) {
    const found = refusedProblems(error);
    if (found) {
      validity = 'invalid';
      editor.showProblems(found);
      listProblems(found, 'error');
      showState();
    }
    return Boolean(found);
  }

  async function publish() {
    if (!reasonGiven(comment, say)) {
      return;
    }
    publishButton.disabled = true;
    try {
      if (validity !== 'valid' && !(await validate())) {
        say(t('rs.publishRefused'), 'error');
        return;
      }
      const published = await api.post(`/rulesets/${enc(name)}/versions`, { source: editor.source(), comment: comment.value });
      comment.value = '';
      drafts.delete(name);
      await reload();
      say(t('rs.published', { name, version: published.version }), 'success');
    } catch (error) {
      if (markRefused(error)) {
        say(t('rs.publishRefused'), 'error');
      } else {
        say(t('failed') + problemDetail(error, LABELS), 'error');
      }
    } finally {
      showState();
    }
  }

  function revert() {
    editor.setSource(detail.source);
    drafts.delete(name);
    validity = 'unknown';
    editor.showProblems([]);
    listProblems([], '');
    say('');
    showState();
  }

  async function reload() {
    detail = await api.get(`/rulesets/${enc(name)}`);
    const summary = ruleSets.find(r => r.name === name);
    Object.assign(summary, { version: detail.version, author: detail.author, publishedAt: detail.publishedAt });
    editor.setSource(detail.source);
    drafts.delete(name);
    validity = 'valid';
    editor.showProblems([]);
    listProblems([], '');
    renderList();
    renderHistory();
  }

  // Dry-run: events (a sample or pasted) decided by the text in the editor, nothing stored or sent.
  const sample = h('select', { id: 'dr-sample', onchange: () => pickSample(sample.value) },
    SAMPLES.map(s => h('option', { value: s.name }, t(s.label))));
  const events = h('textarea', { id: 'dr-events', rows: 10, spellcheck: 'false', class: 'code' });
  const dryResults = h('div', { id: 'dr-results' });
  function pickSample(sampleName) {
    events.value = JSON.stringify(SAMPLES.find(s => s.name === sampleName).request(), null, 2);
  }
  pickSample(SAMPLES[0].name);

  async function dryRun() {
    let body;
    try {
      const parsed = JSON.parse(events.value);
      body = Array.isArray(parsed) ? { events: parsed } : parsed;
    } catch (error) {
      dryResults.replaceChildren(h('p', { class: 'notice error' }, t('dr.notJson') + error.message));
      return;
    }
    if (dirty()) {
      body = { ...body, source: editor.source() };
    }
    dryResults.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const result = await api.post(`/rulesets/${enc(name)}/dry-run`, body);
      const texts = new Map((body.events || []).map(e => [e.eventId, e.payload?.text]));
      fill(dryResults,
        h('p', { class: 'muted', id: 'dr-version' }, result.version === 0 ? t('dr.draft') : t('dr.active', { version: result.version })),
        h('table', { class: 'table compact' },
          h('thead', {}, h('tr', {}, ['dr.event', 'dr.decisions', 'dr.actions'].map(key => h('th', {}, t(key))))),
          h('tbody', {}, result.events.map(outcome => h('tr', { dataset: { event: outcome.eventId } },
            h('td', {}, h('code', {}, outcome.eventId), texts.get(outcome.eventId) ? h('div', { class: 'small' }, texts.get(outcome.eventId)) : null),
            h('td', { class: 'dr-decisions' }, outcome.error ? h('span', { class: 'error-text' }, outcome.error)
              : outcome.decisions.length === 0 ? h('span', { class: 'muted' }, t('dr.noDecision'))
                : outcome.decisions.map(d => h('div', {}, codeInWords(d.outcome), ' ', h('span', { class: 'small' }, d.rule),
                  d.reason ? h('div', { class: 'muted small' }, d.reason) : null))),
            h('td', { class: 'dr-actions' }, (outcome.actions || []).length === 0 ? h('span', { class: 'muted' }, '—')
              : outcome.actions.map(a => h('div', {}, codeInWords(a.type, 'action'), a.memberId ? ` ${a.memberId}` : '',
                a.text ? h('div', { class: 'muted small' }, a.text) : null))))))),
        (result.warnings || []).length ? h('ul', { class: 'problems' }, result.warnings.map(w => h('li', { class: 'problem' }, problemWords(w)))) : null);
    } catch (error) {
      markRefused(error);
      dryResults.replaceChildren(h('p', { class: 'notice error' }, t('failed') + problemDetail(error, LABELS)));
    }
  }

  // History: every version, what each changed, and rolling back to one (as a new version).
  const historyBody = h('tbody', { id: 'rs-history' });
  const diffArea = h('div', { id: 'rs-diff-area' });
  function renderHistory() {
    historyBody.replaceChildren(...detail.history.map(v => h('tr', { dataset: { version: v.version } },
      h('td', {}, `v${v.version}`, v.version === detail.version ? h('span', { class: 'badge' }, t('rs.activeBadge')) : null),
      h('td', {}, v.author),
      h('td', { class: 'comment-cell' }, v.comment || ''),
      h('td', {}, formatTime(v.publishedAt)),
      h('td', { class: 'row-actions' },
        v.version > 1 ? h('button', { type: 'button', class: 'small show-diff', onclick: () => showDiff(v.version) }, t('rs.diff')) : null,
        canEdit && v.version !== detail.version ? h('button', { type: 'button', class: 'small rollback', onclick: () => askRollback(v.version) }, t('rs.rollback')) : null))));
  }

  async function showDiff(version) {
    const diff = await api.get(`/rulesets/${enc(name)}/diff${query({ from: version - 1, to: version })}`);
    diffArea.replaceChildren(h('h3', {}, t('rs.diffTitle', { from: diff.from, to: diff.to })),
      diff.diff ? diffBlock(diff.diff, 'rs-diff') : h('p', { class: 'muted', id: 'rs-diff' }, t('rs.sameSource')));
  }

  function askRollback(version) {
    const reason = h('input', { type: 'text', id: 'rb-comment', placeholder: t('rs.commentPlaceholder'), class: 'grow' });
    const confirm = h('button', { type: 'button', class: 'primary', id: 'rb-confirm', onclick: async () => {
      if (!reasonGiven(reason, say)) {
        return;
      }
      confirm.disabled = true;
      try {
        const done = await api.post(`/rulesets/${enc(name)}/rollback`, { version, comment: reason.value });
        diffArea.replaceChildren();
        await reload();
        say(t('rs.rolledBack', { version, newVersion: done.version }), 'success');
      } catch (error) {
        say(t('failed') + problemDetail(error, LABELS), 'error');
        confirm.disabled = false;
      }
    } }, t('rs.rollbackConfirm'));
    diffArea.replaceChildren(h('div', { class: 'inline-form', id: 'rs-rollback' },
      h('strong', {}, t('rs.rollbackTo', { version })), reason, confirm,
      h('button', { type: 'button', onclick: () => diffArea.replaceChildren() }, t('cancel'))));
    reason.focus();
  }

  // Shadow: a candidate decided beside the active version on live traffic, never acted on.
  const shadowStatus = h('div', { id: 'sh-status' });
  const disagreements = h('div', { id: 'sh-disagreements' });
  // Starting a shadow and opening its panel both reload it: only the latest answers are drawn.
  let askedShadow = 0;
  async function loadShadow() {
    const mine = ++askedShadow;
    let running = null;
    try {
      running = await api.get(`/rulesets/${enc(name)}/shadow`);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        throw error;
      }
    }
    if (mine !== askedShadow) {
      return;
    }
    fill(shadowStatus,
      running ? h('p', { class: 'notice' }, t('sh.running', {
        by: running.startedBy, at: formatTime(running.startedAt), evaluated: running.evaluated,
        disagreements: running.disagreements, skipped: running.skipped
      }), running.comment ? h('div', { class: 'muted small' }, running.comment) : null) : h('p', { class: 'muted' }, t('sh.none')),
      canEdit ? h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'sh-start', onclick: startShadow }, t('sh.start')),
        running ? h('button', { type: 'button', id: 'sh-stop', onclick: stopShadow }, t('sh.stop')) : null) : null);
    const rows = await api.get(`/rulesets/${enc(name)}/shadow/disagreements?limit=100`);
    if (mine !== askedShadow) {
      return;
    }
    disagreements.replaceChildren(rows.length === 0 ? h('p', { class: 'muted' }, t('sh.noDisagreements'))
      : h('table', { class: 'table compact' },
        h('thead', {}, h('tr', {}, ['sh.at', 'sh.group', 'sh.member', 'sh.event', 'sh.activeOutcome', 'sh.candidateOutcome'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, rows.map(row => h('tr', { dataset: { id: row.id } },
          h('td', {}, formatTime(row.at)),
          h('td', {}, row.groupId ? h('a', { href: `#/groups/${enc(row.groupId)}` }, row.groupId) : '—'),
          h('td', {}, row.memberId || '—'),
          h('td', {}, row.eventId ? h('code', {}, row.eventId) : '—'),
          h('td', {}, `v${row.activeVersion}: ${row.activeOutcomes.join(', ') || '—'}`),
          h('td', {}, row.candidateOutcomes.join(', ') || '—', row.detail ? h('div', { class: 'muted small' }, row.detail) : null))))));
  }

  async function startShadow() {
    if (!reasonGiven(comment, say)) {
      return;
    }
    try {
      await api.post(`/rulesets/${enc(name)}/shadow`, { source: editor.source(), comment: comment.value });
      await loadShadow();
      say(t('sh.started'), 'success');
    } catch (error) {
      say(t('failed') + problemDetail(error, LABELS), 'error');
    }
  }

  async function stopShadow() {
    await api.delete(`/rulesets/${enc(name)}/shadow`);
    await loadShadow();
    say(t('sh.stopped'), 'success');
  }

  // Backtest: stored events replayed on the active version and on the editor's text, compared.
  const localInput = date => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const from = h('input', { type: 'datetime-local', id: 'bt-from', value: localInput(new Date(Date.now() - 7 * 86_400_000)) });
  const to = h('input', { type: 'datetime-local', id: 'bt-to', value: localInput(new Date(Date.now() + 60_000)) });
  const progress = h('progress', { id: 'bt-progress', max: 1, value: 0, hidden: true });
  const progressText = h('span', { id: 'bt-progress-text', class: 'muted small' });
  const report = h('div', { id: 'bt-report' });

  async function startBacktest() {
    report.replaceChildren();
    try {
      const started = await api.post(`/rulesets/${enc(name)}/backtests`, {
        source: editor.source(), from: new Date(from.value).toISOString(), to: new Date(to.value).toISOString()
      });
      watchBacktest(started);
    } catch (error) {
      report.replaceChildren(h('p', { class: 'notice error' }, t('failed') + problemDetail(error, LABELS)));
    }
  }

  function watchBacktest(view) {
    if (unmounted) {
      return;
    }
    progress.hidden = false;
    progress.max = Math.max(view.total, 1);
    progress.value = view.status === 'RUNNING' ? view.processed : progress.max;
    progressText.textContent = t('bt.progress', { processed: view.processed, total: view.total, status: t(`bt.status.${view.status}`) });
    progressText.dataset.status = view.status;
    if (view.status === 'RUNNING') {
      polling = setTimeout(async () => watchBacktest(await api.get(`/rulesets/${enc(name)}/backtests/${enc(view.id)}`)), 500);
    } else if (view.status === 'DONE') {
      showReport(view.report);
    } else {
      report.replaceChildren(h('p', { class: 'notice error' }, view.failure || view.status));
    }
  }

  function showReport(result) {
    const outcomes = [...new Set([...Object.keys(result.active), ...Object.keys(result.candidate)])].sort();
    fill(report,
      h('p', { id: 'bt-summary' }, t('bt.summary', { events: result.events, changed: result.changedEvents, members: result.changedMemberCount })),
      outcomes.length === 0 ? h('p', { class: 'muted' }, t('bt.noDecisions')) : h('table', { class: 'table compact', id: 'bt-outcomes' },
        h('thead', {}, h('tr', {}, ['bt.outcome', 'bt.active', 'bt.candidate', 'bt.change'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, outcomes.map(outcome => {
          const before = result.active[outcome] || 0;
          const after = result.candidate[outcome] || 0;
          return h('tr', { dataset: { outcome } }, h('td', {}, h('span', { class: 'outcome' }, outcome)),
            h('td', { class: 'num' }, String(before)), h('td', { class: 'num' }, String(after)),
            h('td', { class: `num ${after > before ? 'diff-add' : after < before ? 'diff-del' : ''}` }, after === before ? '0' : (after > before ? '+' : '') + (after - before)));
        }))),
      result.changedMembers.length === 0 ? null : h('table', { class: 'table compact', id: 'bt-members' },
        h('thead', {}, h('tr', {}, ['sh.group', 'sh.member', 'bt.active', 'bt.candidate'].map(key => h('th', {}, t(key))))),
        h('tbody', {}, result.changedMembers.map(m => h('tr', {},
          h('td', {}, m.groupId), h('td', {}, m.memberId),
          h('td', {}, Object.entries(m.active).map(([o, n]) => `${o}×${n}`).join(', ') || '—'),
          h('td', {}, Object.entries(m.candidate).map(([o, n]) => `${o}×${n}`).join(', ') || '—'))))));
  }

  const panels = panelTabs('rs-panels', [
    canEdit ? { name: 'dryrun', label: 'rs.panel.dryrun', body: [
      h('div', { class: 'inline-form' }, h('label', { class: 'inline-label' }, t('dr.sample'), ' ', sample),
        h('button', { type: 'button', class: 'primary', id: 'dr-run', onclick: dryRun }, t('dr.run'))),
      h('p', { class: 'muted small' }, t('dr.hint')), events, dryResults] } : null,
    { name: 'history', label: 'rs.panel.history', body: [
      h('table', { class: 'table compact' },
        h('thead', {}, h('tr', {}, ['rs.version', 'rs.author', 'rs.comment', 'rs.publishedAt', ''].map(key => h('th', {}, key ? t(key) : '')))),
        historyBody), diffArea] },
    { name: 'shadow', label: 'rs.panel.shadow', body: [h('p', { class: 'muted small' }, t('sh.hint')), shadowStatus, disagreements], onShow: () => loadShadow().catch(error => say(t('failed') + problemDetail(error, LABELS), 'error')) },
    canEdit ? { name: 'backtest', label: 'rs.panel.backtest', body: [
      h('p', { class: 'muted small' }, t('bt.hint')),
      h('div', { class: 'inline-form' }, h('label', { class: 'inline-label' }, t('bt.from'), ' ', from), h('label', { class: 'inline-label' }, t('bt.to'), ' ', to),
        h('button', { type: 'button', class: 'primary', id: 'bt-start', onclick: startBacktest }, t('bt.start'))),
      h('div', { class: 'progress-row' }, progress, progressText), report] } : null
  ].filter(Boolean));

  main.append(h('div', { class: 'modeler-page' },
    h('aside', { class: 'card wf-side' }, h('h2', {}, t('rs.ruleSets')), list),
    h('section', { class: 'wf-main' },
      h('div', { class: 'toolbar' },
        h('h1', {}, t('rs.title'), ' ', title),
        canEdit ? h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'rs-revert', onclick: revert }, t('rs.revert')),
          h('button', { type: 'button', id: 'rs-validate', onclick: () => validate().catch(error => say(t('failed') + problemDetail(error, LABELS), 'error')) }, t('rs.validate'))) : null),
      canEdit ? null : h('p', { class: 'notice', id: 'rs-read-only' }, t('rs.readOnly')),
      status,
      editorHost,
      h('section', { class: 'card' }, h('h2', {}, t('rs.problems')), problems),
      canEdit ? h('section', { class: 'card', id: 'rs-publish-box' },
        h('h2', {}, t('rs.publishTitle')),
        h('p', { class: 'muted small' }, t('rs.publishHint')),
        comment,
        h('div', { class: 'actions' }, publishButton)) : null,
      h('section', { class: 'card' }, panels.element))));

  renderList();
  renderHistory();
  listProblems([], '');
  showState();
  panels.show(canEdit ? 'dryrun' : 'history');
  return {
    unmount() {
      unmounted = true;
      clearTimeout(polling);
      editor.destroy();
      // An editor drawn since (after a language switch) keeps its handle.
      if (window.qunflow.ruleEditor === editor) {
        delete window.qunflow.ruleEditor;
      }
    }
  };
}

// An outcome or action in words, with the code the rule wrote beside it: compliance writes
// decide("DELETE_MESSAGE", …) in DRL, and reads the dry-run to see what that will do.
function codeInWords(code, kind = 'outcome') {
  const key = `rv.outcome.${code}`;
  return h('span', { class: kind },
    hasWords(key) ? t(key) : code,
    hasWords(key) ? h('code', { class: 'muted small code-beside' }, code) : null);
}

import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';

import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import { api, ApiError, inPageLanguage, problemDetail, problemSummary, query } from '../api.js';
import { fitBesidePalette } from '../bpmn/fit.js';
import { lintConfig } from '../bpmn/lint.js';
import { translateModule } from '../bpmn/translate.js';
import { h, statusLine } from '../dom.js';
import { formatTime, rememberPhases, t } from '../i18n.js';

// What the page calls each field the server may refuse.
const LABELS = { comment: 'wf.comment', toVersion: 'wf.version', groupIds: 'wf.migrationGroup' };

// Qunflow's element templates, shipped in workflows/element-templates/ for Desktop Modeler too.
const elementTemplates = Object.values(import.meta.glob('../../../../../../workflows/element-templates/*.json', {
  eager: true,
  import: 'default'
}));

// What is open survives a re-render (a language switch), so unsaved edits are not lost.
const state = { key: null, version: null, xml: null, dirty: false };

const NEW_DIAGRAM = id => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_${id}" targetNamespace="http://qunflow.io/workflows">
  <bpmn:process id="${id}" name="${t('wf.newName')}" isExecutable="true" camunda:historyTimeToLive="P180D">
    <bpmn:startEvent id="StartEvent_${id}" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${id}">
    <bpmndi:BPMNPlane id="Plane_${id}" bpmnElement="${id}">
      <bpmndi:BPMNShape id="StartEvent_${id}_di" bpmnElement="StartEvent_${id}"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** Designers draw, check and deploy workflows; every version stays listed and can be opened. */
export async function modelerView(main, { me }) {
  const canDeploy = me.roles.includes('DESIGNER');
  const canvas = h('div', { class: 'canvas', id: 'canvas' });
  const properties = h('div', { class: 'properties', id: 'properties' });
  const title = h('span', { id: 'wf-open' });
  const { element: status, say } = statusLine('wf-status');
  const comment = h('input', { type: 'text', id: 'wf-comment', class: 'wf-comment', placeholder: t('wf.commentPlaceholder'), 'aria-label': t('wf.comment') });
  const problems = h('ul', { class: 'problems', id: 'wf-problems' });
  const definitionsList = h('ul', { class: 'definitions', id: 'wf-definitions' });
  const versionsBody = h('tbody', { id: 'wf-versions' });
  const phasesList = h('ul', { class: 'definitions', id: 'wf-phases' });
  const fileInput = h('input', { type: 'file', id: 'wf-file', accept: '.bpmn,.xml', hidden: true, onchange: openFile });
  const migration = h('section', { class: 'wf-migration', id: 'wf-migration' });
  const deployButton = h('button', { type: 'button', class: 'primary', id: 'wf-deploy', onclick: deploy, disabled: !canDeploy }, t('wf.deploy'));

  main.classList.add('wide');
  main.append(
    h('div', { class: 'modeler-page' },
      h('aside', { class: 'card wf-side' },
        h('h2', {}, t('wf.definitions')), definitionsList,
        h('h2', {}, t('wf.versions')),
        h('table', { class: 'table compact' },
          h('thead', {}, h('tr', {}, ['wf.version', 'wf.deployedAt', 'wf.running', 'wf.comment', ''].map(key => h('th', {}, key ? t(key) : '')))),
          versionsBody),
        h('h2', {}, t('wf.phases')), h('p', { class: 'muted small' }, t('wf.phasesHint')), phasesList,
        canDeploy ? migration : null),
      h('section', { class: 'wf-main' },
        h('div', { class: 'toolbar' },
          h('h1', {}, t('wf.title'), ' ', title),
          h('div', { class: 'actions' },
            canDeploy ? h('button', { type: 'button', id: 'wf-new', onclick: newDiagram }, t('wf.new')) : null,
            h('button', { type: 'button', id: 'wf-open-file', onclick: () => fileInput.click() }, t('wf.openFile')),
            h('button', { type: 'button', id: 'wf-download', onclick: download }, t('wf.download')),
            canDeploy ? comment : null,
            deployButton, fileInput)),
        canDeploy ? null : h('p', { class: 'notice' }, t('wf.readOnly')),
        status,
        h('div', { class: 'wf-editor' }, canvas, properties),
        h('section', { class: 'card' }, h('h2', {}, t('wf.problems')), problems))));

  const modeler = new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: properties },
    linting: { bpmnlint: lintConfig },
    elementTemplates,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      ElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      lintModule,
      translateModule
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  window.qunflow.modeler = modeler;
  let serverMarked = [];

  modeler.on('commandStack.changed', async () => {
    state.dirty = true;
    showTitle();
    state.xml = (await modeler.saveXML({ format: true })).xml;
  });

  function showTitle() {
    title.textContent = state.key ? `${state.key}${state.version ? ` v${state.version}` : ''}` : '';
    // Lets tests (and anyone scripting the UI) know which workflow is open; load() sets it only
    // once the diagram's versions, phases and migration are listed beside it.
    title.dataset.key = state.key || '';
    title.classList.toggle('dirty', state.dirty);
    title.title = state.dirty ? t('wf.unsaved') : '';
    if (state.dirty) {
      title.textContent += ' *';
    }
  }

  function clearServerProblems() {
    const canvasService = modeler.get('canvas');
    serverMarked.forEach(id => canvasService.removeMarker(id, 'qf-error'));
    modeler.get('overlays').remove({ type: 'qf-error' });
    serverMarked = [];
    problems.replaceChildren(h('li', { class: 'muted' }, t('wf.noProblems')));
  }

  function listProblems(items) {
    problems.replaceChildren(...items.map(item => h('li', {
      class: `problem ${item.category}`,
      dataset: { element: item.elementId || '' },
      onclick: () => select(item.elementId)
    }, item.elementId ? h('code', {}, item.elementId) : null, ' ', item.message, item.line ? ` (${item.line}:${item.column ?? ''})` : '')));
  }

  function select(elementId) {
    const element = elementId && modeler.get('elementRegistry').get(elementId);
    if (element) {
      modeler.get('selection').select(element);
      modeler.get('canvas').scrollToElement(element);
    }
  }

  // A workflow opened while another is still loading (a click before the page has settled) waits
  // its turn: two imports at once would leave whichever finished last on screen, beside the other
  // one's versions and migration plan.
  let turn = Promise.resolve();
  function inTurn(work) {
    const done = turn.then(work);
    turn = done.catch(() => {});
    return done;
  }

  async function load(xml, key, version) {
    // The comments are read first, so the diagram, its versions and its title appear together.
    const loadedComments = await commentsOf(key);
    clearServerProblems();
    await modeler.importXML(xml);
    fitBesidePalette(modeler.get('canvas'));
    Object.assign(state, { key, version, xml, dirty: false });
    comments = loadedComments;
    renderDefinitions();
    showTitle();
  }

  function open(key, version) {
    return inTurn(async () => {
      say('');
      const xml = await api.get(`/workflows/${encodeURIComponent(key)}/xml${version ? `?version=${version}` : ''}`, { accept: 'application/xml' });
      const definition = definitions.find(d => d.key === key);
      await load(xml, key, version || definition?.latestVersion);
    });
  }

  function newDiagram() {
    return inTurn(async () => {
      const id = `Process_${Math.random().toString(36).slice(2, 9)}`;
      await load(NEW_DIAGRAM(id), id, null);
      state.dirty = true;
      showTitle();
    });
  }

  async function openFile(event) {
    const [file] = event.target.files;
    event.target.value = '';
    if (!file) {
      return;
    }
    await inTurn(async () => {
      try {
        const xml = await file.text();
        await load(xml, processIdIn(xml) || file.name.replace(/\.(bpmn|xml)$/, ''), null);
        state.dirty = true;
        showTitle();
      } catch (error) {
        say(t('wf.fileError') + error.message, 'error');
      }
    });
  }

  /** The id of the file's first process, read before it is imported (the canvas still shows the previous diagram). */
  function processIdIn(xml) {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process')[0]?.getAttribute('id');
  }

  function processKey() {
    const root = modeler.get('canvas').getRootElement()?.businessObject;
    const process = root?.$type === 'bpmn:Process' ? root : root?.participants?.[0]?.processRef;
    return process?.id;
  }

  async function download() {
    const { xml } = await modeler.saveXML({ format: true });
    const link = h('a', {
      href: URL.createObjectURL(new Blob([xml], { type: 'application/xml' })),
      download: `${processKey() || 'workflow'}${state.version && !state.dirty ? `-v${state.version}` : ''}.bpmn`
    });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function deploy() {
    clearServerProblems();
    say('');
    const linting = modeler.get('linting');
    const issues = await linting.lint();
    // bpmnlint answers per rule: { rule: [{ id, message, category }] }.
    const found = Object.entries(issues).flatMap(([rule, reports]) =>
      reports.map(report => ({ elementId: report.id, message: `${report.message} [${rule}]`, category: report.category })));
    const errors = found.filter(issue => issue.category === 'error');
    if (errors.length > 0) {
      linting.toggle(true);
      listProblems(found);
      say(t('wf.lintFailed', { n: errors.length }), 'error');
      return;
    }
    listProblems(found);
    deployButton.disabled = true;
    deployButton.textContent = t('wf.deploying');
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const deployed = await api.post(`/workflows${query({ comment: comment.value.trim() })}`, xml, { contentType: 'application/xml' });
      comment.value = '';
      const [first] = deployed.definitions;
      Object.assign(state, { key: first.key, version: first.version, xml, dirty: false });
      await refresh();
      showTitle();
      say(t('wf.deployed', { key: first.key, version: first.version }), 'success');
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.problem.errors)) {
        markServerProblems(error.problem.errors);
        say(t('wf.refused') + problemSummary(error), 'error');
      } else {
        say(t('failed') + problemDetail(error, LABELS), 'error');
      }
    } finally {
      deployButton.disabled = false;
      deployButton.textContent = t('wf.deploy');
    }
  }

  /** The server's words in the page's language: refusals come in English and Chinese. */
  function localized(error) {
    const message = inPageLanguage(error.message, error.messageZh);
    return error.attribute && !message.includes(error.attribute) ? `${error.attribute}: ${message}` : message;
  }

  function markServerProblems(serverErrors) {
    const errors = serverErrors.map(error => ({ ...error, message: localized(error) }));
    const registry = modeler.get('elementRegistry');
    const overlays = modeler.get('overlays');
    const canvasService = modeler.get('canvas');
    for (const error of errors) {
      if (error.elementId && registry.get(error.elementId)) {
        canvasService.addMarker(error.elementId, 'qf-error');
        serverMarked.push(error.elementId);
        overlays.add(error.elementId, 'qf-error', {
          position: { top: -14, right: 14 },
          html: h('div', { class: 'qf-error-badge', title: error.message, dataset: { element: error.elementId } }, '!')
        });
      }
    }
    listProblems(errors.map(error => ({ ...error, category: 'error' })));
    select(errors.find(error => error.elementId)?.elementId);
  }

  let definitions = [];
  // The phases every deployed workflow declares (GET /phases), shown for the open one.
  let phases = [];
  // Each deploy's comment, from the audit trail ("deployed version N"), by version of the open workflow.
  let comments = new Map();

  function renderDefinitions() {
    definitionsList.replaceChildren(...(definitions.length === 0 ? [h('li', { class: 'muted' }, t('wf.none'))] :
      definitions.map(d => h('li', { class: d.key === state.key ? 'active' : '' },
        h('a', { href: '#/workflows', dataset: { key: d.key }, onclick: event => { event.preventDefault(); open(d.key); } },
          d.name || d.key),
        h('span', { class: 'muted small' }, ` ${d.key} · v${d.latestVersion}`)))));
    const current = definitions.find(d => d.key === state.key);
    versionsBody.replaceChildren(...(current?.versions || []).map(v => h('tr', { dataset: { version: v.version } },
      h('td', {}, `v${v.version}`),
      h('td', { title: v.source || '' }, formatTime(v.deployedAt)),
      h('td', { class: 'num' }, String(v.runningInstances)),
      h('td', { class: 'small wf-version-comment' }, comments.get(v.version) || ''),
      h('td', {}, v.version === state.version && !state.dirty
        ? h('span', { class: 'muted small' }, t('wf.opened'))
        : h('button', { type: 'button', class: 'small', onclick: () => open(current.key, v.version) }, t('wf.open'))))));
    renderMigration();
    renderPhases();
  }

  /** The phases the open workflow's deployed version declares, as GET /phases lists them. */
  function renderPhases() {
    const declared = phases.filter(phase => phase.workflowKey === state.key);
    phasesList.replaceChildren(...(declared.length === 0 ? [h('li', { class: 'muted small' }, t('wf.phasesNone'))] :
      declared.map(phase => h('li', { dataset: { phase: phase.name } },
        h('code', {}, phase.name), ' ', phase.label,
        h('span', { class: 'muted small' }, ` v${phase.workflowVersion}`)))));
  }

  async function refresh() {
    [definitions, phases] = await Promise.all([api.get('/workflows'), api.get('/phases')]);
    rememberPhases(phases);
    comments = await commentsOf(state.key);
    renderDefinitions();
  }

  /** Moving running groups onto the open version: the plan (a dry run) first, then the ticked groups. */
  function renderMigration() {
    const current = definitions.find(d => d.key === state.key);
    const target = state.version;
    const elsewhere = (current?.versions || []).filter(v => v.version !== target && v.runningInstances > 0);
    if (!current || !target || state.dirty) {
      migration.replaceChildren();
      return;
    }
    migration.replaceChildren(
      h('h2', {}, t('wf.migration')),
      elsewhere.length === 0
        ? h('p', { class: 'muted small' }, t('wf.migrationNone'))
        : h('p', { class: 'small' }, t('wf.migrationHint', { version: target })),
      elsewhere.length === 0 ? null
        : h('button', { type: 'button', id: 'wf-migration-plan', onclick: () => plan(current.key, target) }, t('wf.migrationPlan')));
  }

  async function plan(key, target) {
    const answer = await api.post(`/workflows/${encodeURIComponent(key)}/migrations`, { toVersion: target, dryRun: true });
    const rows = answer.plan.map(step => h('tr', { dataset: { group: step.groupId } },
      h('td', {}, h('input', { type: 'checkbox', checked: step.ok, disabled: !step.ok, value: step.groupId, 'aria-label': step.groupId })),
      h('td', {}, step.groupId),
      h('td', {}, `v${step.fromVersion}`),
      h('td', { class: step.ok ? 'ok small' : 'error small' },
        step.ok ? t('wf.migrationOk') : t('wf.migrationBlocked') + step.problems.map((problem, i) => inPageLanguage(problem, step.problemsZh?.[i])).join('; '))));
    const table = h('table', { class: 'table compact', id: 'wf-migration-table' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('wf.migrationGroup')), h('th', {}, t('wf.migrationFrom')), h('th', {}, ''))),
      h('tbody', {}, ...rows));
    const go = h('button', { type: 'button', class: 'primary', id: 'wf-migrate', onclick: async () => {
      const groupIds = [...table.querySelectorAll('input:checked')].map(box => box.value);
      if (groupIds.length === 0) {
        return;
      }
      go.disabled = true;
      try {
        const done = await api.post(`/workflows/${encodeURIComponent(key)}/migrations`, { toVersion: target, groupIds, dryRun: false });
        await refresh();
        say(t('wf.migrated', { n: done.plan.filter(step => step.ok).length, version: target }), 'success');
      } catch (error) {
        say(t('failed') + problemDetail(error, LABELS), 'error');
        go.disabled = false;
      }
    } }, t('wf.migrate'));
    migration.replaceChildren(h('h2', {}, t('wf.migration')), table, go);
  }

  async function commentsOf(key) {
    if (!key) {
      return new Map();
    }
    const entries = await api.get(`/audit${query({ subjectType: 'workflow', subject: key, limit: 500 })}`);
    // A deploy without a comment is described by the server, in Chinese too.
    return new Map(entries.map(entry => [Number(/(\d+)$/.exec(entry.change)?.[1]), inPageLanguage(entry.comment, entry.commentZh)]));
  }

  await refresh();
  if (state.xml && state.dirty) {
    await inTurn(async () => {
      await load(state.xml, state.key, state.version);
      state.dirty = true;
      showTitle();
    });
  } else if (state.key) {
    await open(state.key, state.version);
  } else if (definitions.length > 0) {
    await open((definitions.find(d => d.key === 'group-lifecycle') || definitions[0]).key);
  } else if (canDeploy) {
    await newDiagram();
  }

  return {
    unmount() {
      modeler.destroy();
      // A modeler drawn since (after a language switch) keeps its handle.
      if (window.qunflow.modeler === modeler) {
        delete window.qunflow.modeler;
      }
    }
  };
}

// One mounted self-assessment: holds the current state, saves it on every change, and keeps
// the progress, summary and comparison in step with the form. File actions (export, import,
// compare, start again) live in actions.js; loading the saved answers in load.js.

import { el } from './dom.js';
import { applyEdit, serialiseState } from './state.js';
import { summarise } from './scoring.js';
import { compareAssessments } from './compare.js';
import { writeStored } from './store.js';
import { storageProblem } from './storage-messages.js';
import { createMessageRegion, showMessage } from './ui/messages.js';
import { renderToolbar } from './ui/toolbar.js';
import { renderHeaderFields } from './ui/header-fields.js';
import { renderKeyFactor } from './ui/key-factor.js';
import { renderContextFactors } from './ui/context-factors.js';
import { renderProgress, updateProgress } from './ui/progress.js';
import { renderSummary } from './ui/summary.js';
import { renderCompareSection, renderCompareTable } from './ui/compare-view.js';
import { editFromControl } from './ui/fields.js';
import { updateOpenStatus } from './ui/key-factor.js';
import { loadSavedState } from './load.js';
import { wireActions } from './actions.js';

// Edits to these fields change the summary; notes and header fields do not.
const SUMMARY_FIELDS = new Set(['answer', 'judgement', 'applies']);

function renderForm(data, state, summary) {
  return [
    renderHeaderFields(state.header),
    el('section', { class: 'ic-key-factors', 'aria-labelledby': 'ic-kf-heading' },
      el('h2', { id: 'ic-kf-heading' }, 'Key factors'),
      el('p', {}, 'Open a key factor to answer its guide questions and judge whether it is in place in your city.'),
      data.key_factors.map((kf, index) => renderKeyFactor(kf, state.key_factors[kf.slug], summary.keyFactors[index], index))),
    renderContextFactors(data.context_factors, state),
    renderProgress(summary),
  ];
}

export function mountAssessment(root, data) {
  const toolbar = renderToolbar();
  const messages = createMessageRegion();
  const form = el('div', { class: 'ic-form' });
  const summaryArea = el('div', { class: 'ic-summary-area' });
  const compare = renderCompareSection();

  const app = {
    root, data, toolbar, messages, compare,
    state: null,
    savedText: null,
    saveFailed: false,
    baseline: null,

    // Replace the whole state (load, import, start again) and rebuild the form from it.
    replaceState(state) {
      app.state = state;
      const summary = summarise(data, state);
      form.replaceChildren(...renderForm(data, state, summary).filter(Boolean));
      app.refresh(summary);
    },

    refresh(summary = summarise(data, app.state)) {
      updateProgress(root, summary);
      app.chartWidth = root.clientWidth || undefined;
      summaryArea.replaceChildren(renderSummary(data, app.state, summary, app.chartWidth));
      app.refreshComparison();
    },

    refreshComparison() {
      if (!app.baseline) return compare.result.replaceChildren();
      const rows = compareAssessments(data, app.baseline.state, app.state);
      compare.result.replaceChildren(...renderCompareTable(rows, app.baseline.state, app.baseline.fileName, () => app.clearBaseline()));
    },

    clearBaseline() {
      app.baseline = null;
      app.refreshComparison();
      compare.fileInput.focus();
    },

    // Writes the answers to this browser's storage; says so when that fails (once, until a
    // later save works again) and returns whether the answers are stored.
    save() {
      const text = serialiseState(app.state);
      if (text === app.savedText) return true;
      const written = writeStored(data.toolkit.slug, text);
      if (written.ok) {
        app.savedText = text;
        if (app.saveFailed) showMessage(messages, { kind: 'info', text: 'Your answers are saved in this browser again.' });
        app.saveFailed = false;
        return true;
      }
      if (!app.saveFailed) showMessage(messages, { kind: 'error', text: `Your last change was not saved. ${storageProblem(written)}` });
      app.saveFailed = true;
      return false;
    },

    handleControl(control, { fromInput }) {
      // Radios and checkboxes are handled on "change"; text fields on every "input" (their
      // later "change" would only repeat the same value).
      const isChoice = control.type === 'radio' || control.type === 'checkbox';
      if (fromInput === isChoice) return;
      const edit = editFromControl(control);
      if (!edit) return;
      const next = applyEdit(app.state, edit, new Date().toISOString());
      if (next === app.state) return;
      app.state = next;
      app.save();
      if (SUMMARY_FIELDS.has(edit.field) || (edit.field === 'written' && updateOpenStatus(control))) app.refresh();
    },
  };

  root.addEventListener('change', (event) => app.handleControl(event.target, { fromInput: false }));
  root.addEventListener('input', (event) => app.handleControl(event.target, { fromInput: true }));
  root.addEventListener('click', (event) => openLinkedKeyFactor(root, event));

  root.replaceChildren(toolbar.section, messages, form, summaryArea, compare.section);
  root.classList.add('ic-assessment--ready');
  // The chart is drawn for the width of the page: draw it again when that changes much.
  new ResizeObserver(() => {
    if (app.state && Math.abs(root.clientWidth - (app.chartWidth ?? 0)) > 40) app.refresh();
  }).observe(root);
  const loaded = loadSavedState(data);
  app.savedText = loaded.savedText;
  app.replaceState(loaded.state);
  if (loaded.message) showMessage(messages, loaded.message);
  wireActions(app);
  return app;
}

// Links from the summary and comparison tables open the key factor they point to.
function openLinkedKeyFactor(root, event) {
  const link = event.target.closest?.('a[data-ic-open]');
  if (!link) return;
  const details = root.querySelector(link.getAttribute('href'));
  if (!details) return;
  event.preventDefault();
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  details.querySelector('summary')?.focus();
}

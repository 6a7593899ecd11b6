// The file and reset actions of a mounted assessment: export JSON and CSV, print, import a JSON
// export, load a baseline to compare with, and start again. A failed import or comparison only
// shows a message: the answers on the page are never touched by it.

import { emptyState, isEmptyState, serialiseState } from './state.js';
import { readImport, describeCounts, MAX_IMPORT_BYTES } from './importer.js';
import { exportJson, exportFileName } from './export.js';
import { assessmentCsv } from './csv.js';
import { plural, formatSize } from './format.js';
import { removeStored, writeStored } from './store.js';
import { storageProblem } from './storage-messages.js';
import { downloadText, readFileText } from './download.js';
import { showMessage } from './ui/messages.js';
import { askToConfirm } from './ui/confirm.js';

// Reads the chosen file and clears the input, so choosing the same file again fires "change".
// A file larger than any export is refused by its size, before it is read.
async function takeFile(input, region) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > MAX_IMPORT_BYTES) {
    showMessage(region, { kind: 'error', text: `The file "${file.name}" is ${formatSize(file.size)}; a self-assessment export is at most ${formatSize(MAX_IMPORT_BYTES)}, so it was not read. Nothing was changed.` });
    return null;
  }
  try {
    return { name: file.name, text: await readFileText(file) };
  } catch {
    showMessage(region, { kind: 'error', text: `The file "${file.name}" could not be read. Nothing was changed.` });
    return null;
  }
}

function exportFile(app, extension) {
  const { data, state } = app;
  const fileName = exportFileName(data, state, extension);
  if (extension === 'json') downloadText(exportJson(data, state), fileName, 'application/json');
  else downloadText(assessmentCsv(data, state), fileName, 'text/csv');
  showMessage(app.messages, { kind: 'success', text: `Exported as "${fileName}" (look in your downloads folder).` });
}

// The imported answers are stored first and shown after: when the browser's storage is full,
// the answers on the page and in storage stay as they were. When storage is switched off
// altogether, the answers are shown anyway (nothing could be kept either way).
function applyImport(app, result, fileName) {
  const text = serialiseState(result.state);
  const written = writeStored(app.data.toolkit.slug, text);
  if (!written.ok && written.reason === 'full') {
    showMessage(app.messages, { kind: 'error', text: `The answers in "${fileName}" were not imported, and the answers on this page are as they were. ${storageProblem(written)}` });
    return;
  }
  app.savedText = written.ok ? text : app.savedText;
  app.replaceState(result.state);
  const unsaved = written.ok ? '' : ` They are not saved in this browser. ${storageProblem(written)}`;
  showMessage(app.messages, {
    kind: !written.ok ? 'error' : result.dropped.length ? 'warning' : 'success',
    text: `Imported from "${fileName}": ${describeCounts(result)}.${unsaved}`,
    dropped: result.dropped,
    notes: result.notes,
  });
}

async function importFile(app) {
  const { toolbar, messages } = app;
  const file = await takeFile(toolbar.importFile, messages);
  if (!file) return;
  const result = readImport(file.text, app.data);
  if (!result.ok) {
    showMessage(messages, { kind: 'error', text: `"${file.name}": ${result.error}` });
    return;
  }
  if (isEmptyState(app.state)) {
    applyImport(app, result, file.name);
    return;
  }
  const leftOut = result.dropped.length ? ` ${plural(result.dropped.length, 'item')} in the file cannot be imported; they will be listed.` : '';
  askToConfirm(toolbar.importConfirmArea, {
    idPrefix: 'ic-import',
    question: `Replace the answers on this page with those in "${file.name}"? The file has ${describeCounts(result)}.${leftOut} The answers now on the page will be lost unless you export them first.`,
    confirmLabel: 'Replace my answers',
    returnFocus: toolbar.importFile,
    onConfirm: () => {
      applyImport(app, result, file.name);
      toolbar.importFile.focus();
    },
    onCancel: () => showMessage(messages, { kind: 'info', text: 'Import cancelled. Nothing was changed.' }),
  });
}

async function loadBaseline(app) {
  const { compare } = app;
  const file = await takeFile(compare.fileInput, compare.messages);
  if (!file) return;
  const result = readImport(file.text, app.data);
  if (!result.ok) {
    showMessage(compare.messages, { kind: 'error', text: `"${file.name}": ${result.error.replace('Nothing was changed.', 'The comparison was not changed.')}` });
    return;
  }
  app.baseline = { state: result.state, fileName: file.name };
  app.refreshComparison();
  showMessage(compare.messages, {
    kind: result.dropped.length ? 'warning' : 'success',
    text: `Comparing with "${file.name}".`,
    dropped: result.dropped,
    notes: result.notes,
  });
}

function startAgain(app) {
  const { toolbar } = app;
  askToConfirm(toolbar.startAgainArea, {
    idPrefix: 'ic-start-again',
    question: 'Delete all answers, judgements and notes of this self-assessment from this browser? This cannot be undone. Export your answers first if you want to keep them.',
    confirmLabel: 'Yes, delete all answers',
    returnFocus: toolbar.startAgain,
    onConfirm: () => {
      if (!removeStored(app.data.toolkit.slug)) {
        showMessage(app.messages, { kind: 'error', text: 'The answers saved in this browser could not be deleted (storage is switched off or blocked). Nothing was changed.' });
        toolbar.startAgain.focus();
        return;
      }
      app.savedText = null;
      app.replaceState(emptyState(app.data));
      showMessage(app.messages, { kind: 'success', text: 'All answers were deleted. The form is empty.' });
      toolbar.startAgain.focus();
    },
  });
}

export function wireActions(app) {
  const { toolbar, compare } = app;
  toolbar.exportJson.addEventListener('click', () => exportFile(app, 'json'));
  toolbar.exportCsv.addEventListener('click', () => exportFile(app, 'csv'));
  toolbar.print.addEventListener('click', () => window.print());
  toolbar.importFile.addEventListener('change', () => importFile(app));
  toolbar.startAgain.addEventListener('click', () => startAgain(app));
  compare.fileInput.addEventListener('change', () => loadBaseline(app));
}

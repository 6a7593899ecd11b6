// The file and reset actions of a mounted assessment: export JSON and CSV, print, import a JSON
// export (import-action.js), load a baseline to compare with, and start again. A failed
// comparison only shows a message: the answers on the page are never touched by it.

import { emptyState } from './state.js';
import { readImport } from './importer.js';
import { exportJson, exportFileName } from './export.js';
import { assessmentCsv } from './csv.js';
import { removeStored } from './store.js';
import { downloadText } from './download.js';
import { showMessage } from './ui/messages.js';
import { askToConfirm } from './ui/confirm.js';
import { takeFile, importFile } from './import-action.js';

function exportFile(app, extension) {
  const { data, state } = app;
  const fileName = exportFileName(data, state, extension);
  if (extension === 'json') downloadText(exportJson(data, state), fileName, 'application/json');
  else downloadText(assessmentCsv(data, state), fileName, 'text/csv');
  showMessage(app.messages, { kind: 'success', text: `Exported as "${fileName}" (look in your downloads folder).` });
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

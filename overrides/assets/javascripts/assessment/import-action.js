// Importing a JSON export: choose a file (refused by its size if it cannot be an export), check
// it, ask before replacing answers, and store it before showing it. A failed import only shows a
// message: the answers on the page and in this browser are never touched by it.

import { isEmptyState, serialiseState } from './state.js';
import { readImport, describeCounts, MAX_IMPORT_BYTES } from './importer.js';
import { plural, formatSize } from './format.js';
import { writeStored } from './store.js';
import { storageProblem } from './storage-messages.js';
import { readFileText } from './download.js';
import { showMessage } from './ui/messages.js';
import { askToConfirm } from './ui/confirm.js';

// Reads the chosen file and clears the input, so choosing the same file again fires "change".
// A file larger than any export is refused by its size, before it is read.
export async function takeFile(input, region) {
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

export async function importFile(app) {
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

// Keeps two tabs with the same self-assessment from overwriting each other. When another tab
// saves (a "storage" event), its answers are merged into this tab's field by field (merge.js):
// the controls are updated in place, never rebuilt, and the one in use here keeps its value, so
// nothing being typed is lost. A deletion in the other tab is only offered, not applied.

import { storageKey } from './store.js';
import { emptyState } from './state.js';
import { readImport } from './importer.js';
import { mergeStates, fieldKey, fieldValue } from './merge.js';
import { fieldOfControl, showFieldValue } from './ui/fields.js';
import { updateOpenStatus } from './ui/key-factor.js';
import { showMessage } from './ui/messages.js';

function stateOf(app, text) {
  const result = text ? readImport(text, app.data) : null;
  return result?.ok ? result.state : emptyState(app.data);
}

function showInPlace(app, state, inUse) {
  for (const control of app.root.querySelectorAll('.ic-form [data-ic-field]')) {
    if (control === inUse) continue;
    showFieldValue(control, fieldValue(state, fieldOfControl(control)));
    if (control.dataset.icField === 'written') updateOpenStatus(control);
  }
}

function offerToEmpty(app) {
  app.savedText = null;
  showMessage(app.messages, {
    kind: 'warning',
    text: 'The answers were deleted in another tab or window. This page still shows them, and saves them again at your next change here.',
    actions: [{ id: 'ic-sync-empty', label: 'Empty this page too', onClick: () => {
      app.replaceState(emptyState(app.data));
      showMessage(app.messages, { kind: 'info', text: 'The form is empty, as in the other tab.' });
    } }],
  });
}

function takeOver(app, newText) {
  if (newText === app.savedText) return;
  if (newText === null) return offerToEmpty(app);
  const result = readImport(newText, app.data);
  if (!result.ok) return;
  const active = document.activeElement;
  const inUse = app.root.contains(active) && fieldOfControl(active) ? active : null;
  const editing = new Set(inUse ? [fieldKey(fieldOfControl(inUse))] : []);
  const merged = mergeStates(app.data, { base: stateOf(app, app.savedText), ours: app.state, theirs: result.state, editing });
  app.savedText = newText;
  app.state = merged;
  showInPlace(app, merged, inUse);
  app.refresh();
  app.save(); // only writes when something of this tab's was kept
  if (!app.syncNote?.isConnected) {
    app.syncNote = showMessage(app.messages, { kind: 'info', text: 'Answers changed in another tab or window are now on this page too; what you were typing here is kept.' });
  }
}

let installed = false;

// getApps returns the currently mounted assessments.
export function installStorageSync(getApps) {
  if (installed) return;
  installed = true;
  window.addEventListener('storage', (event) => {
    for (const app of getApps()) {
      if (!app.root.isConnected) continue;
      if (event.key === null) takeOver(app, null); // localStorage.clear() in another tab
      else if (event.key === storageKey(app.data.toolkit.slug)) takeOver(app, event.newValue);
    }
  });
}

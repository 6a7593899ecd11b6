// Keeps two tabs with the same self-assessment from overwriting each other: when another tab
// saves (a "storage" event), this tab takes over those answers and says so, instead of writing
// its older copy back over them at the next change.

import { storageKey } from './store.js';
import { emptyState } from './state.js';
import { readImport } from './importer.js';
import { showMessage } from './ui/messages.js';

function takeOver(app, newText) {
  if (newText === app.savedText) return;
  if (newText === null) {
    app.savedText = null;
    app.replaceState(emptyState(app.data));
    showMessage(app.messages, { kind: 'info', text: 'The answers were deleted in another tab or window, so the form is empty here too.' });
    return;
  }
  const result = readImport(newText, app.data);
  if (!result.ok) return;
  app.savedText = newText;
  app.replaceState(result.state);
  showMessage(app.messages, { kind: 'info', text: 'The answers were changed in another tab or window; this page now shows them.' });
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

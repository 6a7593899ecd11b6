// Loads the answers saved in this browser for a toolkit. The saved copy goes through the same
// checks as an imported file, because the site may have been updated since it was saved (a key
// factor renamed or removed). What cannot be kept is listed, and the saved copy as it was can
// be downloaded before the next change overwrites it.

import { emptyState } from './state.js';
import { readImport } from './importer.js';
import { readStored } from './store.js';
import { downloadText } from './download.js';

function downloadAction(data, text) {
  return {
    id: 'ic-download-saved',
    label: 'Download the saved answers as they were (JSON)',
    onClick: () => downloadText(text, `self-assessment-${data.toolkit.slug}-saved-copy.json`, 'application/json'),
  };
}

// Returns {state, savedText, message}: savedText is what is in storage now (null if nothing),
// message is shown in the message region (or null).
export function loadSavedState(data) {
  const stored = readStored(data.toolkit.slug);
  if (!stored.ok) {
    return {
      state: emptyState(data),
      savedText: null,
      message: { kind: 'warning', text: 'This browser does not let the page keep your answers (storage is switched off). You can still fill in the assessment; export your answers before you leave the page.' },
    };
  }
  if (!stored.text) return { state: emptyState(data), savedText: null, message: null };

  const result = readImport(stored.text, data);
  if (!result.ok) {
    return {
      state: emptyState(data),
      savedText: stored.text,
      message: {
        kind: 'error',
        text: 'The answers saved in this browser could not be read (they are damaged or from an unknown version), so the form starts empty. The saved copy stays in this browser until you change something here; you can download it first.',
        actions: [downloadAction(data, stored.text)],
      },
    };
  }
  if (result.dropped.length) {
    return {
      state: result.state,
      savedText: stored.text,
      message: {
        kind: 'warning',
        text: 'This toolkit has changed since you saved your answers. The answers that still fit are on the page; the others are listed below.',
        dropped: result.dropped,
        notes: result.notes,
        actions: [downloadAction(data, stored.text)],
      },
    };
  }
  const message = result.notes.length ? { kind: 'info', text: 'Your saved answers are back on the page.', notes: result.notes } : null;
  return { state: result.state, savedText: stored.text, message };
}

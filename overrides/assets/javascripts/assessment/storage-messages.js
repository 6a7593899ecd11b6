// What to tell the user when this browser's storage does not take the answers (store.js says
// why and how much room they need): never "Done", always what to do next.

import { formatSize } from './format.js';

export function storageProblem({ reason, bytes }) {
  if (reason === 'full') {
    return `This browser's storage for this site is full: the answers need about ${formatSize(bytes)}. On a github.io address all sites of the same account share that storage. Export your answers to keep them, and free space by deleting the saved answers of other self-assessments ("Start again") or this site's data in the browser settings.`;
  }
  return 'This browser does not let the page keep answers (storage is switched off or blocked). The answers stay on this page until you leave it: export them to keep them.';
}

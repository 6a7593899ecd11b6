// Entry point, loaded as an ES module by the self-assessment pages only (their template puts the
// script tag in the page content). Mounts the self-assessment on each .ic-assessment element. With Material's instant navigation the page content is replaced
// without a new page load, so we mount again whenever Material's document$ emits (it also emits
// for the first page); without Material we mount once the document is ready.

import { el } from './dom.js';
import { readData } from './data.js';
import { mountAssessment } from './app.js';
import { installPrintSupport } from './print.js';
import { installStorageSync } from './sync.js';

const mounted = new Set();

// DATA sits in the element's data-assessment attribute: an inline <script> would not survive
// Material's instant navigation, which re-creates page scripts as plain JavaScript and runs them.
function findPageData(root) {
  if (!root.dataset.assessment) return { ok: false, error: 'The self-assessment data is missing from this page.' };
  const result = readData(root.dataset.assessment);
  if (result.ok && root.dataset.toolkit && result.data.toolkit.slug !== root.dataset.toolkit) {
    return { ok: false, error: `The self-assessment data on this page is for another toolkit (${result.data.toolkit.slug}).` };
  }
  return result;
}

function mountAll() {
  for (const app of mounted) if (!app.root.isConnected) mounted.delete(app);
  for (const root of document.querySelectorAll('.ic-assessment')) {
    // document$ can emit more than once for the same content; mount each element only once.
    if (root.dataset.icMounted) continue;
    root.dataset.icMounted = 'true';
    const found = findPageData(root);
    if (!found.ok) {
      root.replaceChildren(el('p', { class: 'ic-load-error', role: 'alert' }, `The self-assessment could not start. ${found.error}`));
      continue;
    }
    try {
      mounted.add(mountAssessment(root, found.data));
    } catch (error) {
      root.replaceChildren(el('p', { class: 'ic-load-error', role: 'alert' }, 'The self-assessment could not start because of an error in the page script. Your saved answers are untouched.'));
      throw error;
    }
  }
}

function start() {
  const documentSubject = window.document$;
  if (documentSubject && typeof documentSubject.subscribe === 'function') {
    documentSubject.subscribe(() => mountAll());
  } else if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll, { once: true });
  } else {
    mountAll();
  }
  installPrintSupport();
  installStorageSync(() => mounted);
}

// A module runs once per full page load, but guard anyway in case it is included twice.
if (!window.icAssessmentStarted) {
  window.icAssessmentStarted = true;
  start();
}

// Mounts the search box in the header and, on the search page, the search
// page. Instant navigation, where the theme uses it (mkdocs.yml leaves it off),
// swaps pages without reloading scripts, so mounting runs again on each page.
import { createEngine } from './engine.js';
import { mountBox } from './box.js';
import { mountPage } from './page.js';
import { readState } from './query.js';
import { onSearchPage, root } from './files.js';

const engine = createEngine();

// This module runs as soon as it is loaded (async), before the page is parsed
// and the theme's script has run: the search page's own query starts now, and
// the page, once drawn, takes its answer from the engine.
if (onSearchPage) {
  const { q, filters } = readState(location.search);
  engine.search(q, filters).catch(() => {}); // the page, asking the same, says why it failed
}

function mount() {
  for (const form of document.querySelectorAll('[data-search-box]:not([data-mounted])')) {
    form.dataset.mounted = '';
    mountBox(form, engine, root);
  }
  for (const page of document.querySelectorAll('[data-search-page]:not([data-mounted])')) {
    page.dataset.mounted = '';
    mountPage(page, engine, root);
  }
}

function start() {
  if (window.document$) window.document$.subscribe(mount);
  else mount();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

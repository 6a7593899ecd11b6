// Mounts the search box in the header and, on the search page, the search
// page. Material's instant navigation swaps pages without reloading scripts,
// so mounting runs again on each page it shows.
import { createEngine } from './engine.js';
import { mountBox } from './box.js';
import { mountPage } from './page.js';

const root = new URL('../../../', import.meta.url);
const engine = createEngine(root);

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

if (window.document$) window.document$.subscribe(mount);
else mount();

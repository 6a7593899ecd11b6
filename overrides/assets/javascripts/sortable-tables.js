// Lets readers sort a table by clicking a column heading (the table of all examples), with
// no library and nothing fetched. Each heading becomes a button, so the keyboard and screen
// readers can use it; aria-sort tells which column orders the rows and which way.
// Tables inside an element with class "ic-sortable" take part. Instant navigation, where the
// theme uses it, swaps the page content without a new load, so we enhance on every document$ emission.

// Made on the first click: a collator takes some 20 ms to make (measured in Chromium), which every page would pay on load.
let collator = null;

function sortRows(table, column, ascending) {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const key = (row) => row.cells[column]?.textContent.trim() ?? '';
  rows.sort((a, b) => (ascending ? 1 : -1) * collator.compare(key(a), key(b)));
  body.append(...rows);
}

function numeric(table, column) {
  return [...table.tBodies[0].rows].every((row) => /^\d+$/.test(row.cells[column]?.textContent.trim() ?? ''));
}

function enhance(table) {
  if (table.dataset.icSortable) return;
  table.dataset.icSortable = 'true';
  const headings = [...table.tHead.rows[0].cells];
  // Each cell names its column, for a phone, where every row is shown as a card (library.css).
  for (const row of table.tBodies[0].rows) {
    [...row.cells].forEach((cell, column) => {
      cell.dataset.label = headings[column]?.textContent.trim() ?? '';
    });
  }
  headings.forEach((heading, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ic-sort';
    button.append(...heading.childNodes);
    heading.append(button);
    // A column of counts sorts the largest first, as a reader asks "which has the most?".
    const largestFirst = numeric(table, column);
    button.addEventListener('click', () => {
      const sorted = heading.getAttribute('aria-sort');
      const ascending = sorted ? sorted === 'descending' : !largestFirst;
      headings.forEach((other) => other.removeAttribute('aria-sort'));
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortRows(table, column, ascending);
    });
  });
}

function enhanceAll() {
  document.querySelectorAll('.ic-sortable table').forEach(enhance);
}

if (window.document$) window.document$.subscribe(enhanceAll);
else document.addEventListener('DOMContentLoaded', enhanceAll);

// Printing ("Print / Save as PDF"): the report should show every key factor, but the content of
// a closed <details> is not printed. Before printing we open them all and afterwards close the
// ones that were closed, so the reader's view is as they left it.

const OPENED_FOR_PRINT = 'icOpenedForPrint';

function openAllDetails() {
  for (const details of document.querySelectorAll('.ic-assessment details:not([open])')) {
    details.dataset[OPENED_FOR_PRINT] = 'true';
    details.open = true;
  }
}

function restoreDetails() {
  for (const details of document.querySelectorAll('.ic-assessment details')) {
    if (!details.dataset[OPENED_FOR_PRINT]) continue;
    delete details.dataset[OPENED_FOR_PRINT];
    details.open = false;
  }
}

let installed = false;

export function installPrintSupport() {
  if (installed) return;
  installed = true;
  window.addEventListener('beforeprint', openAllDetails);
  window.addEventListener('afterprint', restoreDetails);
  // Some browsers print without beforeprint when printing from their own menu; a print media
  // query change is the other signal.
  const printQuery = window.matchMedia?.('print');
  printQuery?.addEventListener?.('change', (event) => (event.matches ? openAllDetails() : restoreDetails()));
}

export { openAllDetails, restoreDetails };

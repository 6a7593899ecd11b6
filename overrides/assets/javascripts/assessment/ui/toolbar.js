// The controls above the form: export (JSON, CSV), print, import and start again, with a line on
// privacy, folded away until opened so that the questions come first. Returns the elements the
// app wires up; none of them is printed.

import { el } from '../dom.js';

function button(id, label, extraClass = '') {
  return el('button', { type: 'button', id, class: `md-button ic-button ${extraClass}`.trim() }, label);
}

export function renderToolbar() {
  const exportJson = button('ic-export-json', 'Export answers (JSON)', 'md-button--primary');
  const exportCsv = button('ic-export-csv', 'Export for spreadsheets (CSV)');
  const print = button('ic-print', 'Print / Save as PDF');
  const importFile = el('input', { type: 'file', id: 'ic-import-file', accept: '.json,application/json', 'aria-describedby': 'ic-import-hint' });
  const startAgain = button('ic-start-again', 'Start again');
  const importConfirmArea = el('div', { id: 'ic-import-confirm-area', class: 'ic-confirm-area' });
  const startAgainArea = el('div', { id: 'ic-start-again-area', class: 'ic-confirm-area' });

  const section = el('details', { id: 'ic-toolbar', class: 'ic-toolbar ic-no-print' },
    el('summary', {},
      el('h2', { id: 'ic-toolbar-heading', tabindex: '-1' }, 'Save, share and print'),
      el('span', { class: 'ic-toolbar-hint' }, ' \u2013 export, import or start again')),
    el('p', { class: 'ic-privacy' },
      'Your answers are saved as you go, only in this browser on this device. Nothing is sent anywhere. ',
      'To keep a copy, share it with colleagues or continue on another computer, export a file.'),
    el('p', { class: 'ic-buttons' }, exportJson, ' ', exportCsv, ' ', print),
    el('div', { class: 'ic-toolbar-row' },
      el('div', { class: 'ic-file-field' },
        el('label', { for: 'ic-import-file' }, 'Import answers from a JSON export'),
        el('p', { id: 'ic-import-hint', class: 'ic-hint' }, 'To continue an assessment or review a colleague\'s answers. You are asked before answers on this page are replaced.'),
        importFile),
      el('p', { class: 'ic-buttons' }, startAgain)),
    importConfirmArea,
    startAgainArea);

  return { section, exportJson, exportCsv, print, importFile, startAgain, importConfirmArea, startAgainArea };
}

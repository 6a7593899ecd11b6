// Progress while filling in: "Answered N of M guide questions" at the foot of the form (it stays
// in view while scrolling) and "answered n of m" in each key factor's summary line.

import { el, idPart } from '../dom.js';
import { progressText } from '../scoring.js';
import { keyFactorStatusText } from './key-factor.js';

export function renderProgress(summary) {
  const { answered, questions } = summary.progress;
  // Not a live region on purpose: announcing it after every click would drown the answers.
  return el('div', { class: 'ic-progress-bar' },
    el('p', { id: 'ic-progress', class: 'ic-progress' }, progressText(summary.progress)),
    el('progress', { id: 'ic-progress-meter', max: questions || 1, value: answered, 'aria-labelledby': 'ic-progress' }));
}

export function updateProgress(root, summary) {
  const text = root.querySelector('#ic-progress');
  if (text) text.textContent = progressText(summary.progress);
  const meter = root.querySelector('#ic-progress-meter');
  if (meter) meter.value = summary.progress.answered;
  for (const kf of summary.keyFactors) {
    const status = root.querySelector(`#ic-kf-progress-${idPart(kf.slug)}`);
    if (!status) continue;
    status.textContent = keyFactorStatusText(kf);
    status.dataset.judgement = kf.judgement;
  }
}

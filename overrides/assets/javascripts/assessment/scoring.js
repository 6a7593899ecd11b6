// Summary figures of an assessment: per key factor the judgement and how its guide questions
// were answered, plus the overall progress. Pure: (DATA, STATE) in, plain objects out.

import { ANSWER_VALUES, DEFAULT_JUDGEMENT } from './labels.js';
import { plural } from './format.js';

function emptyCounts() {
  return Object.fromEntries([...ANSWER_VALUES, 'unanswered'].map((value) => [value, 0]));
}

const isWritten = (entry) => typeof entry?.text === 'string' && entry.text.trim() !== '';

// Open questions (a written answer) are counted apart from the Yes / Partly / No questions:
// `total`, `counts` and `share` are about the latter only.
export function summariseKeyFactor(kf, kfState) {
  const counts = emptyCounts();
  const open = { total: 0, answered: 0 };
  for (const question of kf.guide_questions) {
    const entry = kfState?.answers?.[question.id];
    if (question.open) {
      open.total += 1;
      open.answered += isWritten(entry) ? 1 : 0;
    } else counts[ANSWER_VALUES.includes(entry?.answer) ? entry.answer : 'unanswered'] += 1;
  }
  const total = kf.guide_questions.length - open.total;
  const yesOrPartly = counts.yes + counts.partly;
  return {
    slug: kf.slug,
    title: kf.title,
    label: kf.label,
    judgement: kfState?.judgement ?? DEFAULT_JUDGEMENT,
    total,
    answered: total - counts.unanswered,
    counts,
    open,
    yesOrPartly,
    // Share of all guide questions (not only the answered ones) answered Yes or Partly;
    // null when a key factor has no guide questions, so no percentage is invented.
    share: total ? yesOrPartly / total : null,
  };
}

// Where to look for inspiration: a key factor judged partly or not in place, or one not
// assessed yet where at least one guide question was answered No.
export function needsInspiration(summary) {
  if (summary.judgement === 'partly' || summary.judgement === 'not-in-place') return true;
  return summary.judgement === DEFAULT_JUDGEMENT && summary.counts.no > 0;
}

export function summarise(data, state) {
  const keyFactors = data.key_factors.map((kf) => summariseKeyFactor(kf, state.key_factors[kf.slug]));
  const questions = keyFactors.reduce((sum, kf) => sum + kf.total, 0);
  const answered = keyFactors.reduce((sum, kf) => sum + kf.answered, 0);
  const openQuestions = keyFactors.reduce((sum, kf) => sum + kf.open.total, 0);
  const openAnswered = keyFactors.reduce((sum, kf) => sum + kf.open.answered, 0);
  const judged = keyFactors.filter((kf) => kf.judgement !== DEFAULT_JUDGEMENT).length;
  const contextApplies = data.context_factors.filter((cf) => state.context_factors[cf.id]?.applies).length;
  return {
    keyFactors,
    progress: { questions, answered, openQuestions, openAnswered, judged, keyFactorCount: keyFactors.length },
    contextApplies,
  };
}

export function progressText(progress) {
  const open = progress.openQuestions ? ` and ${progress.openAnswered} of ${plural(progress.openQuestions, 'open question')}` : '';
  return `Answered ${progress.answered} of ${progress.questions} Yes / Partly / No questions${open}; ${progress.judged} of ${progress.keyFactorCount} key factors judged.`;
}

export function keyFactorProgressText(summary) {
  const open = summary.open.total ? `, ${summary.open.answered} of ${summary.open.total} open` : '';
  return `answered ${summary.answered} of ${summary.total}${open}`;
}

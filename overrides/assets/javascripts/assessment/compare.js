// Compares a baseline assessment (an earlier export) with the current one, key factor by key
// factor: judgement then and now, share answered Yes or Partly then and now, and how many
// answers differ. Pure: both states must already have been checked by the importer.

import { judgementRank } from './labels.js';
import { summariseKeyFactor } from './scoring.js';
import { plural } from './format.js';

function judgementChange(then, now) {
  if (then === now) return 'same';
  const rankThen = judgementRank(then);
  const rankNow = judgementRank(now);
  if (rankThen === null || rankNow === null) return 'changed';
  return rankNow > rankThen ? 'better' : 'worse';
}

function countChangedAnswers(kf, thenEntry, nowEntry) {
  return kf.guide_questions.filter((question) => {
    const answerOf = (entry) => entry?.answers?.[question.id]?.answer ?? entry?.answers?.[question.id]?.text ?? null;
    const then = answerOf(thenEntry);
    const now = answerOf(nowEntry);
    return then !== now;
  }).length;
}

export function compareAssessments(data, baseline, current) {
  return data.key_factors.map((kf) => {
    const then = summariseKeyFactor(kf, baseline.key_factors[kf.slug]);
    const now = summariseKeyFactor(kf, current.key_factors[kf.slug]);
    return {
      slug: kf.slug,
      title: kf.title,
      judgementThen: then.judgement,
      judgementNow: now.judgement,
      judgementChange: judgementChange(then.judgement, now.judgement),
      shareThen: then.share,
      shareNow: now.share,
      answersChanged: countChangedAnswers(kf, baseline.key_factors[kf.slug], current.key_factors[kf.slug]),
    };
  });
}

const JUDGEMENT_CHANGE_WORDS = {
  same: 'Judgement unchanged',
  better: 'Judgement improved',
  worse: 'Judgement worse',
  changed: 'Judgement changed',
};

// Words for the change column: never only a colour or an arrow.
export function describeChange(row) {
  if (row.judgementChange === 'same' && !row.answersChanged) return 'No change';
  const answers = row.answersChanged ? `${plural(row.answersChanged, 'answer')} changed` : 'no answers changed';
  return `${JUDGEMENT_CHANGE_WORDS[row.judgementChange]}; ${answers}`;
}

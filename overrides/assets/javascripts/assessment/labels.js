// The fixed vocabularies of the self-assessment: stored values and the words shown for them.
// Stored values follow the data contract; labels are what people read on screen, in CSV and in print.

export const ANSWERS = Object.freeze([
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: "Don't know" },
]);

export const JUDGEMENTS = Object.freeze([
  { value: 'in-place', label: 'In place' },
  { value: 'partly', label: 'Partly in place' },
  { value: 'not-in-place', label: 'Not in place' },
  { value: 'not-assessed', label: 'Not assessed' },
]);

export const DEFAULT_JUDGEMENT = 'not-assessed';

export const HEADER_FIELDS = Object.freeze([
  { key: 'organisation', label: 'City or organisation' },
  { key: 'date', label: 'Date of the assessment' },
  { key: 'participants', label: 'Who took part' },
]);

export const ANSWER_VALUES = ANSWERS.map((answer) => answer.value);
export const JUDGEMENT_VALUES = JUDGEMENTS.map((judgement) => judgement.value);
export const HEADER_KEYS = HEADER_FIELDS.map((field) => field.key);

export const UNANSWERED_LABEL = 'Not answered';

export function answerLabel(value) {
  return ANSWERS.find((answer) => answer.value === value)?.label ?? UNANSWERED_LABEL;
}

export function judgementLabel(value) {
  return JUDGEMENTS.find((judgement) => judgement.value === value)?.label ?? judgementLabel(DEFAULT_JUDGEMENT);
}

// "in place" ranks above "partly" above "not in place"; "not assessed" has no rank,
// so a change to or from it is reported as a change, never as better or worse.
const JUDGEMENT_RANK = { 'not-in-place': 0, partly: 1, 'in-place': 2 };

export function judgementRank(value) {
  return value in JUDGEMENT_RANK ? JUDGEMENT_RANK[value] : null;
}

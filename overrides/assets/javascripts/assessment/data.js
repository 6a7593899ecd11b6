// Reads the DATA object the generator embeds in the page (see generator/assessment.py)
// and fills in optional lists, so the rest of the code never has to guard against them.
// Pure: takes JSON text, returns {ok, data} or {ok: false, error}.

export const DATA_FORMAT = 1;

const asList = (value) => (Array.isArray(value) ? value : []);
const asText = (value) => (typeof value === 'string' ? value : '');

function readQuestion(question, index) {
  return {
    id: asText(question?.id) || `q${index + 1}`,
    text: asText(question?.text),
    items: asList(question?.items).map(asText),
  };
}

// Related key factors come as references into DATA.related_key_factors; unknown ones are left out.
function readRelated(refs, byRef) {
  return asList(refs).map((ref) => byRef[ref]).filter((related) => related && typeof related === 'object')
    .map((related) => ({ ...related, examples: asList(related.examples) }));
}

function readKeyFactor(kf, byRef) {
  return {
    slug: kf.slug,
    title: asText(kf.title) || kf.slug,
    label: asText(kf.label) || asText(kf.title) || kf.slug,
    statement: asText(kf.statement),
    url: asText(kf.url),
    guide_questions: asList(kf.guide_questions).map(readQuestion),
    examples: asList(kf.examples),
    related: readRelated(kf.related, byRef),
  };
}

function readContextFactor(cf, index) {
  return { id: asText(cf?.id) || `c${index + 1}`, name: asText(cf?.name), involves: asList(cf?.involves).map(asText) };
}

export function readData(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The self-assessment data on this page is not valid JSON.' };
  }
  if (!raw || typeof raw !== 'object' || raw.format !== DATA_FORMAT) {
    return { ok: false, error: `The self-assessment data on this page is not in format ${DATA_FORMAT}.` };
  }
  if (typeof raw.toolkit?.slug !== 'string' || !Array.isArray(raw.key_factors)) {
    return { ok: false, error: 'The self-assessment data on this page has no toolkit or no key factors.' };
  }
  const byRef = raw.related_key_factors && typeof raw.related_key_factors === 'object' ? raw.related_key_factors : {};
  const keyFactors = raw.key_factors.filter((kf) => typeof kf?.slug === 'string').map((kf) => readKeyFactor(kf, byRef));
  return {
    ok: true,
    data: {
      format: raw.format,
      toolkit: { ...raw.toolkit, title: asText(raw.toolkit.title) || raw.toolkit.slug },
      content_version: asText(raw.content_version),
      key_factors: keyFactors,
      context_factors: asList(raw.context_factors).map(readContextFactor),
    },
  };
}

export function findKeyFactor(data, slug) {
  return data.key_factors.find((kf) => kf.slug === slug);
}

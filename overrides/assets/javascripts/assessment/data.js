// Reads the DATA object the generator embeds in the page (see generator/assessment.py), and the
// shared file of another toolkit's key factors that the page fetches for related key factors,
// and fills in optional lists, so the rest of the code never has to guard against them.
// Pure: takes JSON text, returns {ok, data} or {ok: false, error}.

export const DATA_FORMAT = 2;
export const PEER_FORMAT = 1;

const asList = (value) => (Array.isArray(value) ? value : []);
const asText = (value) => (typeof value === 'string' ? value : '');

function readQuestion(question, index) {
  return {
    id: asText(question?.id) || `q${index + 1}`,
    text: asText(question?.text),
    items: asList(question?.items).map(asText),
    open: question?.open === true,
  };
}

const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

// Related key factors are references "toolkit/key-factor" into the shared files of peer_files.
const isReference = (ref) => typeof ref === 'string' && /^[^/]+\/[^/]+$/.test(ref);

function readKeyFactor(kf) {
  return {
    slug: kf.slug,
    title: asText(kf.title) || kf.slug,
    label: asText(kf.label) || asText(kf.title) || kf.slug,
    statement: asText(kf.statement),
    url: asText(kf.url),
    guide_questions: asList(kf.guide_questions).map(readQuestion),
    examples: asList(kf.examples),
    related: asList(kf.related).filter(isReference),
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
  const keyFactors = raw.key_factors.filter((kf) => typeof kf?.slug === 'string').map(readKeyFactor);
  const peerFiles = isObject(raw.peer_files) ? raw.peer_files : {};
  return {
    ok: true,
    data: {
      format: raw.format,
      toolkit: { ...raw.toolkit, title: asText(raw.toolkit.title) || raw.toolkit.slug },
      content_version: asText(raw.content_version),
      key_factors: keyFactors,
      peer_files: Object.fromEntries(Object.entries(peerFiles).filter(([, url]) => typeof url === 'string')),
      context_factors: asList(raw.context_factors).map(readContextFactor),
    },
  };
}

function readExample(example, fileUrl) {
  return { ...example, city_name: asText(example?.city_name) || asText(example?.city), url: new URL(asText(example?.url), fileUrl).href };
}

// A toolkit's shared key-factor file, fetched from fileUrl (absolute): key factor slug ->
// {toolkit, toolkit_title, slug, label, url, examples}, with addresses made absolute, because
// they are written relative to the file, not to the page that shows them.
export function readPeerFile(text, fileUrl) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (!isObject(raw) || raw.format !== PEER_FORMAT || typeof raw.toolkit?.slug !== 'string' || !isObject(raw.key_factors)) {
    return { ok: false, error: `not a key-factor file in format ${PEER_FORMAT}` };
  }
  const toolkit = raw.toolkit.slug;
  const keyFactors = Object.entries(raw.key_factors).filter(([, kf]) => isObject(kf)).map(([slug, kf]) => [slug, {
    toolkit,
    toolkit_title: asText(raw.toolkit.short_title) || toolkit,
    slug,
    label: asText(kf.label) || slug,
    url: new URL(asText(kf.url), fileUrl).href,
    examples: asList(kf.examples).filter(isObject).map((example) => readExample(example, fileUrl)),
  }]);
  return { ok: true, toolkit, keyFactors: Object.fromEntries(keyFactors) };
}

export function findKeyFactor(data, slug) {
  return data.key_factors.find((kf) => kf.slug === slug);
}

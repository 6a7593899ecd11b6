// Reads the DATA object the generator embeds in the page (see generator/assessment.py), and the
// shared file of a theme's key factors that the page fetches to show related key factors,
// and fills in optional lists, so the rest of the code never has to guard against them.
// Pure: takes JSON text, returns {ok, data} or {ok: false, error}.

export const DATA_FORMAT = 2;
export const THEME_FILE_FORMAT = 1;

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


function readKeyFactor(kf) {
  return {
    slug: kf.slug,
    title: asText(kf.title) || kf.slug,
    label: asText(kf.label) || asText(kf.title) || kf.slug,
    statement: asText(kf.statement),
    url: asText(kf.url),
    guide_questions: asList(kf.guide_questions).map(readQuestion),
    examples: asList(kf.examples),
    themes: asList(kf.themes).filter((slug) => typeof slug === 'string'),
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
  const themeFiles = isObject(raw.theme_files) ? raw.theme_files : {};
  return {
    ok: true,
    data: {
      format: raw.format,
      toolkit: { ...raw.toolkit, title: asText(raw.toolkit.title) || raw.toolkit.slug },
      content_version: asText(raw.content_version),
      key_factors: keyFactors,
      theme_files: Object.fromEntries(Object.entries(themeFiles).filter(([, url]) => typeof url === 'string')),
      context_factors: asList(raw.context_factors).map(readContextFactor),
    },
  };
}

function readExample(example, fileUrl) {
  return { ...example, city_name: asText(example?.city_name) || asText(example?.city), url: new URL(asText(example?.url), fileUrl).href };
}

function readThemeKeyFactor(kf, fileUrl) {
  return {
    toolkit: kf.toolkit,
    toolkit_title: asText(kf.toolkit_title) || kf.toolkit,
    slug: kf.slug,
    label: asText(kf.label) || kf.slug,
    url: new URL(asText(kf.url), fileUrl).href,
    examples: asList(kf.examples).filter(isObject).map((example) => readExample(example, fileUrl)),
  };
}

// A theme's shared key-factor file, fetched from fileUrl (absolute): {slug, name, url,
// keyFactors: [{toolkit, toolkit_title, slug, label, url, examples}]}, with addresses made
// absolute, because they are written relative to the file, not to the page that shows them.
export function readThemeFile(text, fileUrl) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (!isObject(raw) || raw.format !== THEME_FILE_FORMAT || typeof raw.theme?.slug !== 'string' || !Array.isArray(raw.key_factors)) {
    return { ok: false, error: `not a theme file in format ${THEME_FILE_FORMAT}` };
  }
  const keyFactors = raw.key_factors.filter((kf) => typeof kf?.toolkit === 'string' && typeof kf.slug === 'string');
  return {
    ok: true,
    theme: {
      slug: raw.theme.slug,
      name: asText(raw.theme.name) || raw.theme.slug,
      url: new URL(asText(raw.theme.url), fileUrl).href,
      keyFactors: keyFactors.map((kf) => readThemeKeyFactor(kf, fileUrl)),
    },
  };
}

export function findKeyFactor(data, slug) {
  return data.key_factors.find((kf) => kf.slug === slug);
}

// Reads the data the generator really writes, with the browser code's own readers, and prints
// what the browser would see (used by tests/test_assessment_contract.py; not a test itself).
// Usage: node read-real-data.mjs <docs folder> <site URL> <toolkit slug>...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readData, readThemeFile } from '../../overrides/assets/javascripts/assessment/data.js';
import { relatedByTheme } from '../../overrides/assets/javascripts/assessment/related.js';

const [docs, siteUrl, ...toolkits] = process.argv.slice(2);
const docsPathOf = (url) => decodeURIComponent(new URL(url).pathname.slice(new URL(siteUrl).pathname.length));

function readTheme(data, slug, pageUrl) {
  const fileUrl = new URL(data.theme_files[slug], pageUrl).href;
  const result = readThemeFile(readFileSync(join(docs, docsPathOf(fileUrl)), 'utf8'), fileUrl);
  if (!result.ok) throw new Error(`${fileUrl}: ${result.error}`);
  return result.theme;
}

const seen = {};
for (const slug of toolkits) {
  const pageUrl = `${siteUrl}toolkits/${slug}/self-assessment/`;
  const page = JSON.parse(readFileSync(join(docs, `toolkits/${slug}/self-assessment.json`), 'utf8'));
  const result = readData(page.data);
  if (!result.ok) {
    seen[slug] = result;
    continue;
  }
  const related = {};
  for (const kf of result.data.key_factors) {
    const themes = kf.themes.map((theme) => readTheme(result.data, theme, pageUrl));
    related[kf.slug] = { all: relatedByTheme(themes, slug, Infinity), shown: relatedByTheme(themes, slug) };
  }
  seen[slug] = { ok: true, data: result.data, related };
}
process.stdout.write(JSON.stringify(seen));

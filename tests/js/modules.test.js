// Pure modules stay free of the DOM (so they run, and are tested, in Node), and no module
// loads anything from another host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../overrides/assets/javascripts/assessment/', import.meta.url);
const PURE = ['chart.js', 'compare.js', 'csv.js', 'data.js', 'export.js', 'format.js', 'import-parts.js',
  'importer.js', 'labels.js', 'merge.js', 'migrate.js', 'related.js', 'scoring.js', 'state.js', 'storage-messages.js'];

function moduleFiles(dir = root, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? moduleFiles(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.js') ? [`${prefix}${entry.name}`] : []);
}

test('pure modules use no browser globals', () => {
  for (const file of PURE) {
    const code = readFileSync(new URL(file, root), 'utf8').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\b(document|window|localStorage|navigator|HTMLElement|Blob)\b/, file);
  }
});

test('modules import each other only by relative paths, nothing from another host', () => {
  for (const file of moduleFiles()) {
    const code = readFileSync(new URL(file, root), 'utf8');
    for (const [, specifier] of code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
      assert.match(specifier, /^\.\.?\/[\w./-]+\.js$/, `${file} imports ${specifier}`);
    }
    assert.doesNotMatch(code.replaceAll('http://www.w3.org/2000/svg', ''), /https?:\/\//, file);
  }
});

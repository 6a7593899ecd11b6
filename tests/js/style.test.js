// One JavaScript style for the site's own scripts, the one most of them were written in:
// statements end with a semicolon, strings are in single quotes, an arrow's parameters are
// in brackets. Read line by line (no parser is installed): a line that holds a whole simple
// statement must end with ";", and no line may use a double-quoted string or a bare arrow
// parameter. Comments are left out before reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../overrides/assets/javascripts/', import.meta.url);

function scripts(dir = root, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? scripts(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.js') ? [`${prefix}${entry.name}`] : []);
}

// Without comments, and with the text of strings blanked, so that only code is read.
function code(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g, (string) => string.replace(/[^\n]/g, '_'))
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const STATEMENT = /^\s*(?:(?:export\s+)?(?:const|let)\s|return\b|throw\s|import\s|break\b|continue\b)/;
// Lines that end without ";" in this style too: a block's head, or one entry of a literal.
const CONTROL = /^\s*(?:}\s*)?(?:if|for|while|else|switch|function|async function|export function|class|case|default)\b/;
const PROPERTY = /^\s*(?:[\w$]+|_+)\s*:|^\s*\.\.\.|^\s*[\w$.]+\s*$/;
const balanced = (line) => ['()', '[]', '{}'].every(([open, close]) => line.split(open).length === line.split(close).length);

function problems(file, text = readFileSync(new URL(file, root), 'utf8')) {
  const lines = code(text).split('\n');
  return lines.flatMap((line, i) => {
    const at = `${file}:${i + 1}: ${line.trim()}`;
    const found = [];
    const next = (lines[i + 1] ?? '').trim();
    const continued = /^[.?:+\-*/&|)\]]/.test(next) || /[=>,+\-*/&|?:({[]$/.test(line.trim());
    const statement = STATEMENT.test(line) || (/[\w)\]]$/.test(line.trim()) && !CONTROL.test(line) && !PROPERTY.test(line));
    if (statement && balanced(line) && !continued && !line.trim().endsWith(';')) found.push(`${at} (no ";")`);
    // Double quotes only around text with an apostrophe in it ("Don't know").
    if (/"[^"'\n]*"/.test(line)) found.push(`${at} (double quotes)`);
    if (/(?:^|[\s(,=])\w+\s*=>/.test(line)) found.push(`${at} (arrow parameter without brackets)`);
    return found;
  });
}

test('the site\'s scripts are written in one style', () => {
  const checked = scripts();
  assert.ok(checked.length > 30 && checked.includes('sortable-tables.js') && checked.includes('search/engine.js'));
  assert.deepEqual(checked.flatMap((file) => problems(file)), []);
});

test('the style check finds each departure from the style, and passes the style', () => {
  const found = (text) => problems('sample.js', text).map((problem) => problem.replace(/^.*\(/, '('));
  assert.deepEqual(found('const a = 1\nreturn b\n'), ['(no ";")', '(no ";")']);
  assert.deepEqual(found('const a = "x";\n'), ['(double quotes)']);
  assert.deepEqual(found('list.map(x => x * 2);\n'), ['(arrow parameter without brackets)']);
  assert.deepEqual(found("const a = 'say \"hi\"';\n// \"quoted\" in a comment\nlist.map((x) => x * 2);\n"), []);
  assert.deepEqual(found('const total = items\n  .map((x) => x.count)\n  .reduce((a, b) => a + b, 0);\n'), []);
  assert.deepEqual(found('const item = {\n  a: 1,\n};\nreturn (\n  a\n);\n'), []);
  assert.deepEqual(found('const add = (x) =>\n  x + 1;\n'), []);
});

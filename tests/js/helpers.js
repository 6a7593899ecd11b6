// Shared fixtures for the tests of the pure modules (not a test file itself: no ".test.").
import { readFileSync } from 'node:fs';
import { readData } from '../../overrides/assets/javascripts/assessment/data.js';

const fixtureUrl = (name) => new URL(`./fixtures/${name}`, import.meta.url);

export function fixtureText(name) {
  return readFileSync(fixtureUrl(name), 'utf8');
}

export function loadData() {
  const result = readData(fixtureText('data.json'));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export const MODULES = '../../overrides/assets/javascripts/assessment/';

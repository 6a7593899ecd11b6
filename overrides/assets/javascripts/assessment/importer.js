// Checks a JSON export (or the copy kept in localStorage) against the page's DATA and turns it
// into a clean state. Pure: text in, result out. A failed check returns {ok: false, error} and
// the caller keeps its current state; a passed check returns the new state plus what was left
// out (`dropped`) and what the user should know (`notes`), so nothing is lost silently.

import { STATE_FORMAT, STATE_VERSION, emptyState } from './state.js';
import { migrateState } from './migrate.js';
import { readKeyFactors, readContextFactors, readHeader } from './import-parts.js';
import { plural } from './format.js';

const NOTHING_CHANGED = 'Nothing was changed.';

// A complete assessment with long notes is a few hundred KB; anything larger is not an export.
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

function fail(error) {
  return { ok: false, error: `${error} ${NOTHING_CHANGED}` };
}

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const describeToolkit = (title, slug) => (title && title !== slug ? `"${title}" (${slug})` : `"${slug}"`);

function checkEnvelope(raw, data) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || raw.format !== STATE_FORMAT) {
    return 'This file is not a self-assessment exported from the Integrating Cities practice library.';
  }
  if (raw.toolkit !== data.toolkit.slug) {
    const theirs = describeToolkit(raw.toolkit_title, String(raw.toolkit));
    const ours = describeToolkit(data.toolkit.title, data.toolkit.slug);
    return `This file is a self-assessment of the toolkit ${theirs}, but this page is for the toolkit ${ours}. Open the self-assessment page of ${theirs} to import it.`;
  }
  if (!Number.isInteger(raw.version) || raw.version < 1) {
    return 'This file has no valid format version, so it cannot be read.';
  }
  if (raw.version > STATE_VERSION) {
    return `This file was made by a newer version of the self-assessment (format version ${raw.version}); this page reads format version ${STATE_VERSION} and older.`;
  }
  return null;
}

function contentVersionNote(raw, data) {
  if (!raw.content_version || !data.content_version || raw.content_version === data.content_version) return [];
  return [
    `The toolkit content has changed since this file was saved (content version ${raw.content_version}, now ${data.content_version}). Please check the answers against the current key factors and guide questions.`,
  ];
}

export function readImport(text, data, { migrations } = {}) {
  if (text.length > MAX_IMPORT_BYTES) return fail('The file is too large to be a self-assessment export.');
  const parsed = parseJson(text);
  if (!parsed.ok) return fail('The file could not be read: it is not valid JSON.');
  const envelopeError = checkEnvelope(parsed.value, data);
  if (envelopeError) return fail(envelopeError);
  const migrated = migrateState(parsed.value, STATE_VERSION, data, migrations);
  if (!migrated.ok) return fail(migrated.error);
  const raw = migrated.value;

  const dropped = [];
  const notes = [...contentVersionNote(raw, data), ...migrated.notes];
  const header = readHeader(raw.header, dropped);
  const keyFactors = readKeyFactors(raw.key_factors, data, dropped, notes);
  const contextFactors = readContextFactors(raw.context_factors, data, dropped);

  const state = {
    ...emptyState(data),
    saved: typeof raw.saved === 'string' ? raw.saved : null,
    header,
    key_factors: keyFactors.entries,
    context_factors: contextFactors,
  };
  return { ok: true, state, dropped, notes, counts: keyFactors.counts, fromContentVersion: raw.content_version ?? null };
}

// What a checked file holds, in words: "3 answers to guide questions, 1 key factor judgement
// and 1 context factor".
export function describeCounts(result) {
  const { answers, judgements } = result.counts;
  const contextCount = Object.keys(result.state.context_factors).length;
  return `${plural(answers, 'answer')} to guide questions, ${plural(judgements, 'key factor judgement')} and ${plural(contextCount, 'context factor')}`;
}

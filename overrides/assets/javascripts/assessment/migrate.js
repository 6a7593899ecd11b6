// Brings an export written in an older STATE format version up to the current one.
// `migrations[n]` turns a version-n object into a version n+1 object. Format version 1 is the
// first, so the built-in list is empty; the mechanism is here (and tested) so that a future
// version 2 only has to add one function.

export const MIGRATIONS = Object.freeze({});

export function migrateState(raw, targetVersion, migrations = MIGRATIONS) {
  let value = raw;
  const notes = [];
  while (value.version < targetVersion) {
    const step = migrations[value.version];
    if (typeof step !== 'function') {
      return { ok: false, error: `Files in format version ${value.version} can no longer be read.` };
    }
    const from = value.version;
    value = { ...step(value), version: from + 1 };
    notes.push(`The file was converted from format version ${from} to ${from + 1}.`);
  }
  return { ok: true, value, notes };
}

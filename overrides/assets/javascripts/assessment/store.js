// localStorage access for one toolkit's answers (key "ic-assessment:<toolkit-slug>").
// Storage can be missing or blocked (private windows, strict settings) or full (on
// <user>.github.io all project sites of that user share one store), so every call reports
// success instead of throwing, and a failed write says why and how much room it needed.

const PREFIX = 'ic-assessment:';

export function storageKey(toolkitSlug) {
  return `${PREFIX}${toolkitSlug}`;
}

function storage() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

// {ok: true, text: string|null} or {ok: false} when storage cannot be used at all.
export function readStored(toolkitSlug) {
  try {
    const store = storage();
    return store ? { ok: true, text: store.getItem(storageKey(toolkitSlug)) } : { ok: false };
  } catch {
    return { ok: false };
  }
}

// Browsers count the key and the text in UTF-16, two bytes a character.
export const storedBytes = (toolkitSlug, text) => (storageKey(toolkitSlug).length + text.length) * 2;

const isQuotaError = (error) => error?.name === 'QuotaExceededError' || error?.code === 22 || error?.code === 1014;

// {ok: true} or {ok: false, reason: 'full' | 'unavailable', bytes}: a full store keeps the copy it had.
export function writeStored(toolkitSlug, text) {
  const bytes = storedBytes(toolkitSlug, text);
  try {
    const store = storage();
    if (!store) return { ok: false, reason: 'unavailable', bytes };
    store.setItem(storageKey(toolkitSlug), text);
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable', bytes };
  }
}

export function removeStored(toolkitSlug) {
  try {
    const store = storage();
    if (!store) return false;
    store.removeItem(storageKey(toolkitSlug));
    return true;
  } catch {
    return false;
  }
}

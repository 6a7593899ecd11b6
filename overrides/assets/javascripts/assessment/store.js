// localStorage access for one toolkit's answers (key "ic-assessment:<toolkit-slug>").
// Storage can be missing or blocked (private windows, strict settings, quota), so every call
// reports success instead of throwing; the page then tells the user to export instead.

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

export function writeStored(toolkitSlug, text) {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(storageKey(toolkitSlug), text);
    return true;
  } catch {
    return false;
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

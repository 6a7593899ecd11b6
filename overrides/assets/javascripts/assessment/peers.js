// Related key factors of other toolkits, fetched when the page first needs them from the shared
// file the generator writes for each toolkit (DATA.peer_files, relative to the page). Each file
// is fetched once per page load; a failed fetch is forgotten, so the next summary tries again.

import { readPeerFile } from './data.js';

const files = new Map(); // absolute URL -> Promise of {toolkit -> key factors}

function fetchPeerFile(url) {
  if (!files.has(url)) {
    const loading = fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
      .then((text) => {
        const result = readPeerFile(text, url);
        if (!result.ok) throw new Error(result.error);
        return result.keyFactors;
      });
    loading.catch(() => files.delete(url));
    files.set(url, loading);
  }
  return files.get(url);
}

// Resolves to {related: [key factor, ...] in the order of refs, failed: true if a file could not
// be loaded}. pageUrl is the address of the self-assessment page the DATA came with.
export async function loadRelated(data, refs, pageUrl) {
  const toolkits = [...new Set(refs.map((ref) => ref.split('/')[0]))].filter((slug) => data.peer_files[slug]);
  const loaded = await Promise.allSettled(toolkits.map((slug) => fetchPeerFile(new URL(data.peer_files[slug], pageUrl).href)));
  const byToolkit = Object.fromEntries(toolkits.map((slug, index) => [slug, loaded[index].value ?? {}]));
  const related = refs.map((ref) => {
    const [toolkit, slug] = ref.split('/');
    return byToolkit[toolkit]?.[slug];
  }).filter(Boolean);
  return { related, failed: loaded.some((result) => result.status === 'rejected') };
}

// The shared files of the themes (DATA.theme_files, relative to the page), fetched when the page
// first needs them. Each file is fetched once per page load; a failed fetch is forgotten, so the
// next summary tries again.

import { readThemeFile } from './data.js';

const files = new Map(); // absolute URL -> Promise of a theme

function fetchThemeFile(url) {
  if (!files.has(url)) {
    const loading = fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
      .then((text) => {
        const result = readThemeFile(text, url);
        if (!result.ok) throw new Error(result.error);
        return result.theme;
      });
    loading.catch(() => files.delete(url));
    files.set(url, loading);
  }
  return files.get(url);
}

// Resolves to {themes: [theme, ...] in the order asked, failed: true if a file could not be
// loaded}. pageUrl is the address of the self-assessment page the DATA came with.
export async function loadThemes(data, slugs, pageUrl) {
  const wanted = slugs.filter((slug) => data.theme_files[slug]);
  const loaded = await Promise.allSettled(wanted.map((slug) => fetchThemeFile(new URL(data.theme_files[slug], pageUrl).href)));
  return {
    themes: loaded.filter((result) => result.status === 'fulfilled').map((result) => result.value),
    failed: loaded.some((result) => result.status === 'rejected'),
  };
}

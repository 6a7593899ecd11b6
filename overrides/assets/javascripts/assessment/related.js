// Which key factors of other toolkits to show for one key factor: those that share one of its
// themes, grouped by theme, a few per theme (the theme page has them all), each shown once.
// Pure: the key factor's themes (read from their shared files) in, groups out.

export const RELATED_PER_THEME = 4;

// themes: [{slug, name, url, keyFactors}] in the key factor's theme order.
// Returns [{theme, shown: [key factor], more: number}] for the themes that have any.
export function relatedByTheme(themes, ownToolkit, limit = RELATED_PER_THEME) {
  const seen = new Set();
  const groups = [];
  for (const theme of themes) {
    const others = theme.keyFactors.filter((kf) => kf.toolkit !== ownToolkit && !seen.has(`${kf.toolkit}/${kf.slug}`));
    if (!others.length) continue;
    const shown = others.slice(0, limit);
    for (const kf of shown) seen.add(`${kf.toolkit}/${kf.slug}`);
    groups.push({ theme, shown, more: others.length - shown.length });
  }
  return groups;
}

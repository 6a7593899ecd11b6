// Small text helpers shared by the pure modules: escaping for markup built as strings,
// percentages and counted nouns as they appear in messages, the summary and the chart.

const XML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}

// Percentages are shown rounded: 0.625 -> "63%". null (no questions to count) -> "n/a".
export function formatPercent(share) {
  return share === null || share === undefined ? 'n/a' : `${Math.round(share * 100)}%`;
}

// plural(1, 'answer') -> "1 answer"; plural(3, 'answer') -> "3 answers".
export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// Sizes in messages: 1536 -> "2 KB", 52428800 -> "50.0 MB".
export function formatSize(bytes) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// A short, readable date-time for messages: "2026-11-25 10:00" (UTC, so tests are stable).
export function formatSaved(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return '';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

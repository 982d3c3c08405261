/**
 * Meilisearch inserts its highlight tags into the raw stored text without escaping it, so `<em>`
 * tags around a text that itself contains "<" or "&" would be unsafe (and wrong) to render as
 * HTML. We ask for private-use characters as tags, escape the text, then put `<em>` back.
 */
export const HIGHLIGHT_PRE_TAG = '\uE000';
export const HIGHLIGHT_POST_TAG = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A highlighted value as safe HTML whose only markup is `<em>…</em>` around the matches. */
export function toHighlightHtml(formatted: string): string {
  return formatted
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(HIGHLIGHT_PRE_TAG, '<em>')
    .replaceAll(HIGHLIGHT_POST_TAG, '</em>');
}

/** Soft hyphens, zero-width characters, bidi controls and BOMs: invisible, and they break search. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Tabs and the no-break, fixed-width and ideographic spaces; runs collapse to one space. */
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const LINE_BREAKS = /\r\n?|[\v\u0085\u2028\u2029]/g;
/**
 * Control characters except tab, line feed and form feed (our page break). One class: `\p{Cc}`
 * behind a negative look-ahead made this the slowest step of normalisation.
 */
const CONTROLS = /[^\P{Cc}\t\n\f]/gu;
/**
 * Ð (U+00D0, Icelandic eth) and Ɖ (U+0189) look exactly like Đ and are what some fonts, code
 * pages and OCR engines produce for it; Vietnamese has no eth, so next to a letter they are Đ.
 */
const ETH_UPPER = /[ÐƉ](?=[\p{L}./])|(?<=\p{L})[ÐƉ]/gu;
const ETH_LOWER = /ð(?=[\p{L}./])|(?<=\p{L})ð/gu;
const ANY_ETH = /[ÐƉð]/;

/** Character-level clean-up: NFC, Đ look-alikes, invisible characters, spaces, line endings. */
export function cleanCharacters(text: string): string {
  const cleaned = text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').normalize('NFC');
  // The look-behinds are slow on long texts, and almost no text has an eth.
  const withDd = ANY_ETH.test(cleaned) ? cleaned.replace(ETH_UPPER, 'Đ').replace(ETH_LOWER, 'đ') : cleaned;
  return withDd.replace(SPACES, ' ');
}

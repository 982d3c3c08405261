import { normalizeForm } from './spelling';

/** One unit of a provision's text, with its position in the text as given (UTF-16 offsets). */
export interface LexToken {
  /** The characters as they appear in the input. */
  readonly text: string;
  /** NFC, lower case, spelling variants folded; diacritics kept. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** `number`: digits with "." / "," separators ("1.500.000", "1,5"); `punct`: a symbol that matters. */
  readonly kind: 'word' | 'number' | 'punct';
}

const PUNCT = new Set(['%', '/', ';', ':', '.', ',', '(', ')', '-', '–']);
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Letters, combining marks and digits of the Basic Multilingual Plane below U+3000, looked up by code. */
const WORD_CHAR_TABLE = (() => {
  const table = new Uint8Array(0x3000);
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < table.length; code++) table[code] = wordChar.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code < 0x3000 ? WORD_CHAR_TABLE[code] === 1 : WORD_CHAR.test(text[at]);
};

/**
 * End of the token that starts at `at`, or `at` if none does. Tokens are syllables (letters and
 * digits, e.g. "m2", "QH14"), numerals with Vietnamese separators ("1.500.000", "1,5"), and the
 * symbols that value extraction and clause splitting need; everything else separates them.
 */
function tokenEnd(text: string, at: number): number {
  let j = at;
  if (isDigit(text.charCodeAt(at))) {
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    while ((text[j] === '.' || text[j] === ',') && isDigit(text.charCodeAt(j + 1))) {
      j++;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  }
  while (j < text.length && isWordChar(text, j)) j++;
  return j > at ? j : PUNCT.has(text[at]) ? at + 1 : at;
}

/**
 * Structure that is not content: "Điều 5." / "Chương II" / "Mục 1" / khoản "1." / "2a." / điểm "a)"
 * / "a1)" at the start of a line (REFERENCE.md §3), and point labels inline after ":" or ";".
 * "1.500.000" at a line start is not a khoản number.
 */
const STRUCTURE =
  /^[ \t]*(?:Điều[ \t]+\d+[a-zđ]?[ \t]*[.:]|Chương[ \t]+[IVXLCDM]+[a-zđ]?\b\.?|Mục[ \t]+\d+[a-zđ]?\.?|\d+(?:\.\d+)*[a-zđ]?\.(?!\d)|[a-zđ]\d*\))/gimu;
/** A point label inline: the label is the last group. */
const INLINE_POINT = /[:;][ \t]*([a-zđ]\d*\))/giu;
/** Footnote marks of consolidated texts: "[1]". */
const FOOTNOTE = /\[\d+\]/gu;

export const normOf = (token: LexToken): string => token.norm;

/** Norm of the token that stands for a structural prefix: it ends a clause and separates values. */
export const STRUCTURE_BREAK = '§';

type Range = readonly [start: number, end: number, isStructure: boolean];

function skippedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(STRUCTURE)) ranges.push([m.index, m.index + m[0].length, true]);
  for (const m of text.matchAll(INLINE_POINT)) ranges.push([m.index + m[0].length - m[1].length, m.index + m[0].length, true]);
  for (const m of text.matchAll(FOOTNOTE)) ranges.push([m.index, m.index + m[0].length, false]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * Splits a text into tokens. A structural prefix becomes one `punct` token "§"; footnote marks are
 * dropped. Offsets always refer to `text` as given, even when it is not NFC.
 */
export function lex(text: string): LexToken[] {
  const folded = normalizeForm(text);
  // Normalisation keeps length for NFC Vietnamese text (the normal case): then one pass over the
  // whole text serves every token. Otherwise each token is normalised on its own.
  const sameOffsets = folded.length === text.length;
  const skipped = skippedRanges(text);
  const tokens: LexToken[] = [];
  let r = 0;
  for (let at = 0; at < text.length; ) {
    const start = at;
    const end = tokenEnd(text, start);
    at = end > start ? end : start + 1;
    if (end === start) continue;
    while (r < skipped.length && skipped[r][1] <= start) r++;
    const range = skipped[r];
    if (range !== undefined && range[0] <= start) {
      if (range[2] && tokens[tokens.length - 1]?.start !== range[0]) {
        tokens.push({ text: text.slice(range[0], range[1]), norm: STRUCTURE_BREAK, start: range[0], end: range[1], kind: 'punct' });
      }
      continue;
    }
    const surface = text.slice(start, end);
    const norm = sameOffsets ? folded.slice(start, end) : normalizeForm(surface);
    const kind = surface.length === 1 && PUNCT.has(surface) ? 'punct' : isDigit(surface.charCodeAt(0)) ? 'number' : 'word';
    tokens.push({ text: surface, norm, start, end, kind });
  }
  return tokens;
}

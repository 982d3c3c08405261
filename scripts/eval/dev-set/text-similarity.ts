/**
 * A small text comparison of its own for building the development set: syllables, shingles and a
 * word-level diff. Deliberately independent of `libs/domain/src/overlap` (the code under test), so
 * that labels and filters do not inherit its choices.
 */

/** Old and new tone placement ("hoà" / "hòa", "uỷ" / "ủy") folded to one spelling. */
const TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

/** "Điều 5.", "1.", "a)" or "đ)" at the start of a provision, footnote marks ("[3]") and page numbers left on a line of their own. */
const LEADING_MARKER = /^\s*(?:Điều\s+\d+[a-zđ]?\s*[.:]|\d+[a-zđ]?\.|[a-zđ]\d?\))\s*/u;
const FOOTNOTE = /\[\d+\]/gu;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/gmu;
const TOKEN = /\d+(?:[.,]\d+)*|%|[\p{L}\p{M}]+/gu;

export function syllables(text: string): string[] {
  let folded = text.normalize('NFC').replace(LEADING_MARKER, '').replace(FOOTNOTE, ' ').replace(PAGE_NUMBER, ' ').toLowerCase();
  for (const [pattern, replacement] of TONE_PLACEMENT) folded = folded.replace(pattern, replacement);
  return (folded.match(TOKEN) ?? []).map((token) => (token === 'qui' ? 'quy' : token));
}

export function shingles(tokens: readonly string[], size = 3): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Share of `part`'s shingles found in `whole`. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const shingle of part) if (whole.has(shingle)) shared++;
  return shared / part.size;
}

/** A run of tokens that differs between the two texts: what `a` has there and what `b` has instead. */
export interface Hunk {
  /** Token indexes in `a` and in `b` where the hunk starts. */
  at: number;
  bAt: number;
  removed: string[];
  added: string[];
}

export interface Alignment {
  /** Length of the longest common subsequence of tokens. */
  common: number;
  /** Two-sided share of tokens in the common subsequence (Dice), 0..1. */
  similarity: number;
  hunks: Hunk[];
}

/** Word-level diff of two token lists (longest common subsequence). */
export function align(a: readonly string[], b: readonly string[]): Alignment {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      open = null;
      i++;
      j++;
      continue;
    }
    if (!open) hunks.push((open = { at: i, bAt: j, removed: [], added: [] }));
    if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) open.removed.push(a[i++]);
    else open.added.push(b[j++]);
  }
  const common = table[0];
  const total = a.length + b.length;
  return { common, similarity: total === 0 ? 1 : (2 * common) / total, hunks };
}

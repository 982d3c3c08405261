/**
 * Vietnamese syllable shape check, used to score extracted text. A syllable is an optional onset,
 * an optional medial glide, a nucleus and an optional coda, with one tone mark. Text whose
 * glyphs were lost or mis-mapped ("x t t ng", "Thjnh", "chӭc") fails this check on a large share
 * of its words, while real Vietnamese passes on nearly all of them.
 */

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Nucleus (with its medial glide) → the codas it takes; '' is an open syllable. */
const RIMES: Record<string, string[]> = {
  a: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't', 'u', 'y'],
  e: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'o'],
  ê: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  i: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u', 'a'],
  y: [''],
  o: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i', 'ong', 'oc'],
  ô: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i'],
  ơ: ['', 'm', 'n', 'p', 't', 'i'],
  u: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i', 'a', 'y'],
  ư: ['', 'c', 'm', 'n', 'ng', 't', 'i', 'u', 'a'],
  iê: ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  yê: ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  uô: ['c', 'm', 'n', 'ng', 't', 'i'],
  ươ: ['c', 'm', 'n', 'ng', 'p', 't', 'i', 'u'],
  oa: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'y'],
  oă: ['c', 'm', 'n', 'ng', 't'],
  oe: ['', 'm', 'n', 't', 'o'],
  uâ: ['n', 'ng', 't', 'y'],
  uê: ['', 'ch', 'n', 'nh'],
  uy: ['', 'ch', 'n', 'nh', 't', 'u', 'a'],
  uyê: ['n', 't'],
  uơ: [''],
};

const RIME_SET = new Set(Object.entries(RIMES).flatMap(([nucleus, codas]) => codas.map((coda) => nucleus + coda)));

/** Tone marks as combining characters; the vowel qualities (circumflex, breve, horn) are kept. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

function stripTone(word: string): string {
  return word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** Vietnamese has a few thousand syllables in use, so a small cache saves most of the work. */
const cache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/** True when `word` (letters only, any case, one syllable) has a valid Vietnamese shape. */
export function isVietnameseSyllable(word: string): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const valid = hasSyllableShape(stripTone(word.toLowerCase()));
  cache.set(word, valid);
  return valid;
}

function hasSyllableShape(plain: string): boolean {
  for (const onset of ONSETS) {
    if (!plain.startsWith(onset)) continue;
    const rime = plain.slice(onset.length);
    if (RIME_SET.has(rime)) return true;
    // "gi" doubles as onset and vowel: "gì", "gìn" are g + i(n).
    if (onset === 'gi' && RIME_SET.has('i' + rime)) return true;
  }
  return false;
}

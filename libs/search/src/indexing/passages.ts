/**
 * Words (Vietnamese syllables) per passage. A provision longer than this (an annex, a table, a long
 * point) is indexed as several overlapping passages: Meilisearch highlights and crops a hit by
 * tokenizing the whole attribute, so one 50,000-character annex in a page of hits made a search take
 * 700 ms instead of 10 (measured on the corpus, Meilisearch 1.21), and the overlap engine compared
 * every draft provision with the whole annex.
 */
export const PASSAGE_WORDS = 300;
/** Words shared by consecutive passages, so a phrase across a boundary is found whole in one of them. */
export const PASSAGE_OVERLAP_WORDS = 60;

/** A slice of a provision's text: `text === provisionText.slice(offset, offset + text.length)`. */
export interface Passage {
  /** 0-based, in reading order. */
  index: number;
  /** Character offset in the provision's text. */
  offset: number;
  text: string;
}

/** The passages of a text: the whole text when it is short enough, else windows of `PASSAGE_WORDS`. */
export function splitIntoPassages(text: string): Passage[] {
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (words.length <= PASSAGE_WORDS) return [{ index: 0, offset: 0, text }];
  const step = PASSAGE_WORDS - PASSAGE_OVERLAP_WORDS;
  const passages: Passage[] = [];
  for (let first = 0; ; first += step) {
    const last = Math.min(first + PASSAGE_WORDS, words.length) - 1;
    const offset = words[first].start;
    passages.push({ index: passages.length, offset, text: text.slice(offset, words[last].end) });
    if (last === words.length - 1) return passages;
  }
}

import { ABBREVIATIONS, SPELLING_VARIANTS } from './abbreviations';

/**
 * The Meilisearch synonyms: every short form expands to its long form, and each spelling variant
 * to the other. Long forms are not keys: Meilisearch 1.21 looks synonyms up only for query n-grams
 * of at most three words, so a key like "ủy ban nhân dân" (four) would never fire; the reverse
 * direction is done at indexing time instead (`aliasesOf`).
 */
export function buildSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (key: string, value: string) => {
    (synonyms[key] ??= []).push(value);
  };
  for (const { short, long } of ABBREVIATIONS) add(short, long);
  for (const [a, b] of SPELLING_VARIANTS) {
    add(a, b);
    add(b, a);
  }
  return synonyms;
}

import { ABBREVIATIONS } from './abbreviations';

const REVERSIBLE = ABBREVIATIONS.filter((a) => a.reverse).map(({ short, long }) => ({
  long,
  // A whole token: "UBND" in "QĐ-UBND" counts, "UBNDX" does not.
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'),
}));

/**
 * The long forms of the abbreviations that `texts` use, for the `aliases` attribute. This is the
 * long-to-short direction of the synonyms, done at indexing time because Meilisearch ignores
 * synonym keys longer than three words (measured on 1.21).
 */
export function aliasesOf(...texts: (string | null)[]): string[] {
  const joined = texts.filter((t) => t !== null).join('\n');
  return REVERSIBLE.filter(({ pattern }) => pattern.test(joined)).map(({ long }) => long);
}

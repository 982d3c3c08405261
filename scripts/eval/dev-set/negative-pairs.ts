import type { PairLine } from '../input/eval-lines';
import { isBoilerplate } from './boilerplate';
import type { Corpus, CorpusDocument } from './corpus-source';
import type { LoadedSet } from './loaded-set';
import { syllableCount, writtenProvision } from './provision-text';
import { shuffle } from './random';
import { DRAFTING_AS_OF } from './as-of';

export const NEGATIVE_GROUP = 'negative';
export const BOILERPLATE_GROUP = 'negative-boilerplate';
/** A negative must share less than this share of its trigrams with any loaded provision. */
const MAX_SHARED_UNRELATED = 0.15;
/** A boilerplate negative must share at least this much with some loaded provision (its formula). */
const MIN_SHARED_BOILERPLATE = 0.2;

/**
 * `none` pairs from documents that are not loaded and not linked to a loaded one: provisions on
 * other subjects (sharing under 15 % of their trigrams with any loaded provision), and provisions
 * made only of the formulas every act repeats, which do share words with loaded provisions. One
 * provision per document, each text once.
 */
export async function negativePairs(corpus: Corpus, loaded: LoadedSet, excluded: ReadonlySet<string>, counts: { unrelated: number; boilerplate: number }, random: () => number): Promise<PairLine[]> {
  const candidates = shuffle(corpus.documents.filter((d) => d.type !== 'Văn bản hợp nhất' && !excluded.has(d.id)), random);
  const unrelated: PairLine[] = [];
  const boilerplate: PairLine[] = [];
  // Acts of one council session repeat the same closing article word for word: keep one.
  const seen = new Set<string>();
  const fresh = (text: string) => !seen.has(text);
  for (const document of candidates) {
    if (unrelated.length >= counts.unrelated && boilerplate.length >= counts.boilerplate) break;
    const provisions = shuffle((await corpus.store(document)).provisions, random).map((p) => ({ pathKey: p.pathKey, text: writtenProvision(p), size: syllableCount(p.text) }));
    if (unrelated.length < counts.unrelated) {
      const found = provisions.find((p) => p.size >= 15 && p.size <= 120 && !isBoilerplate(p.text) && fresh(p.text) && loaded.shared(p.text) < MAX_SHARED_UNRELATED);
      if (found) unrelated.push(negative(document, found, NEGATIVE_GROUP, seen));
    }
    if (boilerplate.length < counts.boilerplate && document.level === 'provincial') {
      const found = provisions.find((p) => p.size >= 10 && p.size <= 80 && isBoilerplate(p.text) && fresh(p.text) && loaded.shared(p.text) >= MIN_SHARED_BOILERPLATE);
      if (found) boilerplate.push(negative(document, found, BOILERPLATE_GROUP, seen));
    }
  }
  return [...unrelated, ...boilerplate];
}

function negative(document: CorpusDocument, provision: { pathKey: string; text: string }, group: string, seen: Set<string>): PairLine {
  seen.add(provision.text);
  return { type: 'pair', query: provision.text, class: 'none', group, asOf: DRAFTING_AS_OF, source: `${document.number} ${provision.pathKey} (${document.issuer})` };
}

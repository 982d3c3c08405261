import type { Corpus, CorpusDocument } from './corpus-source';
import { shuffle } from './random';

const NORMATIVE_NUMBER = /^\d+\/\d{4}\/(?:QĐ-UBND|NQ-HĐND)$/u;
const CHANGES_OTHER_ACTS = /sửa đổi|bổ sung|bãi bỏ|thay thế|hết hiệu lực/iu;

/**
 * Provincial normative acts loaded as provisions in force for the planted pairs and the boilerplate
 * negatives: numbered NN/YYYY/QĐ-UBND or NQ-HĐND, 3–25 kB, dated, not amending other acts, at most
 * one per issuer.
 */
export function provincialBases(corpus: Corpus, count: number, exclude: ReadonlySet<string>, random: () => number): CorpusDocument[] {
  const issuers = new Set<string>();
  return shuffle(
    corpus.documents.filter(
      (d) => d.level === 'provincial' && NORMATIVE_NUMBER.test(d.number) && d.issued_date !== null && d.text.length >= 3000 && d.text.length <= 25000 && !CHANGES_OTHER_ACTS.test(d.title) && !exclude.has(d.id),
    ),
    random,
  ).filter((d) => {
    if (issuers.has(d.issuer) || issuers.size >= count) return false;
    issuers.add(d.issuer);
    return true;
  });
}

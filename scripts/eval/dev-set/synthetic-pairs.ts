import type { ParsedProvision } from '@legis/domain';
import type { PairLine } from '../input/eval-lines';
import { DRAFTING_AS_OF } from './as-of';
import { isBoilerplate } from './boilerplate';
import type { StoredDocument } from './corpus-source';
import { withLayoutNoise } from './layout-noise';
import type { LoadedSet } from './loaded-set';
import { syllableCount, writtenProvision, writtenSubtree } from './provision-text';
import { shuffle } from './random';
import { changeOneValue, flipOneModality, type Edit } from './value-edits';

const SYNTHETIC_COUNTS = { verbatim: 15, noisy: 15, articles: 10, numberChange: 40, modalityFlip: 40 };

interface Source {
  document: StoredDocument;
  provision: ParsedProvision;
}

/**
 * Pairs planted in provisions of the loaded documents: verbatim copies and copies with layout noise
 * (`duplicate`), whole articles with layout noise (`duplicate`, found through their clauses), one
 * value changed and one modal marker reversed (`conflict`). Each provision is used once; sources
 * alternate between provincial and central documents; a pair whose query is at least as close to
 * another loaded provision as to its source is skipped (ambiguous).
 */
export function syntheticPairs(documents: readonly StoredDocument[], loaded: LoadedSet, random: () => number): PairLine[] {
  const pool = interleave(
    shuffle(sources(documents.filter((d) => d.source.level === 'provincial'), isUnit), random),
    shuffle(sources(documents.filter((d) => d.source.level !== 'provincial'), isUnit), random),
  );
  const articles = interleave(
    shuffle(sources(documents.filter((d) => d.source.level === 'provincial'), isArticle), random),
    shuffle(sources(documents.filter((d) => d.source.level !== 'provincial'), isArticle), random),
  );
  const used = new Set<Source>();
  const take = (from: Source[], count: number, make: (source: Source) => PairLine | null): PairLine[] => {
    const out: PairLine[] = [];
    for (const source of from) {
      if (out.length >= count) break;
      if (used.has(source)) continue;
      const pair = make(source);
      if (!pair || loaded.ambiguous(pair.query, { documentId: source.document.source.id, pathKey: source.provision.pathKey })) continue;
      used.add(source);
      out.push(pair);
    }
    return out;
  };
  const edited = (kind: string, edit: (text: string, random: () => number) => Edit | null) => (source: Source): PairLine | null => {
    const change = edit(writtenProvision(source.provision), random);
    return change && pair(source, change.text, 'conflict', kind, `${change.before} → ${change.after}`);
  };
  return [
    ...take(pool, SYNTHETIC_COUNTS.verbatim, (s) => pair(s, writtenProvision(s.provision), 'duplicate', 'planted-copy', 'verbatim')),
    ...take(pool, SYNTHETIC_COUNTS.noisy, (s) => pair(s, withLayoutNoise(writtenProvision(s.provision), random), 'duplicate', 'planted-copy', 'layout noise')),
    ...take(articles, SYNTHETIC_COUNTS.articles, (s) => pair(s, withLayoutNoise(writtenSubtree(s.provision), random), 'duplicate', 'planted-copy', 'whole article, layout noise')),
    ...take(pool, SYNTHETIC_COUNTS.numberChange, edited('number-change', changeOneValue)),
    ...take(pool, SYNTHETIC_COUNTS.modalityFlip, edited('modality-flip', flipOneModality)),
  ];
}

function pair(source: Source, query: string, label: PairLine['class'], group: string, how: string): PairLine {
  return {
    type: 'pair',
    query,
    expected: { documentKey: source.document.source.id, pathKey: source.provision.pathKey },
    class: label,
    group,
    asOf: DRAFTING_AS_OF,
    source: `${source.document.source.number} ${source.provision.pathKey}: ${how}`,
  };
}

/** A clause, a point or an article without either, of 15 to 120 syllables. */
function isUnit(provision: ParsedProvision): string | null {
  const leaf = provision.level === 'clause' || provision.level === 'point' || (provision.level === 'article' && provision.children.length === 0);
  const size = syllableCount(provision.text);
  return leaf && size >= 15 && size <= 120 ? provision.text : null;
}

/** An article of 2 to 6 clauses or points and 40 to 400 syllables in all. */
function isArticle(provision: ParsedProvision): string | null {
  if (provision.level !== 'article' || provision.children.length < 2 || provision.children.length > 6) return null;
  const text = writtenSubtree(provision);
  const size = syllableCount(text);
  return size >= 40 && size <= 400 ? text : null;
}

function sources(documents: readonly StoredDocument[], shape: (p: ParsedProvision) => string | null): Source[] {
  return documents.flatMap((document) =>
    document.provisions.flatMap((provision) => {
      const text = shape(provision);
      return text === null || isBoilerplate(text) ? [] : [{ document, provision }];
    }),
  );
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

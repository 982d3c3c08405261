import { flattenProvisions, type Amendment } from '@legis/domain';
import type { PairLine } from '../input/eval-lines';
import { labelChange } from './amendment-label';
import type { Corpus, CorpusDocument, StoredDocument } from './corpus-source';
import { syllableCount, writtenProvision } from './provision-text';
import { shuffle } from './random';

export const AMENDED_GROUP = 'amended→original';
/** Amended provisions whose new text shares less than half its words with the old one (label `related`). */
export const REWRITTEN_GROUP = 'amended→rewritten';
/** Shorter quoted provisions ("a) Người lao động;") say too little to be looked up. */
const MIN_QUERY_SYLLABLES = 10;
/** Per amending / amended document pair, so that one long amending law does not make up the group. */
const MAX_PAIRS_PER_LINK = 20;

const CONSOLIDATED = 'Văn bản hợp nhất';

export interface AmendedPairs {
  pairs: PairLine[];
  targets: CorpusDocument[];
  /** Ids of the amending documents the queries come from (not loaded; not a source of negatives). */
  amending: string[];
  /** Quoted provisions left out because they share almost nothing with the provision they replace. */
  unrelated: number;
}

/**
 * The quoted new text of each provision that an amending document of the corpus rewrites, paired
 * with the provision it replaces in the amended document (also in the corpus). Targets are named by
 * number (the same issuer for provincial acts) or, for a law named without a number ("Luật Bảo
 * hiểm y tế"), resolved to the latest consolidated text issued before the amending act, which is
 * the text in force that the amendment changes. `asOf` is the amending act's issue date: the day it
 * is checked, before it takes effect.
 */
export async function amendedPairs(corpus: Corpus, random: () => number): Promise<AmendedPairs> {
  const byTarget = new Map<string, { target: CorpusDocument; pairs: PairLine[] }>();
  const amendingIds = new Set<string>();
  let unrelated = 0;
  for (const source of corpus.documents.filter((d) => d.type !== CONSOLIDATED && d.issued_date !== null)) {
    if (!/sửa đổi|bổ sung/iu.test(source.text)) continue;
    const amending = await corpus.store(source);
    const links = new Map<string, { target: CorpusDocument; amendments: Amendment[] }>();
    for (const amendment of amending.parsed.amendments) {
      if (!amendment.patch || amendment.targetPathKeys.length === 0 || !amendment.targetDocument) continue;
      const target = resolveTarget(corpus, source, amendment.targetDocument);
      if (!target) continue;
      const link = links.get(target.id) ?? { target, amendments: [] };
      link.amendments.push(amendment);
      links.set(target.id, link);
    }
    if (links.size > 0) amendingIds.add(source.id);
    for (const { target, amendments } of links.values()) {
      const original = await corpus.store(target);
      const made = amendments.flatMap((amendment) => pairsOf(amending, original, amendment));
      unrelated += made.filter((p) => p === null).length;
      const kept = shuffle(made.filter((p) => p !== null), random).slice(0, MAX_PAIRS_PER_LINK);
      const entry = byTarget.get(target.id) ?? { target, pairs: [] };
      entry.pairs.push(...kept);
      byTarget.set(target.id, entry);
    }
  }
  const useful = [...byTarget.values()].filter((entry) => entry.pairs.length > 0);
  return { pairs: useful.flatMap((entry) => entry.pairs), targets: useful.map((entry) => entry.target), amending: [...amendingIds], unrelated };
}

function resolveTarget(corpus: Corpus, source: CorpusDocument, ref: NonNullable<Amendment['targetDocument']>): CorpusDocument | null {
  if (ref.number) {
    const matches = corpus.documents.filter((d) => d.number === ref.number && d.type !== CONSOLIDATED && (source.level !== 'provincial' || d.issuer === source.issuer));
    return matches.length === 1 && matches[0].id !== source.id ? matches[0] : null;
  }
  if (!ref.name) return null;
  const name = ref.name.toLowerCase();
  const consolidated = corpus.documents
    .filter((d) => d.type === CONSOLIDATED && d.issued_date !== null && d.issued_date < source.issued_date! && d.title.toLowerCase().endsWith(name))
    .sort((a, b) => b.issued_date!.localeCompare(a.issued_date!));
  return consolidated[0] ?? null;
}

/** One pair per quoted provision that replaces a provision of the same path; null for those left out. */
function pairsOf(amending: StoredDocument, original: StoredDocument, amendment: Amendment): (PairLine | null)[] {
  return amendment.patch!.flatMap((root) => flattenProvisions([root])).flatMap((provision) => {
    const replaced = original.byPath.get(provision.pathKey);
    if (!replaced || syllableCount(provision.text) < MIN_QUERY_SYLLABLES) return [];
    const { label, similarity } = labelChange(provision.text, replaced.text);
    if (label === null) return [null];
    return [{
      type: 'pair',
      query: writtenProvision(provision),
      expected: { documentKey: original.source.id, pathKey: provision.pathKey },
      class: label,
      group: label === 'related' ? REWRITTEN_GROUP : AMENDED_GROUP,
      asOf: amending.source.issued_date!,
      source: `${amending.source.number} ${amendment.sourcePathKey} amends ${original.source.number} ${provision.pathKey} (similarity ${similarity})`,
    }];
  });
}

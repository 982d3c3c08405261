import type { PairLine } from '../input/eval-lines';
import { labelChange } from './amendment-label';
import { DRAFTING_AS_OF } from './as-of';
import type { Corpus, CorpusDocument, StoredDocument } from './corpus-source';
import { syllableCount, writtenProvision } from './provision-text';
import { shuffle } from './random';
import { syllables } from './text-similarity';

export const CONSOLIDATED_GROUP = 'consolidated→original';
const MIN_QUERY_SYLLABLES = 10;

/**
 * Provisions of consolidated texts (VBHN) that restate their base document unchanged, paired with
 * the base's provision: the VBHN must be named after the base (a VBHN is also linked to the acts
 * that amend its base), neither the provision nor its ancestors may carry a footnote mark (a mark
 * says the provision was amended), and the words must be the same (`labelChange` says duplicate).
 * At most `count`, drawn round-robin over the VBHNs so that no single one dominates.
 */
export async function consolidatedPairs(corpus: Corpus, bases: readonly CorpusDocument[], count: number, random: () => number): Promise<PairLine[]> {
  const baseIds = new Set(bases.map((b) => b.id));
  const perText: PairLine[][] = [];
  for (const link of corpus.links.filter((l) => l.relation === 'consolidates' && baseIds.has(l.to_id))) {
    const vbhn = corpus.documents.find((d) => d.id === link.from_id)!;
    const base = bases.find((b) => b.id === link.to_id)!;
    if (!namedAfter(vbhn, base)) continue;
    perText.push(shuffle(unchangedProvisions(await corpus.store(vbhn), await corpus.store(base)), random));
  }
  const out: PairLine[] = [];
  for (let round = 0; out.length < count && perText.some((list) => list.length > round); round++) {
    for (const list of perText) if (list[round] && out.length < count) out.push(list[round]);
  }
  return out;
}

/** The first words of the base's name (after its type and number) occur in the VBHN's title. */
function namedAfter(vbhn: CorpusDocument, base: CorpusDocument): boolean {
  const name = syllables(base.title.replace(`${base.type} ${base.number}`, '')).slice(0, 4).join(' ');
  return name !== '' && syllables(vbhn.title).join(' ').includes(name);
}

function unchangedProvisions(vbhn: StoredDocument, base: StoredDocument): PairLine[] {
  const amended = new Set(vbhn.provisions.filter((p) => p.noteRefs.length > 0).map((p) => p.pathKey));
  const touched = (pathKey: string) => pathKey.split('.').some((_, k, parts) => amended.has(parts.slice(0, k + 1).join('.')));
  return vbhn.provisions.flatMap((provision): PairLine[] => {
    const original = base.byPath.get(provision.pathKey);
    if (!original || touched(provision.pathKey) || syllableCount(provision.text) < MIN_QUERY_SYLLABLES) return [];
    if (labelChange(provision.text, original.text).label !== 'duplicate') return [];
    return [{
      type: 'pair',
      query: writtenProvision(provision),
      expected: { documentKey: base.source.id, pathKey: provision.pathKey },
      class: 'duplicate',
      group: CONSOLIDATED_GROUP,
      asOf: vbhn.source.issued_date ?? DRAFTING_AS_OF,
      source: `${vbhn.source.number} ${provision.pathKey} consolidates ${base.source.number}`,
    }];
  });
}

import type { ParsedProvision } from '@legis/domain';
import type { StoredDocument } from './corpus-source';
import { containment, shingles, syllables } from './text-similarity';

/** A rival must cover this share of the query's trigrams: sharing phrases is not being the same provision. */
export const MIN_RIVAL_CLOSENESS = 0.8;

/** A loaded provision shorter than this many trigrams counts only by how much of the text it covers. */
const MIN_CONTAINED_SHINGLES = 8;

interface Unit {
  document: StoredDocument;
  provision: ParsedProvision;
  shingles: Set<string>;
}

/** The expected provision of a pair. */
export interface ProvisionRef {
  documentId: string;
  pathKey: string;
}

/**
 * How close a loaded provision is to a text: the share of the text's word trigrams found in it, or
 * the share of its trigrams found in the text (a clause inside a pasted article) unless it is a
 * fragment of a few words.
 */
function closeness(text: ReadonlySet<string>, unit: ReadonlySet<string>): number {
  return Math.max(containment(text, unit), unit.size >= MIN_CONTAINED_SHINGLES ? containment(unit, text) : 0);
}

const isSameOrNested = (unit: Unit, ref: ProvisionRef) =>
  unit.document.source.id === ref.documentId &&
  (unit.provision.pathKey === ref.pathKey || unit.provision.pathKey.startsWith(`${ref.pathKey}.`) || ref.pathKey.startsWith(`${unit.provision.pathKey}.`));

/**
 * The provisions of the documents the set loads, indexed by word trigrams: how much a text shares
 * with the loaded provisions (to keep negatives clear of real overlaps), and whether some other
 * provision is at least as close to a query as the expected one (an ambiguous pair).
 */
export class LoadedSet {
  private readonly units: Unit[] = [];
  private readonly index = new Map<string, number[]>();

  constructor(readonly documents: readonly StoredDocument[]) {
    for (const document of documents) {
      for (const provision of document.provisions) {
        const unit = { document, provision, shingles: shingles(syllables(provision.text)) };
        if (unit.shingles.size === 0) continue;
        for (const shingle of unit.shingles) {
          const list = this.index.get(shingle) ?? [];
          list.push(this.units.length);
          this.index.set(shingle, list);
        }
        this.units.push(unit);
      }
    }
  }

  /** The closeness of the nearest loaded provision. */
  shared(text: string): number {
    return Math.max(0, ...this.near(text).map(({ score }) => score));
  }

  /**
   * Another provision (of any loaded document, the same one included, but not the expected
   * provision, its ancestors or its descendants, which count as hits) covers nearly all of the
   * query, and at least as much as the expected one is close to it: either could rightly come
   * first.
   */
  ambiguous(query: string, expected: ProvisionRef): boolean {
    let own = 0;
    let rival = 0;
    for (const { unit, score, covered } of this.near(query)) {
      if (isSameOrNested(unit, expected)) own = Math.max(own, score);
      else rival = Math.max(rival, covered);
    }
    return rival >= MIN_RIVAL_CLOSENESS && rival >= own;
  }

  /** Loaded provisions sharing a trigram with the text: their closeness, and the share of the text they cover. */
  private near(text: string): { unit: Unit; score: number; covered: number }[] {
    const own = shingles(syllables(text));
    const ids = new Set<number>();
    for (const shingle of own) for (const id of this.index.get(shingle) ?? []) ids.add(id);
    return [...ids].map((id) => ({ unit: this.units[id], score: closeness(own, this.units[id].shingles), covered: containment(own, this.units[id].shingles) }));
  }
}

import type { ProvisionLevel } from '../../legal-text';
import { HEAD_SIZE, hasHeading } from './anchor-of';
import { opening, shingleSequence, shingles } from './fingerprint';

export interface VersionProvision {
  pathKey: string;
  heading: string | null;
  text: string;
  level: ProvisionLevel;
}

export interface IndexedProvision {
  pathKey: string;
  level: ProvisionLevel;
  /** Distinct units, ascending. */
  units: Uint32Array;
  /** Sum of the weights of `units`. */
  weight: number;
  /** The first units, with room for a few inserted words before the anchor's opening. */
  head: readonly number[];
  /** Distinct units of the parent's heading (or text), ascending; empty for a root. */
  context: Uint32Array;
}

const RANK: Readonly<Record<ProvisionLevel, number>> = {
  annex: 0, part: 1, chapter: 2, section: 3, subsection: 4, article: 5, clause: 6, point: 7,
};
/** Posting entries pack (unit, provision) into one float: unit × 2^21 + provision (< 2^53). */
const POSITION_BITS = 2 ** 21;
const EMPTY = new Uint32Array(0);
// Bound once: Jest's VM context makes every global lookup in a hot loop many times slower (see overlap/compare/hash.ts).
const { floor, log } = Math;

/**
 * The provisions of one version, ready for anchors: their units, an inverted index from unit to
 * provisions, and unit weights by rarity within the version (ln(1 + N / df)), so that boilerplate
 * shared by many provisions ("chủ trì, phối hợp với các cơ quan liên quan") counts for little and
 * the words that set a provision apart count for much. Postings are one sorted typed array (no
 * per-unit arrays): building the index of a 1,000-provision law stays within a few tens of ms.
 */
export class VersionIndex {
  readonly provisions: IndexedProvision[];
  readonly byPath = new Map<string, number>();
  /** Unit → its group in `starts`; a group's postings are `postings[starts[g] … starts[g + 1])`. */
  private readonly groups = new Map<number, number>();
  private readonly starts: Int32Array;
  private readonly postings: Int32Array;
  /** Scratch space of `shared`, reused from one anchor to the next. */
  private readonly hits: Float64Array;

  /** `provisions` in document order (as `flattenProvisions` gives them): parents come before children. */
  constructor(provisions: readonly VersionProvision[]) {
    const parents: Array<{ rank: number; context: Uint32Array }> = [];
    let total = 0;
    this.provisions = provisions.map((provision, index) => {
      const rank = RANK[provision.level];
      while (parents.length > 0 && parents[parents.length - 1].rank >= rank) parents.pop();
      const sequence = shingleSequence(provision.heading, provision.text);
      const units = distinctSorted(sequence);
      total += units.length;
      const context = parents.at(-1)?.context ?? EMPTY;
      // The same units as `contextShingles`, without tokenizing the text twice.
      parents.push({ rank, context: hasHeading(provision.heading) ? distinctSorted([...shingles(provision.heading, '')]) : units });
      if (!this.byPath.has(provision.pathKey)) this.byPath.set(provision.pathKey, index);
      return { pathKey: provision.pathKey, level: provision.level, units, weight: 0, head: opening(sequence, 2 * HEAD_SIZE), context };
    });
    const packed = new Float64Array(total);
    let at = 0;
    this.provisions.forEach((entry, position) => {
      for (const unit of entry.units) packed[at++] = unit * POSITION_BITS + position;
    });
    packed.sort();
    this.postings = new Int32Array(total);
    const starts: number[] = [];
    let previous = -1;
    packed.forEach((value, i) => {
      const unit = floor(value / POSITION_BITS);
      if (unit !== previous) {
        this.groups.set(unit, starts.length);
        starts.push(i);
        previous = unit;
      }
      this.postings[i] = value - unit * POSITION_BITS;
    });
    starts.push(total);
    this.starts = Int32Array.from(starts);
    for (const entry of this.provisions) {
      let weight = 0;
      for (const unit of entry.units) weight += this.weightOf(unit);
      entry.weight = weight;
    }
    this.hits = new Float64Array(this.provisions.length);
  }

  /** Rarer units weigh more; a unit absent from this version weighs the most. */
  weightOf(unit: number): number {
    const group = this.groups.get(unit);
    const df = group === undefined ? 1 : this.starts[group + 1] - this.starts[group];
    return log(1 + this.provisions.length / df);
  }

  /**
   * For each provision sharing at least one of `units`: the summed `weights` of the shared units.
   * A typed array instead of a map: an anchor of common words visits thousands of postings.
   */
  shared(units: readonly number[], weights: readonly number[]): Map<number, number> {
    const touched: number[] = [];
    units.forEach((unit, i) => {
      const group = this.groups.get(unit);
      if (group === undefined) return;
      for (let p = this.starts[group]; p < this.starts[group + 1]; p++) {
        const holder = this.postings[p];
        if (this.hits[holder] === 0) touched.push(holder);
        this.hits[holder] += weights[i];
      }
    });
    const result = new Map<number, number>();
    for (const position of touched) {
      result.set(position, this.hits[position]);
      this.hits[position] = 0;
    }
    return result;
  }
}

function distinctSorted(units: readonly number[]): Uint32Array {
  const sorted = Uint32Array.from(units).sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i];
  return sorted.subarray(0, length);
}

/** Whether an ascending array holds `unit` (binary search). */
export function holds(units: Uint32Array, unit: number): boolean {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = units[middle];
    if (value === unit) return true;
    if (value < unit) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

import type { Anchor } from './anchor-of';
import { holds, VersionIndex, type IndexedProvision, type VersionProvision } from './version-index';

export type AnchorMethod = 'same-path' | 'moved' | 'changed' | 'lost';

export interface AnchorResolution {
  pathKey: string | null;
  /** 0..1. */
  confidence: number;
  /**
   * - `same-path`: same path key, words (nearly) unchanged;
   * - `moved`: another path key (renumbered, moved to another article), words (nearly) unchanged;
   * - `changed`: the words were edited (the path key may have changed too);
   * - `lost`: nothing in the new version is close enough (deleted, or rewritten beyond recognition).
   */
  method: AnchorMethod;
}

/** Text similarity from which the words count as unchanged. */
const UNCHANGED = 0.9;
/** Text similarity below which a provision is not the anchored one. */
const ACCEPT = 0.6;
/** Below this the parent (or the opening words) differ; the words must then be close on their own. */
const AGREES = 0.5;
/** Similarity needed under another parent (a clause moved to another article). */
const MOVED_ACCEPT = 0.75;
/** Similarity needed with another opening: siblings that share a formula differ in their first words. */
const REOPENED_ACCEPT = 0.8;
/** Candidates closer than this are a tie: the confidence is cut. */
const TIE_MARGIN = 0.02;
const TIE_PENALTY = 0.6;

// Bound once: Jest's VM context makes every global lookup in a hot loop many times slower (see overlap/compare/hash.ts).
const { max, min, round, sqrt } = Math;
const { EPSILON } = Number;

const indexes = new WeakMap<readonly VersionProvision[], VersionIndex>();

/**
 * Finds an anchored provision in a new version. The candidates are the provisions of the anchor's
 * level sharing a sampled bigram with it (through the inverted index), plus the one at the old path.
 * Text similarity is the geometric mean of the anchor's weighted containment in the candidate and
 * their weighted resemblance (rare bigrams weigh more), so a clause that grew keeps a fair score and
 * a short boilerplate clause found inside a long one does not. The parent's heading breaks ties
 * between identical texts and guards against look-alikes in other articles; the opening words guard
 * against a sibling with the same formula ("… được hưởng phụ cấp hằng tháng bằng … lần mức lương cơ sở").
 *
 * `provisions` must be in document order. The index of an array is built once and kept while the
 * array lives: resolve all anchors of a version against the same array, and do not mutate it.
 */
export function resolveAnchor(anchor: Anchor, provisions: readonly VersionProvision[]): AnchorResolution {
  let index = indexes.get(provisions);
  if (!index) indexes.set(provisions, (index = new VersionIndex(provisions)));
  return resolveIn(index, anchor);
}

/** Resolves many anchors against one version, building its index once. */
export function resolveAnchors(anchors: readonly Anchor[], provisions: readonly VersionProvision[]): AnchorResolution[] {
  return anchors.map((anchor) => resolveAnchor(anchor, provisions));
}

interface Scored {
  entry: IndexedProvision;
  text: number;
  score: number;
}

function resolveIn(index: VersionIndex, anchor: Anchor): AnchorResolution {
  const scored = candidates(index, anchor).sort((a, b) => b.score - a.score || (a.entry.pathKey < b.entry.pathKey ? -1 : 1));
  const best = scored[0];
  if (best === undefined) return { pathKey: null, confidence: 0, method: 'lost' };
  const samePath = best.entry.pathKey === anchor.pathKey;
  const tie = scored.length > 1 && best.score - scored[1].score < TIE_MARGIN;
  const method: AnchorMethod = best.text >= UNCHANGED ? (samePath ? 'same-path' : 'moved') : 'changed';
  const confidence = min(1, best.score) * (tie ? TIE_PENALTY : 1);
  return { pathKey: best.entry.pathKey, confidence: round(confidence * 1000) / 1000, method };
}

/** The acceptable candidates with their text similarity and final score. */
function candidates(index: VersionIndex, anchor: Anchor): Scored[] {
  if (anchor.size === 0) return emptyAnchor(index, anchor);
  const weights = anchor.sample.map((unit) => index.weightOf(unit));
  const sampleWeight = weights.reduce((sum, w) => sum + w, 0);
  // The sample stands for the whole set: scale its weight to the set's size.
  const anchorWeight = (sampleWeight / anchor.sample.length) * anchor.size;
  const hits = index.shared(anchor.sample, weights);
  const samePath = index.byPath.get(anchor.pathKey);
  if (samePath !== undefined && !hits.has(samePath)) hits.set(samePath, 0);
  const result: Scored[] = [];
  for (const [position, hit] of hits) {
    const entry = index.provisions[position];
    if (anchor.level !== null && entry.level !== anchor.level) continue;
    const containment = hit / sampleWeight;
    const shared = containment * anchorWeight;
    const resemblance = shared / max(anchorWeight + entry.weight - shared, EPSILON);
    const text = sqrt(containment * min(1, resemblance));
    if (text < ACCEPT) continue;
    const context = agreement(anchor.context, entry.context.length, (unit) => holds(entry.context, unit));
    const head = agreement(anchor.head, entry.head.length, (unit) => entry.head.includes(unit));
    if ((context < AGREES && text < MOVED_ACCEPT) || (head < AGREES && text < REOPENED_ACCEPT)) continue;
    const score = text * (0.85 + 0.15 * context) * (0.8 + 0.2 * head) + (position === samePath ? 0.03 : 0);
    result.push({ entry, text, score });
  }
  return result;
}

/** Share of the anchor's units found in the candidate's; 1 when both are empty (two roots). */
function agreement(sample: readonly number[], size: number, has: (unit: number) => boolean): number {
  if (sample.length === 0) return size === 0 ? 1 : 0.5;
  let found = 0;
  for (const unit of sample) if (has(unit)) found++;
  return found / sample.length;
}

/** A provision with no words (an article made only of clauses, with no title) is found by path only. */
function emptyAnchor(index: VersionIndex, anchor: Anchor): Scored[] {
  const position = index.byPath.get(anchor.pathKey);
  if (position === undefined) return [];
  const entry = index.provisions[position];
  return entry.units.length === 0 && entry.level === anchor.level ? [{ entry, text: 1, score: 0.5 }] : [];
}

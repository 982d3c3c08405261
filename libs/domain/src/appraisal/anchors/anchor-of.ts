import type { ParsedProvision, ProvisionLevel } from '../../legal-text';
import { bottomK, opening, shingleSequence, shingles } from './fingerprint';

/**
 * Where an appraisal comment points, in a form that survives the next version: the path key it was
 * made on plus a small fingerprint of the provision's words and of its parent's (about 0.5 KB of JSON).
 */
export interface Anchor {
  v: 1;
  pathKey: string;
  level: ProvisionLevel | null;
  /** Distinct syllable bigrams of heading and text. */
  size: number;
  /** The `SAMPLE_SIZE` smallest bigram hashes, ascending. */
  sample: number[];
  /** The first `HEAD_SIZE` distinct bigram hashes, in order: how the provision opens. */
  head: number[];
  /** The `CONTEXT_SIZE` smallest bigram hashes of the parent's heading (or text when it has none). */
  context: number[];
}

export interface AnchorSource {
  pathKey: string;
  heading: string | null;
  text: string;
  /** Read from the path key when absent. */
  level?: ProvisionLevel;
}

const SAMPLE_SIZE = 32;
export const HEAD_SIZE = 8;
const CONTEXT_SIZE = 8;

/** The anchor of a provision; `parent` is the provision it sits in (the article of a clause…), if any. */
export function anchorOf(provision: AnchorSource, parent?: { heading: string | null; text: string } | null): Anchor {
  const sequence = shingleSequence(provision.heading, provision.text);
  const units = new Set(sequence);
  return {
    v: 1,
    pathKey: provision.pathKey,
    level: provision.level ?? levelOfPathKey(provision.pathKey),
    size: units.size,
    sample: bottomK(units, SAMPLE_SIZE),
    head: opening(sequence, HEAD_SIZE),
    context: parent ? bottomK(contextShingles(parent), CONTEXT_SIZE) : [],
  };
}

/** A parent is known by its heading; clauses have none, so by their own text. */
export function contextShingles(parent: { heading: string | null; text: string }): Set<number> {
  return hasHeading(parent.heading) ? shingles(parent.heading, '') : shingles(null, parent.text);
}

export function hasHeading(heading: string | null): heading is string {
  return heading !== null && heading.trim() !== '';
}

const OUTER: ReadonlyArray<readonly [RegExp, ProvisionLevel]> = [
  [/^d\d/u, 'article'],
  [/^c[IVXLCDM\d]/u, 'chapter'],
  [/^tm\d/u, 'subsection'],
  [/^m[IVXLCDM\d]/u, 'section'],
  [/^pl|^kt$/u, 'annex'],
  [/^p[IVXLCDM\d]/u, 'part'],
];

/**
 * The level a path key names ("d5.k2" → clause). Read from the left, because a point may look like
 * a clause or an article ("d5.k2.k1" is point k1, "d5.d" point d): below an article only clauses
 * and points follow, below a clause only points.
 */
export function levelOfPathKey(pathKey: string): ProvisionLevel | null {
  let level: ProvisionLevel | null = null;
  for (const segment of pathKey.split('.')) {
    if (level === 'article') level = /^k\d/u.test(segment) ? 'clause' : 'point';
    else if (level === 'clause' || level === 'point') level = 'point';
    else level = OUTER.find(([pattern]) => pattern.test(segment))?.[1] ?? null;
  }
  return level;
}

/** The anchors of every provision of a parsed tree, in document order, each with its parent. */
export function anchorsOf(provisions: readonly ParsedProvision[]): Anchor[] {
  const anchors: Anchor[] = [];
  const visit = (node: ParsedProvision, parent: ParsedProvision | null) => {
    anchors.push(anchorOf(node, parent));
    for (const child of node.children) visit(child, node);
  };
  for (const root of provisions) visit(root, null);
  return anchors;
}

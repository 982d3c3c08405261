import type { LineMarker } from './line-classifier';
import { startsWithUpperCase } from './vietnamese';

/**
 * Whether a line that looks like a provision marker really starts one. Extraction breaks lines
 * anywhere, so "Điều 6." or "2." may be the end of a wrapped cross-reference; numbering in
 * sequence and a finished previous line are what tell the cases apart.
 */
export interface SequenceContext {
  /** The line before finished a sentence or was a heading. */
  afterBlockEnd: boolean;
  /** Parsing a quoted patch, whose numbering starts anywhere. */
  patch: boolean;
}

type Article = Extract<LineMarker, { kind: 'article' }>;
type Clause = Extract<LineMarker, { kind: 'clause' }>;
type Point = Extract<LineMarker, { kind: 'point' }>;

export function acceptsArticle(marker: Article, lastArticle: number, consolidated: boolean, context: SequenceContext): boolean {
  const expected = lastArticle + 1;
  const inSequence = marker.value === expected || (marker.inserted && marker.value === lastArticle);
  if (context.patch) return marker.punctuated || (inSequence && context.afterBlockEnd);
  // Legacy "Điều 1" without punctuation: only in sequence, after a finished line.
  if (!marker.punctuated) return inSequence && context.afterBlockEnd;
  if (marker.value === 1 && lastArticle === 0) return true;
  // Consolidated texts quote the articles of the amending acts in footnotes, never renumbering.
  if (consolidated && marker.value < lastArticle) return false;
  if (marker.title === '') return context.afterBlockEnd;
  if (context.afterBlockEnd) return true;
  // After a table cell, say: a titled article close to the expected number.
  const near = marker.value > lastArticle && marker.value <= expected + 2;
  return (inSequence || near) && startsWithUpperCase(marker.title);
}

/** `lastClause` is null outside any article. */
export function acceptsClause(marker: Clause, lastClause: number | null, context: SequenceContext): boolean {
  if (lastClause === null && !context.patch) return false;
  const last = lastClause ?? 0;
  if (marker.value > last + 10 || marker.value === 0) return false;
  const inSequence = marker.value === last + 1 || (marker.inserted && marker.value === last);
  return inSequence || context.afterBlockEnd;
}

/** `lastPoint` is the index of the last letter, -1 before the first; null outside any article. */
export function acceptsPoint(marker: Point, lastPoint: number | null, context: SequenceContext): boolean {
  if (lastPoint === null && !context.patch) return false;
  const last = lastPoint ?? -1;
  const inSequence = (marker.sub === 0 && marker.letterIndex === last + 1) || (marker.sub > 0 && marker.letterIndex === last);
  return inSequence || context.afterBlockEnd;
}

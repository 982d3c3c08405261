import { type LexToken } from '../text/lex';
import { type Bound } from './types';

const BEFORE_PHRASES: Array<[phrase: string, bound: Bound]> = [
  ['không vượt quá', 'atMost'],
  ['không lớn hơn', 'atMost'],
  ['không nhiều hơn', 'atMost'],
  ['không được quá', 'atMost'],
  ['trong thời hạn', 'atMost'],
  ['trong vòng', 'atMost'],
  ['chậm nhất', 'atMost'],
  ['tối đa', 'atMost'],
  ['không quá', 'atMost'],
  ['trong', 'atMost'],
  ['đến', 'atMost'],
  ['tới', 'atMost'],
  ['không ít hơn', 'atLeast'],
  ['không thấp hơn', 'atLeast'],
  ['không dưới', 'atLeast'],
  ['ít nhất', 'atLeast'],
  ['tối thiểu', 'atLeast'],
  ['từ đủ', 'atLeast'],
  ['đủ', 'atLeast'],
  ['từ', 'atLeast'],
  ['chưa đủ', 'lessThan'],
  ['không đủ', 'lessThan'],
  ['chưa đến', 'lessThan'],
  ['ít hơn', 'lessThan'],
  ['thấp hơn', 'lessThan'],
  ['dưới', 'lessThan'],
  ['vượt quá', 'moreThan'],
  ['nhiều hơn', 'moreThan'],
  ['cao hơn', 'moreThan'],
  ['trên', 'moreThan'],
  ['quá', 'moreThan'],
  ['hơn', 'moreThan'],
];
/** Longest first, so "không quá" wins over "quá" and "chưa đủ" over "đủ". */
const BEFORE = BEFORE_PHRASES.map(([phrase, bound]) => ({ words: phrase.split(' '), bound })).sort(
  (a, b) => b.words.length - a.words.length,
);

const AFTER: Readonly<Record<string, Bound>> = { 'trở lên': 'atLeast', 'trở xuống': 'atMost' };

export interface BoundMatch {
  readonly bound: Bound;
  /** Index of the first token of a bound phrase before the value, else the value's first token. */
  readonly start: number;
}

/**
 * The bound of a value whose tokens are `[start, end)`: a phrase before it ("không quá", "chậm nhất
 * là", "đủ", "dưới"), or "trở lên" / "trở xuống" after it, which wins ("từ 60 tuổi trở lên").
 */
export function findBound(tokens: readonly LexToken[], start: number, end: number): BoundMatch | undefined {
  const after = `${tokens[end]?.norm ?? ''} ${tokens[end + 1]?.norm ?? ''}`;
  if (AFTER[after] !== undefined) {
    return { bound: AFTER[after], start: tokens[start - 1]?.norm === 'từ' ? start - 1 : start };
  }
  const last = tokens[start - 1]?.norm === 'là' ? start - 1 : start;
  for (const { words, bound } of BEFORE) {
    const first = last - words.length;
    if (first >= 0 && words.every((w, k) => tokens[first + k].norm === w)) return { bound, start: first };
  }
  return undefined;
}

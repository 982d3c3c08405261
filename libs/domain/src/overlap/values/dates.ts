import { type LexToken } from '../text/lex';

export interface DateMatch {
  readonly kind: 'date' | 'annualDate';
  /** yyyymmdd, yyyymm or yyyy for dates; mmdd for annual dates. */
  readonly value: number;
  readonly unit: 'date' | 'date:month' | 'date:year' | 'annual_date';
  /** Index of the first token after the date. */
  readonly end: number;
}

const intAt = (tokens: readonly LexToken[], i: number, min: number, max: number): number | undefined => {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d+$/.test(t.text)) return undefined;
  const n = Number(t.text);
  return n >= min && n <= max ? n : undefined;
};
const day = (tokens: readonly LexToken[], i: number) => intAt(tokens, i, 1, 31);
const month = (tokens: readonly LexToken[], i: number) => intAt(tokens, i, 1, 12);
const year = (tokens: readonly LexToken[], i: number) =>
  tokens[i]?.text.length === 4 ? intAt(tokens, i, 1900, 2199) : undefined;
const isWord = (tokens: readonly LexToken[], i: number, w: string) => tokens[i]?.norm === w;
const isSeparator = (tokens: readonly LexToken[], i: number) => tokens[i]?.norm === '/' || tokens[i]?.norm === '-';

/** "D/M/Y" or "D-M-Y" starting at `i`. */
function numericDate(tokens: readonly LexToken[], i: number): DateMatch | undefined {
  const d = day(tokens, i);
  if (d === undefined || !isSeparator(tokens, i + 1)) return undefined;
  const m = month(tokens, i + 2);
  if (m === undefined) return undefined;
  if (isSeparator(tokens, i + 3)) {
    const y = year(tokens, i + 4);
    return y === undefined ? undefined : { kind: 'date', value: y * 10000 + m * 100 + d, unit: 'date', end: i + 5 };
  }
  return undefined;
}

/**
 * A date starting at `tokens[i]`: "ngày 15 tháng 3 năm 2024", "ngày 15/3/2024", "15/03/2024",
 * "tháng 3 năm 2024", "tháng 3/2024", "năm 2024", and the yearly "ngày 15 tháng 12" / "ngày 15/12"
 * (no year follows).
 */
export function matchDate(tokens: readonly LexToken[], i: number): DateMatch | undefined {
  if (tokens[i].kind === 'punct') return undefined;
  if (isWord(tokens, i, 'ngày')) {
    const d = day(tokens, i + 1);
    if (d === undefined) return undefined;
    const numeric = numericDate(tokens, i + 1);
    if (numeric !== undefined) return numeric;
    const spelled = isWord(tokens, i + 2, 'tháng');
    if (!spelled && !isSeparator(tokens, i + 2)) return undefined;
    const m = month(tokens, i + 3);
    if (m === undefined) return undefined;
    const y = spelled && isWord(tokens, i + 4, 'năm') ? year(tokens, i + 5) : undefined;
    if (y !== undefined) return { kind: 'date', value: y * 10000 + m * 100 + d, unit: 'date', end: i + 6 };
    return { kind: 'annualDate', value: m * 100 + d, unit: 'annual_date', end: i + 4 };
  }
  if (isWord(tokens, i, 'tháng')) {
    const m = month(tokens, i + 1);
    if (m === undefined) return undefined;
    const y = isWord(tokens, i + 2, 'năm') || isSeparator(tokens, i + 2) ? year(tokens, i + 3) : undefined;
    return y === undefined ? undefined : { kind: 'date', value: y * 100 + m, unit: 'date:month', end: i + 4 };
  }
  if (isWord(tokens, i, 'năm')) {
    const y = year(tokens, i + 1);
    return y === undefined ? undefined : { kind: 'date', value: y, unit: 'date:year', end: i + 2 };
  }
  return numericDate(tokens, i);
}

import { type LexToken } from '../text/lex';
import { parseNumeral } from './numerals';

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Digit words that only occur after "mươi"/"mười": "hai mươi mốt", "ba mươi tư", "mười lăm". */
const AFTER_TENS: Readonly<Record<string, number>> = { mốt: 1, tư: 4, lăm: 5, nhăm: 5 };
const SCALES: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const QUANTITY_STARTS = new Set([...Object.keys(DIGIT_WORDS), 'mười']);
const CONTINUATIONS = new Set(['mươi', 'trăm', 'linh', 'lẻ', ...Object.keys(SCALES)]);

/** Whether a quantity can start at this token: a numeral, a digit word or "mười". */
export function startsQuantity(token: LexToken): boolean {
  return token.kind === 'number' || (token.kind === 'word' && QUANTITY_STARTS.has(token.norm));
}

export interface Quantity {
  readonly value: number;
  /** Index of the first token after the quantity. */
  readonly end: number;
}

/**
 * Reads a number written with digits, Vietnamese number words, or both, starting at `tokens[i]`:
 * "30", "1,5 tỷ", "2 triệu 500 nghìn", "ba mươi", "hai mươi mốt", "một trăm linh năm",
 * "hai nghìn không trăm hai mươi", "hai triệu rưỡi".
 *
 * "năm" is both "five" and "year": it is read as five only when a unit or another number word
 * follows ("năm ngày", "năm năm", "năm mươi"), and never right after "mười"/"mươi" ("mười năm" is
 * ten years; fifteen is "mười lăm"). "không" is zero only before "trăm" ("không trăm"), since it
 * otherwise means "not".
 *
 * @param startsUnit whether a unit begins at a token index, to settle "năm".
 */
export function readQuantity(
  tokens: readonly LexToken[],
  i: number,
  startsUnit: (index: number) => boolean,
): Quantity | undefined {
  let total = 0;
  let group = 0;
  let pending: number | undefined;
  let lastScale = 0;
  let afterTens = false;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    const w = t.norm;
    if (t.kind === 'number') {
      if (pending !== undefined || group > 0) break;
      const n = parseNumeral(t.text);
      if (n === undefined) break;
      pending = n;
    } else if (t.kind !== 'word') {
      break;
    } else if (w === 'mười') {
      if (pending !== undefined || group % 100 !== 0) break;
      group += 10;
      afterTens = true;
      continue;
    } else if (w === 'mươi') {
      if (pending === undefined || pending > 9 || pending < 2) break;
      group += pending * 10;
      pending = undefined;
      afterTens = true;
      continue;
    } else if (w === 'trăm') {
      if (pending === undefined || pending > 9 || group % 1000 !== 0) break;
      group += pending * 100;
      pending = undefined;
    } else if (w === 'linh' || w === 'lẻ') {
      if (tokens[j - 1]?.norm !== 'trăm' || j === i) break;
    } else if (SCALES[w] !== undefined) {
      const amount = group + (pending ?? 0);
      if (amount === 0) break;
      lastScale = SCALES[w]!;
      total += amount * lastScale;
      group = 0;
      pending = undefined;
    } else if (w === 'rưỡi') {
      if (lastScale === 0 || group > 0 || pending !== undefined) break;
      total += lastScale / 2;
      j++;
      break;
    } else if (afterTens && AFTER_TENS[w] !== undefined && pending === undefined) {
      pending = AFTER_TENS[w];
    } else if (DIGIT_WORDS[w] !== undefined && pending === undefined) {
      if (w === 'năm' && (afterTens || !(startsUnit(j + 1) || CONTINUATIONS.has(tokens[j + 1]?.norm ?? '')))) break;
      if (w === 'không' && tokens[j + 1]?.norm !== 'trăm') break;
      pending = DIGIT_WORDS[w];
    } else {
      break;
    }
    afterTens = false;
  }
  if (j === i) return undefined;
  // A trailing "linh" belongs to no number ("một trăm linh" + non-number).
  if (tokens[j - 1].norm === 'linh' || tokens[j - 1].norm === 'lẻ') return undefined;
  const value = total + group + (pending ?? 0);
  return { value: Math.round(value * 1e6) / 1e6, end: j };
}

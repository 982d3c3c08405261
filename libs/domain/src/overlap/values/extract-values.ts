import { lex, STRUCTURE_BREAK, type LexToken } from '../text/lex';
import { findBound } from './bounds';
import { matchDate } from './dates';
import { readQuantity, startsQuantity } from './quantity';
import { type ExtractedValue } from './types';
import { matchUnit } from './units';

/** Words after which a number names a part of a document or an ordinal, not a quantity. */
const REFERENCE_WORDS = new Set(['điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'số', 'thứ', 'khóa', 'lục', 'mẫu']);
const DATE_WORDS = new Set(['ngày', 'tháng', 'năm']);
const RANGE_JOINERS = new Set(['đến', 'tới', '-', '–']);
/** Where a subject stops. Not ":", which often follows the subject ("Số lượng hồ sơ: 02 bộ"). */
const SUBJECT_BREAKS = new Set([';', '.', ',', '(', ')', STRUCTURE_BREAK]);
/** How many syllables before a value name its subject. */
const SUBJECT_SYLLABLES = 5;

/** Syllables before token `index`, back to a punctuation break or to token `floor`. */
function subjectBefore(tokens: readonly LexToken[], index: number, floor: number): string {
  const words: string[] = [];
  for (let k = index - 1; k >= floor && words.length < SUBJECT_SYLLABLES; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && SUBJECT_BREAKS.has(t.norm)) break;
    if (t.kind === 'word') words.unshift(t.norm);
  }
  return words.join(' ');
}

/** Index after a document number or similar "/"-chain ("45/2019/QH14", "1234/QĐ-UBND"). */
function skipNumberChain(tokens: readonly LexToken[], i: number): number {
  let j = i;
  while (
    (tokens[j + 1]?.norm === '/' || (j > i && tokens[j + 1]?.norm === '-')) &&
    tokens[j + 2] !== undefined &&
    tokens[j + 2].kind !== 'punct'
  ) {
    j += 2;
  }
  return j + 1;
}

/**
 * Comparable values of a provision: durations and time limits, money, percentages, ages, counts,
 * areas, lengths, masses, volumes, dates and yearly dates, written in digits ("1.500.000 đồng",
 * "1,5 tỷ đồng", "10%") or in words ("ba mươi ngày", "mười phần trăm"). Numbers that cite a part of
 * a document ("Điều 5", "khoản 2", "số 45/2019/QH14", "Kỳ họp thứ 10") are not values.
 * A number without a unit takes the unit of a range it opens ("từ 18 đến 60 tuổi").
 */
export function extractValues(text: string): ExtractedValue[] {
  return valuesOf(text, lex(text));
}

/** `extractValues` over tokens already produced by `lex(text)`. */
export function valuesOf(text: string, tokens: readonly LexToken[]): ExtractedValue[] {
  const values: ExtractedValue[] = [];
  let previousEnd = 0;
  const startsUnit = (index: number) => matchUnit(tokens, index) !== undefined;

  const push = (first: number, last: number, kind: ExtractedValue['kind'], value: number, unit: string, withBound: boolean) => {
    const bound = withBound ? findBound(tokens, first, last + 1) : undefined;
    values.push({
      kind,
      text: text.slice(tokens[first].start, tokens[last].end),
      value: Math.round(value * 1e6) / 1e6,
      unit,
      ...(bound ? { bound: bound.bound } : {}),
      start: tokens[first].start,
      end: tokens[last].end,
      subject: subjectBefore(tokens, bound?.start ?? first, previousEnd),
    });
    previousEnd = last + 1;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (REFERENCE_WORDS.has(t.norm) && tokens[i + 1]?.kind === 'number') {
      i = skipNumberChain(tokens, i + 1);
      continue;
    }
    const date = t.kind === 'number' || DATE_WORDS.has(t.norm) ? matchDate(tokens, i) : undefined;
    if (date !== undefined) {
      push(i, date.end - 1, date.kind, date.value, date.unit, false);
      i = date.end;
      continue;
    }
    if (t.kind === 'number' && tokens[i + 1]?.norm === '/') {
      i = skipNumberChain(tokens, i);
      continue;
    }
    const quantity = startsQuantity(t) ? readQuantity(tokens, i, startsUnit) : undefined;
    if (quantity === undefined) {
      i++;
      continue;
    }
    let unitStart = quantity.end;
    // "15 (mười lăm) ngày": the number repeated in words.
    if (tokens[unitStart]?.norm === '(') {
      const repeat = readQuantity(tokens, unitStart + 1, startsUnit);
      if (repeat !== undefined && tokens[repeat.end]?.norm === ')') unitStart = repeat.end + 1;
    }
    const unit = matchUnit(tokens, unitStart);
    if (unit !== undefined) {
      push(i, unit.end - 1, unit.kind, quantity.value * unit.factor, unit.unit, true);
      i = unit.end;
      continue;
    }
    if (RANGE_JOINERS.has(tokens[quantity.end]?.norm ?? '')) {
      const upper = readQuantity(tokens, quantity.end + 1, startsUnit);
      const rangeUnit = upper && matchUnit(tokens, upper.end);
      if (rangeUnit !== undefined) {
        push(i, quantity.end - 1, rangeUnit.kind, quantity.value * rangeUnit.factor, rangeUnit.unit, true);
      }
    }
    i = quantity.end;
  }
  return values;
}

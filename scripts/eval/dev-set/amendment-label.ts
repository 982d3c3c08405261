import type { EvalClass } from '../input/eval-lines';
import { align, syllables, type Hunk } from './text-similarity';

/**
 * The label of an amended provision against the original it replaces, by a rule of its own (not
 * the classifier under test), checked by reading a sample of pairs:
 * - `duplicate`: the same words (layout, tone placement and footnote marks aside), or similarity
 *   ≥ 0.95 with no number, negation or modal word among the words edited;
 * - `conflict`: word-level similarity ≥ 0.6 and a value (a number with its unit: days, months,
 *   years, hours, ages, đồng, %, people, times) or a modality (phải / không được / được / cấm /
 *   có quyền) changed in place;
 * - `overlap`: similarity ≥ 0.5; `related`: similarity ≥ 0.2;
 * - null: the new text shares too little with the old one to be found by its words (left out).
 * Similarity is the Dice share of the longest common subsequence of syllables.
 */
export const DUPLICATE_MIN_SIMILARITY = 0.95;
export const CONFLICT_MIN_SIMILARITY = 0.6;
export const OVERLAP_MIN_SIMILARITY = 0.5;
export const RELATED_MIN_SIMILARITY = 0.2;

const UNITS = new Set(['ngày', 'tháng', 'năm', 'giờ', 'phút', 'tuần', 'tuổi', 'đồng', '%', 'phần', 'lần', 'người', 'ha', 'm', 'm2', 'km', 'kg', 'tấn', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'tiết', 'buổi', 'học', 'lao', 'thành', 'trẻ']);
/** Words before a number that make it a date part or a reference, not a value. */
const NOT_VALUE_BEFORE = new Set(['ngày', 'tháng', 'năm', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'số', 'lục', 'hạng', 'bậc', 'thứ', 'kỳ', 'khóa']);
const NUMBER = /^\d+(?:[.,]\d+)*$/u;

function isValueAt(tokens: readonly string[], i: number): boolean {
  return NUMBER.test(tokens[i] ?? '') && UNITS.has(tokens[i + 1] ?? '') && !NOT_VALUE_BEFORE.has(tokens[i - 1] ?? '');
}

/** "05" and "5", "500.000" and "500000" are one value; "," is the decimal mark. */
const numeric = (token: string) => String(Number(token.replace(/\./g, '').replace(',', '.')));

function valueChanged(a: readonly string[], b: readonly string[], hunk: Hunk): boolean {
  const before = hunk.removed.map((token, k) => (isValueAt(a, hunk.at + k) ? token : null)).filter((t) => t !== null);
  const after = hunk.added.map((token, k) => (isValueAt(b, hunk.bAt + k) ? token : null)).filter((t) => t !== null);
  return before.length > 0 && after.length > 0 && before.map(numeric).join(' ') !== after.map(numeric).join(' ');
}

type Modality = 'prohibition' | 'obligation' | 'permission' | 'exemption';
const MODALITIES: ReadonlyArray<readonly [RegExp, Modality]> = [
  [/(?:^| )(?:không được|nghiêm cấm|cấm)(?: |$)/u, 'prohibition'],
  [/(?:^| )không (?:phải|bắt buộc)(?: |$)/u, 'exemption'],
  [/(?:^| )(?:phải|có trách nhiệm|có nghĩa vụ)(?: |$)/u, 'obligation'],
  [/(?:^| )(?:được|có quyền|được phép)(?: |$)/u, 'permission'],
];

/** Modalities that cannot both hold for one action: must / must not, may / must not, must / need not. */
const OPPOSITE = new Set(['permission/prohibition', 'obligation/prohibition', 'exemption/obligation']);

function modalityOf(tokens: readonly string[]): Modality | null {
  const text = tokens.join(' ');
  return MODALITIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The hunk with one common word either side reads as a different modal marker in the two texts. */
function modalityChanged(a: readonly string[], b: readonly string[], hunk: Hunk): boolean {
  const before = modalityOf(a.slice(Math.max(0, hunk.at - 1), hunk.at + hunk.removed.length + 1));
  const after = modalityOf(b.slice(Math.max(0, hunk.bAt - 1), hunk.bAt + hunk.added.length + 1));
  return before !== null && after !== null && OPPOSITE.has([before, after].sort().join('/'));
}

/** Words whose edit changes what a provision requires, however short the edit. */
const SUBSTANTIVE = /^(?:\d.*|không|chưa|phải|được|cấm|nghiêm)$/u;
const substantive = (hunk: Hunk) => [...hunk.removed, ...hunk.added].some((token) => SUBSTANTIVE.test(token));

export interface ChangeLabel {
  label: Exclude<EvalClass, 'none'> | null;
  similarity: number;
}

export function labelChange(newText: string, oldText: string): ChangeLabel {
  const a = syllables(newText);
  const b = syllables(oldText);
  const alignment = align(a, b);
  const similarity = Math.round(alignment.similarity * 1000) / 1000;
  if (alignment.hunks.length === 0) return { label: 'duplicate', similarity };
  const edited = alignment.hunks.some((hunk) => valueChanged(a, b, hunk) || modalityChanged(a, b, hunk));
  if (similarity >= CONFLICT_MIN_SIMILARITY && edited) return { label: 'conflict', similarity };
  if (similarity >= DUPLICATE_MIN_SIMILARITY && !alignment.hunks.some(substantive)) return { label: 'duplicate', similarity };
  if (similarity >= OVERLAP_MIN_SIMILARITY) return { label: 'overlap', similarity };
  if (similarity >= RELATED_MIN_SIMILARITY) return { label: 'related', similarity };
  return { label: null, similarity };
}

/**
 * Planted edits that make a provision contradict its original: one value changed (a time limit, an
 * amount, a percentage, an age, a count) or one modal marker reversed. Found and rewritten with
 * expressions of their own, not with the value and modality extractors under test.
 */

const L = '\\p{L}\\p{M}';
/** A number and its unit, not part of a date ("ngày 15 tháng 7"), a reference ("Điều 5") or a code ("01/2024"). */
const VALUE = new RegExp(`(?<![${L}\\d.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)(\\s*)(ngày|tháng|năm|giờ|tuổi|đồng|%|lần|người)(?![${L}])`, 'gu');
const NOT_A_VALUE_BEFORE = /(?:ngày|tháng|năm|Điều|điều|khoản|điểm|số|mục|Mục|Chương|lục|hạng|thứ|[-–/])\s*$/u;

export interface Edit {
  text: string;
  before: string;
  after: string;
}

function formatLike(original: string, value: number): string {
  if (original.includes('.') && /^\d{1,3}(?:\.\d{3})+$/.test(original)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return String(value).padStart(original.length, '0');
}

/** The new value: 30 ngày → 15 ngày, 18 tuổi → 16 tuổi, 500.000 đồng → 700.000 đồng, 10% → 15%, 3 lần → 4 lần. */
function changedNumber(numeral: string, unit: string): string {
  if (numeral.includes(',')) {
    const [whole, fraction] = numeral.split(',');
    return `${Number(whole) + 1},${fraction}`;
  }
  const n = Number(numeral.replace(/\./g, ''));
  switch (unit) {
    case 'ngày':
    case 'tháng':
    case 'năm':
    case 'giờ':
      return formatLike(numeral, n >= 2 ? Math.round(n / 2) : n + 1);
    case 'tuổi':
      return formatLike(numeral, n > 2 ? n - 2 : n + 2);
    case 'đồng':
      return formatLike(numeral, Math.round((n * 1.4) / 1000) * 1000 || n + 1000);
    case '%':
      return formatLike(numeral, n + 5 <= 100 ? n + 5 : n - 5);
    default:
      return formatLike(numeral, n + 1);
  }
}

/** The text with one of its values changed (picked by `random`); null without a value. */
export function changeOneValue(text: string, random: () => number): Edit | null {
  const values = [...text.matchAll(VALUE)].filter((m) => !NOT_A_VALUE_BEFORE.test(text.slice(0, m.index)));
  if (values.length === 0) return null;
  const match = values[Math.floor(random() * values.length)];
  const [whole, numeral, space, unit] = match;
  const after = `${changedNumber(numeral, unit)}${space}${unit}`;
  if (after === whole) return null;
  return { text: text.slice(0, match.index) + after + text.slice(match.index + whole.length), before: whole, after };
}

/** Verbs after which "được" grants an entitlement rather than forming a passive ("được quy định"). */
const ENTITLEMENTS = 'hưởng|nghỉ|miễn|giảm|hỗ trợ|tham gia|sử dụng|thanh toán|tiếp tục|phép';
const FLIPS: ReadonlyArray<readonly [RegExp, (marker: string) => string]> = [
  [/không được phép/u, () => 'được phép'],
  [/không được/u, () => 'được'],
  [/nghiêm cấm/u, () => 'cho phép'],
  [/không phải/u, () => 'phải'],
  [/phải/u, () => 'không được'],
  [/có quyền/u, () => 'không có quyền'],
  [/[Cc]ấm/u, (marker) => (marker === 'Cấm' ? 'Được phép' : 'được phép')],
  [new RegExp(`được(?= (?:${ENTITLEMENTS})(?![${L}]))`, 'u'), () => 'không được'],
];
const MARKERS = new RegExp(`(?<![${L}])(?:${FLIPS.map(([pattern]) => pattern.source).join('|')})(?![${L}])`, 'gu');

function matchesAt(pattern: RegExp, text: string, index: number, marker: string): boolean {
  const sticky = new RegExp(pattern.source, 'uy');
  sticky.lastIndex = index;
  return sticky.exec(text)?.[0] === marker;
}

/** The text with one modal marker reversed (phải → không được, được → không được, cấm → được phép, …); null without one. */
export function flipOneModality(text: string, random: () => number): Edit | null {
  const markers = [...text.matchAll(MARKERS)].filter((m) => !/(?:không|chưa)\s+$/u.test(text.slice(0, m.index)));
  if (markers.length === 0) return null;
  const match = markers[Math.floor(random() * markers.length)];
  const rewrite = FLIPS.find(([pattern]) => matchesAt(pattern, text, match.index, match[0]))![1];
  const after = rewrite(match[0]);
  return { text: text.slice(0, match.index) + after + text.slice(match.index + match[0].length), before: match[0], after };
}

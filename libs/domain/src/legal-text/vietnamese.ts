/**
 * Letters, numerals and case tests for Vietnamese legal text. Point letters follow the Vietnamese
 * alphabet (no f, j, w, z; "đ" right after "d"), so they are never sorted in ASCII order.
 */
export const POINT_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

const POINT_LETTER_INDEX = new Map<string, number>(POINT_LETTERS.map((letter, index) => [letter, index]));

/** Position of a point letter in Vietnamese order, or -1 for a letter that points never use. */
export function pointLetterIndex(letter: string): number {
  return POINT_LETTER_INDEX.get(letter) ?? -1;
}

/** Compares point numbers such as "d", "đ", "a1", "a2" in Vietnamese order. */
export function comparePointNumbers(a: string, b: string): number {
  const byLetter = pointLetterIndex(a.charAt(0)) - pointLetterIndex(b.charAt(0));
  if (byLetter !== 0) return byLetter;
  return Number(a.slice(1) || '0') - Number(b.slice(1) || '0');
}

const ROMAN_VALUES: ReadonlyArray<readonly [string, number]> = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && ROMAN.test(text);
}

export function intToRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15,
};

/** "thứ nhất" → 1, "thứ Sáu" → 6 (used by "Phần thứ …" and "Kỳ họp thứ …"). */
export function ordinalWordValue(text: string): number | null {
  const words = text.toLowerCase().replace(/^thứ\s+/u, '').trim().replace(/\s+/gu, ' ');
  return ORDINAL_WORDS[words] ?? null;
}

/** True when the text has letters and none of them is lower case ("QUY ĐỊNH CHUNG"). */
export function isUpperCaseText(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function startsWithLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

export function startsWithUpperCase(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Strips leading zeros from a numeral ("01" → "1", "043" → "43"), keeping a lone "0". */
export function stripLeadingZeros(text: string): string {
  return text.replace(/^0+(?=\d)/, '');
}

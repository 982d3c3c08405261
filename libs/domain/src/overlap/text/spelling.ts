/**
 * Spelling variants of Vietnamese that must compare equal, folded without changing string length so
 * that character offsets into the original text stay valid.
 *
 * - Tone placement in open syllables with the nuclei "oa", "oe" and "uy" has two accepted styles:
 *   "hòa / hoà", "khỏe / khoẻ", "thủy / thuỷ", "Ủy / Uỷ". We fold to the tone-on-first-vowel form
 *   ("hòa", "ủy"), which the official texts in the corpus mostly use for "Ủy ban". A syllable with a
 *   final consonant ("hoàn", "huỳnh") has one spelling only and is left alone, as is "qu" + "y" where
 *   "u" belongs to the onset ("quý", "quỹ").
 * - "qui" is the older spelling of "quy" ("qui định").
 * - U+00D0 "Ð" (Icelandic eth) is a common mistype of "Đ"; superscript ² and ³ appear in "m²", "m³".
 */
const END_OF_SYLLABLE = '(?![\\p{L}\\p{M}\\p{N}])';

const OA_OE = new RegExp(`o([àáảãạèéẻẽẹ])${END_OF_SYLLABLE}`, 'gu');
const OA_OE_SWAP: Readonly<Record<string, string>> = {
  à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa',
  è: 'òe', é: 'óe', ẻ: 'ỏe', ẽ: 'õe', ẹ: 'ọe',
};

const UY = new RegExp(`(?<!q)u([ỳýỷỹỵ])${END_OF_SYLLABLE}`, 'gu');
const UY_SWAP: Readonly<Record<string, string>> = { ỳ: 'ùy', ý: 'úy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy' };

const QUI = new RegExp(`(?<![\\p{L}\\p{M}])qu([iíìỉĩị])${END_OF_SYLLABLE}`, 'gu');
const QUI_SWAP: Readonly<Record<string, string>> = { i: 'y', í: 'ý', ì: 'ỳ', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

const SINGLE_CHARS = /[ðÐ²³]/gu;
const SINGLE_CHAR_SWAP: Readonly<Record<string, string>> = { ð: 'đ', Ð: 'đ', '²': '2', '³': '3' };

/** Folds spelling variants of an already lower-cased NFC string. The result has the same length. */
export function foldSpelling(lower: string): string {
  return lower
    .replace(SINGLE_CHARS, (c) => SINGLE_CHAR_SWAP[c] ?? c)
    .replace(OA_OE, (_m, v: string) => OA_OE_SWAP[v] ?? `o${v}`)
    .replace(UY, (_m, v: string) => UY_SWAP[v] ?? `u${v}`)
    .replace(QUI, (_m, v: string) => `qu${QUI_SWAP[v] ?? v}`);
}

/** NFC, lower case and spelling folds: the comparison form of one syllable or a whole text. */
export function normalizeForm(text: string): string {
  return foldSpelling(text.normalize('NFC').toLowerCase());
}

/** Removes all diacritics ("đ" becomes "d"): the form people type without a Vietnamese keyboard. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

import { isVietnameseSyllable } from './vietnamese-syllable';

/** How readable extracted text is: `score` from 0 (unusable) to 1, and why it is not 1. */
export interface TextQuality {
  score: number;
  reasons: string[];
}

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
const WORD = /[\p{L}\p{M}]+/gu;
const NON_LATIN_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
const SUSPICIOUS_CHAR = /[\uFFFD\uE000-\uF8FF\p{Script=Cyrillic}\p{Script=Greek}\p{M}]|[^\P{Cc}\t\n\f\r]/gu;
const NON_ASCII_LETTER = /\P{ASCII}/u;
const UPPER = /\p{Lu}/gu;

/** Below this many characters per page a PDF text layer is treated as absent. */
const SPARSE_CHARS_PER_PAGE = 100;

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * Acronyms ("HĐND", "TTr", "BLĐTBXH") and single capitals (units, initials, Roman numerals).
 * Only plain letters and Đ qualify, so capitals with other accents ("QUYÕT") are still judged.
 */
function isAcronym(word: string): boolean {
  const capitals = word.match(UPPER)?.length ?? 0;
  return /^[A-Za-zĐ]+$/u.test(word) && (capitals >= 2 || (capitals === 1 && word.length === 1));
}

/**
 * Scores text by the share of words that are well-formed Vietnamese syllables, the share that
 * carry Vietnamese diacritics, and the density of characters that extraction errors leave
 * behind (replacement and private-use characters, Cyrillic look-alikes, stray combining marks).
 * Acronyms ("HĐND", "TTr") and point labels ("b)") are not counted. Pass `pages` for PDFs so a
 * near-empty text layer scores low.
 */
export function assessTextQuality(text: string, pages?: number): TextQuality {
  const reasons: string[] = [];
  const body = text.replace(URL_OR_EMAIL, ' ');
  let valid = 0;
  let invalid = 0;
  let withDiacritics = 0;
  let foreignScript = 0;
  for (const match of body.matchAll(WORD)) {
    const word = match[0];
    const next = body[match.index + word.length];
    // Point labels and enumerations: "b)", "điểm a, b và c".
    if (word.length === 1 && next !== undefined && ').,;'.includes(next)) continue;
    if (NON_LATIN_LETTER.test(word)) {
      foreignScript++;
      invalid++;
    } else if (isVietnameseSyllable(word)) {
      valid++;
      if (NON_ASCII_LETTER.test(word)) withDiacritics++;
    } else if (!isAcronym(word)) {
      invalid++;
    }
  }

  const words = valid + invalid;
  if (words === 0) return { score: 0, reasons: ['no words'] };
  let score = valid / words;
  if (invalid / words > 0.05) reasons.push(`${percent(invalid / words)} of words are not valid Vietnamese syllables`);
  if (foreignScript > 0) reasons.push(`${foreignScript} words mix in Cyrillic or Greek letters (broken font mapping)`);

  const diacriticRatio = valid === 0 ? 0 : withDiacritics / valid;
  if (diacriticRatio < 0.25) {
    score *= 0.5 + diacriticRatio * 2;
    reasons.push(`few Vietnamese diacritics (${percent(diacriticRatio)} of words)`);
  }

  const letters = body.replace(/\s+/gu, '').length;
  const suspicious = body.match(SUSPICIOUS_CHAR)?.length ?? 0;
  if (suspicious > 0) {
    score -= Math.min(0.5, (suspicious / letters) * 5);
    reasons.push(`${suspicious} replacement, private-use, control or stray combining characters`);
  }

  if (pages !== undefined && pages > 0) {
    const perPage = letters / pages;
    if (perPage < SPARSE_CHARS_PER_PAGE) {
      score = Math.min(score, (perPage / SPARSE_CHARS_PER_PAGE) * 0.5);
      reasons.push(`sparse text: ${Math.round(perPage)} characters per page`);
    }
  }
  if (words < 20) reasons.push(`little text (${words} words); the score is unreliable`);

  return { score: Math.round(Math.max(0, score) * 1000) / 1000, reasons };
}

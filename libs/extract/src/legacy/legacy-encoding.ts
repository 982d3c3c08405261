import { assessTextQuality } from '../quality/assess-text-quality';
import { TCVN3_ALIASES, TCVN3_TO_UNICODE } from './tcvn3-table';
import { VNI_TO_UNICODE } from './vni-table';

/** Pre-Unicode Vietnamese font encodings whose text extracts as mojibake. */
export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Letters that only Unicode Vietnamese has; legacy mojibake is made of Latin-1 characters. */
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;

const LATIN1_VIETNAMESE_LETTERS = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

/**
 * TCVN3 bytes that are not Vietnamese letters in Latin-1 either, so finding them is evidence of
 * TCVN3. The soft hyphen (ư) and Ð (é, but also a common stand-in for Đ) are left out.
 */
const TCVN3_SIGNALS = new Set(
  [...TCVN3_TO_UNICODE.keys()]
    .filter((byte) => byte !== 0xad && byte !== 0xd0)
    .map((byte) => String.fromCharCode(byte))
    .filter((char) => !LATIN1_VIETNAMESE_LETTERS.has(char)),
);

const VNI_MAP = new Map<string, string>();
for (const [sequence, letter] of VNI_TO_UNICODE) {
  VNI_MAP.set(sequence, letter);
  VNI_MAP.set(sequence.toUpperCase(), letter.toUpperCase());
  if (sequence.length === 2) VNI_MAP.set(sequence[0].toUpperCase() + sequence[1], letter.toUpperCase());
}

/** "hoà", "hoá", "choãi" spell the same in Unicode (old tone placement), so they prove nothing. */
const VNI_AMBIGUOUS = new Set(['oà', 'oá', 'oã']);
const VNI_SIGNAL = new RegExp(
  [...[...VNI_MAP.keys()].filter((key) => key.length === 2 && !VNI_AMBIGUOUS.has(key.toLowerCase())), ...'æÆñÑöÖîÎ'].join('|'),
  'g',
);

/** TCVN3 bytes that are also Latin-1 capitals ("Ò" = ề): evidence when they follow a lower-case letter ("§iÒu"). */
const TCVN3_CAPITALS = [...TCVN3_TO_UNICODE.keys()].map((byte) => String.fromCharCode(byte)).filter((char) => char !== char.toLowerCase() && !TCVN3_SIGNALS.has(char));
const TCVN3_SIGNAL = new RegExp(`[${[...TCVN3_SIGNALS].join('')}]|(?<=\\p{Ll})[${TCVN3_CAPITALS.join('')}]`, 'gu');
const UNICODE_VIETNAMESE_ALL = new RegExp(UNICODE_VIETNAMESE.source, 'gu');

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Enough text to decide on; documents do not switch encodings halfway. */
const SAMPLE_CHARS = 100_000;
/** A conversion must raise the quality score by this much to be believed. */
const MIN_GAIN = 0.05;

/**
 * Detects TCVN3 or VNI mojibake statistically. Each encoding leaves characteristic characters
 * ("¸", "®", "Ò" inside a word for TCVN3; a vowel followed by "ù", "ø", "û" for VNI); when they
 * outnumber the letters only Unicode Vietnamese has, the text is converted both ways and the
 * encoding whose result reads best as Vietnamese (see `assessTextQuality`) wins, provided it
 * reads clearly better than the text as it is. Returns null for Unicode text, including
 * Unicode text with the odd "«", "§" or "µ".
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const unicode = count(sample, UNICODE_VIETNAMESE_ALL);
  const candidates = (['TCVN3', 'VNI'] as const).filter((encoding) => {
    const signals = count(sample, encoding === 'TCVN3' ? TCVN3_SIGNAL : VNI_SIGNAL);
    return signals >= 3 && signals > unicode;
  });
  if (candidates.length === 0) return null;
  let best: LegacyEncoding | null = null;
  let bestScore = assessTextQuality(sample).score + MIN_GAIN;
  for (const encoding of candidates) {
    const score = assessTextQuality(convertLegacyEncoding(sample, encoding)).score;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

function hasSignal(text: string, encoding: LegacyEncoding): boolean {
  return count(text, encoding === 'TCVN3' ? TCVN3_SIGNAL : VNI_SIGNAL) > 0;
}

/**
 * Capitals were set in the ".VnTimeH" fonts, which draw them at the lower-case positions, so
 * case comes from the plain letters around them: a word is in capitals when it has a capital
 * after its first letter and no lower case ("QUYÕT"), or when the line is in capitals and the
 * word has nothing to say ("§Þ", "Tõ"). "Hµ" stays "Hà".
 */
function convertTcvn3Word(word: string, upperLine: boolean): string {
  let out = '';
  for (const char of word) {
    const code = char.charCodeAt(0);
    out += (code >= 0xa1 && code <= 0xfe ? TCVN3_TO_UNICODE.get(code) : undefined) ?? TCVN3_ALIASES.get(char) ?? char;
  }
  const ascii = [...word].map((char, index) => ({ char, index })).filter(({ char }) => /[A-Za-z]/.test(char));
  const hasLower = ascii.some(({ char }) => char >= 'a');
  const innerCapital = ascii.some(({ char, index }) => index > 0 && char <= 'Z');
  const upper = !hasLower && (innerCapital || upperLine);
  return upper ? out.toUpperCase() : out;
}

function convertVniWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = VNI_MAP.get(word.slice(i, i + 2));
    if (pair !== undefined && i + 1 < word.length) {
      out += pair;
      i++;
    } else {
      out += VNI_MAP.get(word[i]) ?? word[i];
    }
  }
  return out;
}

function isMostlyUpperCase(line: string): boolean {
  const letters = line.match(/[A-Za-z]/g) ?? [];
  return letters.length >= 3 && letters.filter((letter) => letter <= 'Z').length / letters.length >= 0.8;
}

/**
 * Converts TCVN3 or VNI mojibake to Unicode. Documents that mix fonts are common (a Unicode
 * header over a .VnTime body), so lines that already contain Unicode-only Vietnamese letters are
 * left alone except for words that carry legacy evidence and no Unicode-only letter.
 */
export function convertLegacyEncoding(text: string, encoding: LegacyEncoding): string {
  return text
    .split('\n')
    .map((line) => {
      const unicodeLine = UNICODE_VIETNAMESE.test(line);
      const upperLine = isMostlyUpperCase(line);
      return line.replace(/\S+/g, (word) => {
        if (UNICODE_VIETNAMESE.test(word)) return word;
        if (unicodeLine && !hasSignal(word, encoding)) return word;
        return encoding === 'TCVN3' ? convertTcvn3Word(word, upperLine) : convertVniWord(word);
      });
    })
    .join('\n');
}

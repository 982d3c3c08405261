import { lex } from './lex';
import { foldDiacritics } from './spelling';

/** A syllable or numeral of a provision, located in the original text. */
export interface Token {
  readonly text: string;
  /** Comparison form: NFC, lower case, tone placement and "qui" folded, diacritics kept. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

export interface NormalizeOptions {
  /** Also remove diacritics ("Ủy ban" → "uy ban"), e.g. to match text typed without them. */
  readonly foldDiacritics?: boolean;
}

/**
 * The syllables of a text in comparison form, without punctuation, structural prefixes
 * ("Điều 5.", "1.", "a)") or footnote marks ("[1]").
 */
export function tokenize(text: string, options: NormalizeOptions = {}): Token[] {
  return lex(text)
    .filter((t) => t.kind !== 'punct')
    .map(({ text: surface, norm, start, end }) => ({
      text: surface,
      norm: options.foldDiacritics ? foldDiacritics(norm) : norm,
      start,
      end,
    }));
}

/** The comparison form of a text: its syllables joined by single spaces. */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  return tokenize(text, options)
    .map((t) => t.norm)
    .join(' ');
}

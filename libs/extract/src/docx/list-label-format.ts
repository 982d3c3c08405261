import { lowerLetters, lowerRoman } from '../list-numerals';

/** A list counter in a Word number format (w:numFmt); unknown formats fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerRoman':
      return lowerRoman(value);
    case 'upperRoman':
      return lowerRoman(value).toUpperCase();
    case 'lowerLetter':
      return lowerLetters(value);
    case 'upperLetter':
      return lowerLetters(value).toUpperCase();
    default:
      return String(value);
  }
}

/** Dash-like bullets stay dashes ("- " items are common in Vietnamese documents); others become "•". */
export function bullet(text: string): string {
  if (/^[-–—−]$/u.test(text)) return '-';
  return text === '+' ? '+' : '•';
}

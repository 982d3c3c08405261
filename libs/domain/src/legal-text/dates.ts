/** Dates as Vietnamese legal texts write them, turned into ISO `YYYY-MM-DD`. */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** ISO date from numbers, or null when the day does not exist (30 February) or the year is implausible. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1945 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const limit = month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > limit) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Extracted text drops spaces ("tháng7") and splits numbers from words, hence the `\s*`.
const WORDED_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/])/u;

export interface FoundDate {
  iso: string;
  /** Offset of the match in the searched text. */
  index: number;
  raw: string;
}

/** The first "ngày D tháng M năm YYYY" (or "D/M/YYYY") in the text that is a real date. */
export function findDate(text: string): FoundDate | null {
  const worded = WORDED_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const candidates = [worded, numeric]
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index);
  for (const match of candidates) {
    const iso = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
    if (iso) return { iso, index: match.index, raw: match[0] };
  }
  return null;
}

import { isStructuralStart, opensTitle } from './structural-line';

const PAGE_BREAK = '\f';
/** A line ending like this closes its paragraph: ".", ":", ";", "!", "?", "./.", maybe quoted. */
const TERMINATOR = /[.:;!?…]["”’)\]]*$/u;
/** Endings that promise more: a comma, an open bracket, a dash, or a word no sentence ends with. */
const CONTINUES = /(?:[,(–]|\s(?:của|và|các|những|về|tại|theo|số|với|cho|bởi|hoặc|thuộc|trong|từ|đến|ngày))$/u;
const STARTS_LOWER = /^["“‘(]?\p{Ll}/u;
/** "Điều 5 Thông tư này": an article number without "." or ":" is a cross-reference, not a heading. */
const STARTS_REFERENCE = /^Điều\s+\d+[a-zđ]?\s+\p{L}/u;
/** "(Kèm theo Quyết định số …)": a complete unit. */
const PARENTHESISED = /^\(.*\)$/u;
/** A code or number cut at a hyphen or slash ("84/BC-" + "KTNS"): rejoin without a space. */
const SPLIT_CODE = /[\p{L}\d][-/]$/u;
const STARTS_CODE = /^[\p{L}\d]/u;
/** Share of the typical line width above which a line is taken to have wrapped. */
const WRAPPED = 0.8;

function isUpperCase(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The 90th-percentile length of substantial lines: the width of a full line of body text. */
function typicalWidth(lines: string[]): number {
  const lengths = lines.filter((line) => line.length >= 20).map((line) => line.length);
  if (lengths.length < 3) return Number.POSITIVE_INFINITY;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)];
}

function shouldJoin(previous: string, next: string, width: number): boolean {
  if (isStructuralStart(next)) return false;
  if (STARTS_LOWER.test(next)) return true;
  if (TERMINATOR.test(previous) || PARENTHESISED.test(previous)) return false;
  return CONTINUES.test(previous) || SPLIT_CODE.test(previous) || STARTS_REFERENCE.test(next) || previous.length >= width * WRAPPED;
}

function join(paragraph: string, next: string): string {
  return SPLIT_CODE.test(paragraph) && STARTS_CODE.test(next) ? paragraph + next : `${paragraph} ${next}`;
}

/**
 * Joins visual lines into paragraphs:
 * - a structural start (see `isStructuralStart`) always begins a new paragraph, and so does a
 *   blank line unless the next line starts in lower case;
 * - a line starting in lower case continues the previous one;
 * - otherwise a line continues the previous one when that one did not end a sentence and ran to
 *   (nearly) the full text width, ended with a comma or a word no sentence ends with ("của",
 *   "và"), or was cut inside a code ("84/BC-"), or when the line is a cross-reference ("Điều 5
 *   Thông tư này");
 * - capital-letter lines after a title opener ("Chương II", "NGHỊ QUYẾT", "PHỤ LỤC I") are
 *   joined into one title line.
 * Form feeds mark page breaks and do not stop joining: each is kept as its own line, placed
 * before the first paragraph that starts on the new page.
 */
export function joinWrappedLines(lines: string[]): string[] {
  const width = typicalWidth(lines);
  const paragraphs: string[] = [];
  let previousLine: string | undefined;
  let pageBreak = false;
  let blank = false;
  let inHeadingTitle = false;
  let afterTitleOpener = false;

  for (const line of lines) {
    if (line === PAGE_BREAK) {
      pageBreak = true;
      continue;
    }
    if (line === '') {
      blank = true;
      continue;
    }
    const last = paragraphs.length - 1;
    const titleContinues = inHeadingTitle && isUpperCase(line) && !isStructuralStart(line);
    // OCR puts blank lines between the blocks it finds, sometimes mid-sentence: a lower-case
    // start still continues the paragraph.
    const joinable = !blank || (STARTS_LOWER.test(line) && !isStructuralStart(line));
    if (previousLine !== undefined && joinable && !afterTitleOpener && (titleContinues || shouldJoin(previousLine, line, width))) {
      paragraphs[last] = join(paragraphs[last], line);
    } else {
      if (pageBreak && paragraphs.length > 0) paragraphs.push(PAGE_BREAK);
      pageBreak = false;
      paragraphs.push(line);
      inHeadingTitle = afterTitleOpener && isUpperCase(line);
    }
    afterTitleOpener = opensTitle(line);
    previousLine = line;
    blank = false;
  }
  return paragraphs;
}

import { classifyLine, type LineMarker } from './line-classifier';
import type { SourceLine } from './source-lines';
import { isUpperCaseText } from './vietnamese';

/**
 * Decisions the tree builder can only take by reading ahead a few lines. Each reads a bounded
 * window, so parsing stays linear.
 */

/** Index of the last line of a "(Ban hành kèm theo …)" note, which may wrap over a few lines. */
export function introEnd(lines: readonly SourceLine[], index: number, footnotes: ReadonlySet<string>): number {
  for (let end = index; end < index + 5 && end < lines.length; end++) {
    const text = lines[end].text;
    if (end > index && classifyLine(text, footnotes) !== null) break;
    if (/\)\s*$/u.test(text)) return end;
  }
  return index;
}

/** An attached regulation starts here: "Điều 1." comes, after nothing but headings and titles. */
export function regulationFollows(lines: readonly SourceLine[], from: number, footnotes: ReadonlySet<string>): boolean {
  let afterHeading = false;
  for (let j = from; j < from + 15 && j < lines.length; j++) {
    const text = lines[j].text;
    const marker = classifyLine(text, footnotes);
    if (marker?.kind === 'article') return marker.value === 1 && (marker.punctuated || marker.title === '');
    const title = afterHeading || isUpperCaseText(text) || /^(?:Độc lập|\/|-+$)/u.test(text);
    afterHeading = marker?.kind === 'heading';
    if (!afterHeading && (marker !== null || !title)) return false;
  }
  return false;
}

/** "Phụ lục II" is an annex heading when a title or a "(Kèm theo …)" note follows. */
export function annexFollows(
  marker: Extract<LineMarker, { kind: 'annex' }>,
  lines: readonly SourceLine[],
  index: number,
  footnotes: ReadonlySet<string>,
): boolean {
  if (marker.title !== '' && !/^[a-zđ]/u.test(marker.title)) return true;
  for (let j = index + 1; j <= index + 4 && j < lines.length; j++) {
    const text = lines[j].text;
    if (classifyLine(text, footnotes)?.kind === 'attachment_intro' || isUpperCaseText(text)) return true;
  }
  return false;
}

/** No closing curly quote follows for a quote open at `index`, within the next 400 lines. */
export function quoteStaysOpen(lines: readonly SourceLine[], index: number): boolean {
  let depth = 1;
  for (let j = index; j < lines.length && j < index + 400; j++) {
    for (const ch of lines[j].text) {
      if (ch === '\u201C') depth++;
      else if (ch === '\u201D' && --depth === 0) return false;
    }
  }
  return true;
}

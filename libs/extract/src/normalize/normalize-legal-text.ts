import { cleanCharacters } from './clean-characters';
import { joinWrappedLines } from './join-lines';
import { stripRunningHeads } from './running-heads';

export interface NormalizeOptions {
  /**
   * Join wrapped visual lines into paragraphs (default true). Turn it off for text whose lines
   * already are paragraphs (DOCX, HTML).
   */
  joinLines?: boolean;
}

/**
 * Normalises extracted or stored legal text so that each line is one paragraph and every
 * structural unit (Phần, Chương, Mục, Điều, "1.", "a)", Phụ lục, Căn cứ, Nơi nhận, signature
 * block) starts a line:
 * - NFC; Ð/Ɖ/ð used as Đ/đ become Đ/đ; soft hyphens, zero-width and bidi characters removed;
 *   no-break and other spaces and tabs become single spaces; lines are trimmed;
 * - Official Gazette running heads ("CÔNG BÁO/Số … /Ngày …"), its e-signature box, and bare
 *   page numbers next to a page break are dropped;
 * - wrapped lines are joined (see `joinWrappedLines`), blank lines are dropped.
 * A form feed on its own line marks a page break and is kept. Pure: no I/O, same input, same
 * output. Run legacy-encoding conversion first: TCVN3 uses the soft hyphen for "ư".
 */
export function normalizeLegalText(text: string, options: NormalizeOptions = {}): string {
  const lines = cleanCharacters(text)
    // Blank lines around a page break must not stop a paragraph from running onto the next page.
    .replace(/\s*\f\s*/g, '\n\f\n')
    .split('\n')
    .map((line) => (line === '\f' ? line : line.trim()));
  const kept = stripRunningHeads(lines);
  const paragraphs = options.joinLines === false ? kept.filter((line) => line !== '') : joinWrappedLines(kept);
  const withoutEdgeBreaks = trimPageBreaks(dedupePageBreaks(paragraphs));
  return withoutEdgeBreaks.join('\n');
}

function dedupePageBreaks(lines: string[]): string[] {
  return lines.filter((line, index) => line !== '\f' || lines[index - 1] !== '\f');
}

function trimPageBreaks(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '\f') start++;
  while (end > start && lines[end - 1] === '\f') end--;
  return lines.slice(start, end);
}

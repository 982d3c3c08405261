const ENDS_PARAGRAPH = /(?:[.;:!?…]|\.\/\.)["\u201D)]*$/u;
const STARTS_PARAGRAPH = /^[\p{Lu}\d\u201C"(\-+•–*]/u;

/**
 * Joins extracted lines into text. PDF and HTML extraction break lines anywhere, so a line joins
 * the previous one with a space unless the previous one finished a sentence and this one starts a
 * new paragraph, in which case they are separated by a newline.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  let previous = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (ENDS_PARAGRAPH.test(previous) && STARTS_PARAGRAPH.test(line)) text += `\n${line}`;
    else text += ` ${line}`;
    previous = line;
  }
  return text;
}

/** The previous line closed a sentence or a heading, so a new provision may start on this one. */
export const ENDS_BLOCK = /(?:[.;:!?…]|[\u201D"»)\]])$/u;

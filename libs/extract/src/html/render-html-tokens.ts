import { lowerLetters, lowerRoman } from '../list-numerals';
import type { MarkupToken } from '../sandbox/sandbox-protocol';

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'canvas']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
const CELL_SEPARATOR = ' | ';

interface List {
  ordered: boolean;
  next: number;
  type: string;
}

function listMarker(list: List | undefined): string {
  if (!list) return '';
  if (!list.ordered) return '- ';
  const value = list.next++;
  switch (list.type) {
    case 'a':
      return `${lowerLetters(value)}) `;
    case 'A':
      return `${lowerLetters(value).toUpperCase()}. `;
    case 'i':
      return `${lowerRoman(value)}. `;
    case 'I':
      return `${lowerRoman(value).toUpperCase()}. `;
    default:
      return `${value}. `;
  }
}

/**
 * Renders htmlparser2 tokens as text lines: block elements and <br> end lines, a table row
 * becomes one line with cells joined by " | " (blocks inside a cell become spaces), list items
 * get a "- " bullet or their number ("1.", "a)" in the Vietnamese point style, "I."), <pre>
 * keeps its line breaks, and head, scripts, styles and other non-content elements are dropped.
 * Whitespace collapses as a browser would.
 */
export function renderHtmlTokens(tokens: readonly MarkupToken[]): string[] {
  const lines: string[] = [];
  const lists: List[] = [];
  let current = '';
  let skipped = 0;
  let preformatted = 0;
  let cellDepth = 0;
  let cellsInRow = 0;

  const flush = (): void => {
    const line = current.trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const breakLine = (): void => {
    if (cellDepth > 0) current += ' ';
    else flush();
  };

  for (const token of tokens) {
    if (token[0] === 'text') {
      if (skipped > 0) continue;
      if (preformatted > 0 && cellDepth === 0) {
        const [first, ...rest] = token[1].split('\n');
        current += first;
        for (const line of rest) {
          flush();
          current = line;
        }
      } else {
        current += token[1].replace(/[ \t\n\r\f]+/g, ' ');
      }
      continue;
    }
    const [kind, name] = token;
    if (SKIPPED.has(name)) {
      skipped += kind === 'open' ? 1 : -1;
      continue;
    }
    if (skipped > 0) continue;
    if (kind === 'open') {
      if (name === 'tr') {
        flush();
        cellsInRow = 0;
      } else if (CELLS.has(name)) {
        if (cellsInRow++ > 0) current += CELL_SEPARATOR;
        cellDepth++;
      } else if (name === 'br') {
        breakLine();
      } else if (BLOCKS.has(name)) {
        breakLine();
        if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', next: Number(token[2].start ?? 1) || 1, type: token[2].type ?? '1' });
        if (name === 'li') current += listMarker(lists.at(-1));
        if (name === 'pre') preformatted++;
      }
    } else if (CELLS.has(name)) {
      cellDepth = Math.max(0, cellDepth - 1);
    } else if (BLOCKS.has(name)) {
      if (name === 'ol' || name === 'ul') lists.pop();
      if (name === 'pre') preformatted = Math.max(0, preformatted - 1);
      if (name === 'table' || name === 'tr') flush();
      else breakLine();
    }
  }
  flush();
  return lines;
}

import type { LabelledParagraph } from './word-numbering';

/** The parts of mammoth's document model that carry text (see mammoth/lib/documents.js). */
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  noteId?: string;
  body?: DocxNode[];
  notes?: { _notes?: Record<string, DocxNode> };
}

/** How far ahead to look for the document.xml paragraph matching a mammoth paragraph. */
const ALIGNMENT_WINDOW = 50;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of a paragraph's content; `forMatching` drops note marks, which document.xml text lacks. */
function inlineText(node: DocxNode, forMatching = false): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'noteReference':
      return forMatching ? '' : `[${node.noteId ?? ''}]`;
    default:
      return (node.children ?? []).map((child) => inlineText(child, forMatching)).join('');
  }
}

/**
 * Renders mammoth's document model as lines: one per paragraph, prefixed with the list label
 * Word shows (matched to document.xml by paragraph text, in order, so paragraphs mammoth drops
 * or adds do not shift the labels); a table row becomes one line with cells joined by " | ";
 * footnote and endnote references become "[n]" and the notes follow the body as "[n] text".
 */
export function renderDocxDocument(document: DocxNode, labelled: readonly LabelledParagraph[]): string[] {
  const lines: string[] = [];
  let next = 0;

  const labelFor = (paragraph: DocxNode): string => {
    const wanted = squash(inlineText(paragraph, true));
    const end = Math.min(labelled.length, next + ALIGNMENT_WINDOW);
    for (let index = next; index < end; index++) {
      if (squash(labelled[index].text) === wanted) {
        next = index + 1;
        return labelled[index].label ?? '';
      }
    }
    return '';
  };

  const cellText = (cell: DocxNode): string =>
    squash((cell.children ?? []).map((child) => (child.type === 'paragraph' ? labelFor(child) + inlineText(child) : blockText(child))).join(' '));
  const blockText = (node: DocxNode): string =>
    node.type === 'table'
      ? (node.children ?? []).map((row) => (row.children ?? []).map(cellText).join(' | ')).join(' ')
      : (node.children ?? []).map((child) => inlineText(child)).join('');

  const visit = (node: DocxNode): void => {
    if (node.type === 'paragraph') {
      lines.push(labelFor(node) + inlineText(node));
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) lines.push((row.children ?? []).map(cellText).join(' | '));
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  visit(document);

  for (const note of Object.values(document.notes?._notes ?? {})) {
    const text = squash((note.body ?? []).map((paragraph) => inlineText(paragraph)).join(' '));
    if (text !== '') lines.push(`[${note.noteId ?? ''}] ${text}`);
  }
  return lines;
}

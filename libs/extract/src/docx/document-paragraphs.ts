import type { MarkupToken } from '../sandbox/sandbox-protocol';

/** A w:p of document.xml: its text (tabs and breaks as spaces), paragraph style and direct list numbering. */
export interface RawParagraph {
  text: string;
  styleId?: string;
  numId?: string;
  level?: number;
}

/** Body paragraphs in document order. Properties inside tracked-change records are old values and skipped. */
export function readParagraphs(tokens: readonly MarkupToken[]): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  const open: RawParagraph[] = [];
  let inText = 0;
  let inRun = 0;
  let inChangeRecord = 0;
  for (const token of tokens) {
    const current = open.at(-1);
    if (token[0] === 'text') {
      if (current && inText > 0) current.text += token[1];
      continue;
    }
    const [kind, name] = token;
    const delta = kind === 'open' ? 1 : -1;
    if (name === 'w:t') inText += delta;
    else if (name === 'w:r') inRun += delta;
    else if (name === 'w:pPrChange' || name === 'w:rPrChange') inChangeRecord += delta;
    if (name === 'w:p') {
      if (kind === 'open') open.push({ text: '' });
      else if (current) paragraphs.push(open.pop()!);
      continue;
    }
    if (kind !== 'open' || !current || inChangeRecord > 0) continue;
    const value = token[2]['w:val'];
    if (name === 'w:pStyle') current.styleId = value;
    else if (name === 'w:numId') current.numId = value;
    else if (name === 'w:ilvl') current.level = Number(value ?? 0);
    else if ((name === 'w:tab' || name === 'w:br' || name === 'w:cr') && inRun > 0) current.text += ' ';
  }
  return paragraphs;
}

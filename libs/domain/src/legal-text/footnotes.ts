import type { ProvenanceNote } from './types';

/**
 * Footnotes of consolidated texts (văn bản hợp nhất): "[3]" markers with "[3] …" definitions at
 * the end (HTML), or numbers glued to the text with the notes at the foot of each gazette page.
 * They say where each provision comes from, so they are kept as provenance, out of the body.
 */
export type LineKind = 'content' | 'blank' | 'noise' | 'note';

export const INLINE_NOTE = /\[(\d{1,3})\]/gu;
const NOTE_DEFINITION = /^\[(\d{1,3})\]\s*(.*)$/u;
const GAZETTE_NOTE_DEFINITION = /^(\d{1,3})\s+(?=[\p{Lu}“"(])(.*)$/u;

/**
 * Consolidated texts printed in the Official Gazette put numbered footnotes at the foot of each
 * page ("3 Điều này được sửa đổi, bổ sung tại …"), after a blank line. Their numbers run 1, 2, 3…
 * through the document, which is what tells them from body text.
 */
export function collectGazetteNotes(
  texts: readonly string[],
  kinds: LineKind[],
  heads: readonly number[],
  notes: ProvenanceNote[],
): Set<string> {
  const markers = new Set<string>();
  let expected = 1;
  for (let i = 1; i < texts.length; i++) {
    if (kinds[i] !== 'content' || (kinds[i - 1] !== 'blank' && kinds[i - 1] !== 'note')) continue;
    const match = GAZETTE_NOTE_DEFINITION.exec(texts[i]);
    const number = match ? Number(match[1]) : NaN;
    if (!match || number < expected || number > expected + 3) continue;
    const parts = [match[2]];
    kinds[i] = 'note';
    const line = i + 1;
    while (i + 1 < texts.length && kinds[i + 1] === 'content' && !startsNote(texts[i + 1], number + 1)) {
      parts.push(texts[++i]);
      kinds[i] = 'note';
    }
    expected = number + 1;
    let end = i;
    for (let pages = 0; pages < 3 && isUnfinished(parts); pages++) {
      const next = continuationOnNextPage(texts, kinds, heads, end, expected);
      if (next === null) break;
      for (let j = next.start; j <= next.end; j++) {
        parts.push(texts[j]);
        kinds[j] = 'note';
      }
      end = next.end;
    }
    notes.push({ marker: String(number), text: parts.join(' '), line, pathKey: null });
    markers.add(String(number));
  }
  return markers;
}

function startsNote(text: string, number: number): boolean {
  const match = GAZETTE_NOTE_DEFINITION.exec(text);
  return match !== null && Number(match[1]) === number;
}

/** A note cut by the page break: a quote left open, or no closing punctuation. */
function isUnfinished(parts: readonly string[]): boolean {
  const text = parts.join(' ');
  const opened = text.split('\u201C').length - text.split('\u201D').length;
  return opened > 0 || !/[.;:!?\u201D")]$/u.test(text);
}

/**
 * A footnote that does not fit its page goes on at the foot of the next page: the last block,
 * after a blank line, before the page ends or the next footnote starts.
 */
function continuationOnNextPage(
  texts: readonly string[],
  kinds: readonly LineKind[],
  heads: readonly number[],
  after: number,
  nextNote: number,
): { start: number; end: number } | null {
  const pageStart = heads.find((head) => head > after);
  if (pageStart === undefined) return null;
  const pageEnd = heads.find((head) => head > pageStart) ?? texts.length;
  let stop = pageEnd;
  for (let j = pageStart + 1; j < pageEnd; j++) {
    if (kinds[j] === 'content' && startsNote(texts[j], nextNote)) {
      stop = j;
      break;
    }
  }
  // Footnotes follow each other without a blank line: a blank line before the next one means
  // nothing of the previous one is on this page.
  if (stop < pageEnd && kinds[stop - 1] === 'blank') return null;
  let end = stop - 1;
  while (end > pageStart && kinds[end] !== 'content') end--;
  let start = end;
  while (start - 1 > pageStart && kinds[start - 1] === 'content') start--;
  const bodyBefore = kinds.slice(pageStart + 1, start - 1).some((kind) => kind === 'content');
  if (end <= pageStart || kinds[start - 1] !== 'blank' || !bodyBefore) return null;
  // A block opening with an article, a heading, a provision or another footnote is not a continuation.
  if (/^(?:Điều\s+\d|Chương\s|Mục\s|\d{1,3}[a-zđ]?\.\s|[a-zđ]\d?\)\s)/u.test(texts[start]) || GAZETTE_NOTE_DEFINITION.test(texts[start])) return null;
  if (end - start > 30) return null;
  return { start, end };
}

/** Definitions "[n] …" of markers already used inline run until the next definition. */
export function collectBracketNotes(texts: readonly string[], kinds: LineKind[], notes: ProvenanceNote[]): void {
  const used = new Set<string>();
  let open: ProvenanceNote | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== 'content') continue;
    const text = texts[i];
    const definition = NOTE_DEFINITION.exec(text);
    // Definitions run in order once they start; a marker may have been used in a part not given.
    if (definition && (used.has(definition[1]) || (open !== null && Number(definition[1]) === Number(open.marker) + 1))) {
      open = { marker: definition[1], text: definition[2], line: i + 1, pathKey: null };
      notes.push(open);
      kinds[i] = 'note';
      continue;
    }
    if (open) {
      open.text += `\n${text}`;
      kinds[i] = 'note';
      continue;
    }
    if (text.includes('[')) for (const match of text.matchAll(INLINE_NOTE)) used.add(match[1]);
  }
}

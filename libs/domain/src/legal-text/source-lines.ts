import { collectBracketNotes, collectGazetteNotes, INLINE_NOTE, type LineKind } from './footnotes';
import type { ProvenanceNote } from './types';

/** A non-blank input line after clean-up, with its 1-based line number in the input. */
export interface SourceLine {
  no: number;
  text: string;
  /** Footnote markers ("[3]") removed from the text. */
  noteRefs: string[];
}

export interface PreparedText {
  lines: SourceLine[];
  notes: ProvenanceNote[];
  /** Numbers of gazette footnotes, whose markers are glued to the text ("thi hành21", "2.20 Lập"). */
  gazetteFootnotes: ReadonlySet<string>;
  /** The text is a consolidated text (văn bản hợp nhất). */
  consolidated: boolean;
}

export const RUNNING_HEAD = /^CÔNG BÁO\s*\/\s*Số\s+[\d\s+]+\/\s*Ngày\s+\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{4}(?:\s+\d{1,4})?$/u;
const PAGE_NUMBER = /^\d{1,4}$/;
const E_SIGNATURE_START = /^(?:Người ký|Ký bởi)\s*:/u;
const E_SIGNATURE_FIELD = /^(?:Email|Cơ quan|Thời gian ký|Ngày ký|Giờ ký|Chức vụ)\s*:/u;
const CONSOLIDATION_PREFACE = /được sửa đổi, bổ sung (?:bởi|theo)\s*:$/u;
const CONSOLIDATION_SEAL = /^(?:XÁC THỰC VĂN BẢN HỢP NHẤT|(?:Số\s*:?\s*)?\d+\s*\/\s*VBHN-)/u;

const NEEDS_CLEANING = /[\u00D0\u00A0\t\u2002-\u200D\u202F\uFEFF\u00AD#]| {2}|^\s|\s$/u;

function cleanLine(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw
    .replace(/\u00D0/gu, 'Đ')
    .replace(/[\u00A0\t\u2002-\u200A\u202F]/gu, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/gu, '')
    .replace(/^#+\s+/u, '')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

function markNoise(texts: readonly string[], kinds: LineKind[]): void {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (RUNNING_HEAD.test(text)) kinds[i] = 'noise';
    else if (E_SIGNATURE_START.test(text)) {
      kinds[i] = 'noise';
      while (i + 1 < texts.length && E_SIGNATURE_FIELD.test(texts[i + 1])) kinds[++i] = 'noise';
    }
  }
  // Page numbers sit next to a running head, or alone between blank lines in PDF text.
  const isBreak = (index: number) => index < 0 || index >= texts.length || kinds[index] !== 'content';
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== 'content' || !PAGE_NUMBER.test(texts[i])) continue;
    const nearHead = [i - 2, i - 1, i + 1, i + 2].some((j) => j >= 0 && j < texts.length && RUNNING_HEAD.test(texts[j]));
    if (nearHead || (isBreak(i - 1) && isBreak(i + 1) && kinds[i - 1] === 'blank')) kinds[i] = 'noise';
  }
}

/**
 * A consolidated text says so in its heading, ends with "XÁC THỰC VĂN BẢN HỢP NHẤT" and its
 * "…/VBHN-…" number, or opens with "… được sửa đổi, bổ sung bởi:".
 */
function isConsolidated(texts: readonly string[]): boolean {
  const head = texts.slice(0, 80);
  return (
    head.some((text) => text.includes('HỢP NHẤT') || CONSOLIDATION_PREFACE.test(text)) ||
    texts.some((text) => CONSOLIDATION_SEAL.test(text))
  );
}

function nextContent(kinds: readonly LineKind[], from: number): number {
  for (let j = from + 1; j < kinds.length; j++) {
    if (kinds[j] === 'content') return j;
    if (kinds[j] !== 'blank') return -1;
  }
  return -1;
}

/** Splits the input into cleaned lines and takes out gazette noise and footnote definitions. */
export function prepareText(input: string): PreparedText {
  const texts = input.normalize('NFC').split(/\r\n|\r|\n|\f/u).map(cleanLine);
  const kinds: LineKind[] = texts.map((text) => (text === '' ? 'blank' : 'content'));
  markNoise(texts, kinds);
  const notes: ProvenanceNote[] = [];
  const consolidated = isConsolidated(texts);
  const heads = consolidated ? texts.flatMap((text, index) => (RUNNING_HEAD.test(text) ? [index] : [])) : [];
  const gazetteFootnotes = consolidated ? collectGazetteNotes(texts, kinds, heads, notes) : new Set<string>();
  collectBracketNotes(texts, kinds, notes);
  const lines: SourceLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== 'content') continue;
    let raw = texts[i];
    // HTML conversion sometimes breaks a heading after its first word ("Điều" ⏎ "9. Công bố …").
    const next = nextContent(kinds, i);
    if (next >= 0 && ((raw === 'Điều' && /^\d{1,3}[a-zđ]?\.(?:\s|$)/u.test(texts[next])) || (raw === 'PHỤ' && texts[next].startsWith('LỤC')))) {
      raw = `${raw} ${texts[next]}`;
      kinds[next] = 'blank';
    }
    const noteRefs = raw.includes('[') ? [...raw.matchAll(INLINE_NOTE)].map((match) => match[1]) : [];
    const text = noteRefs.length > 0 ? raw.replace(INLINE_NOTE, '').replace(/ {2,}/gu, ' ').trim() : raw;
    if (text !== '') lines.push({ no: i + 1, text, noteRefs });
  }
  notes.sort((a, b) => a.line - b.line);
  return { lines, notes, gazetteFootnotes, consolidated };
}

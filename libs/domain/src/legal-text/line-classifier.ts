import { intToRoman, isRomanNumeral, isUpperCaseText, ordinalWordValue, pointLetterIndex } from './vietnamese';

type HeadingLevel = 'part' | 'chapter' | 'section' | 'subsection';

/**
 * What a line looks like on its own. Whether it really is structure depends on context (quotes,
 * numbering, the line before), which the tree builder decides.
 */
export type LineMarker =
  | { kind: 'heading'; level: HeadingLevel; number: string; title: string }
  | { kind: 'article'; number: string; value: number; inserted: boolean; punctuated: boolean; title: string; noteRef: string | null }
  | { kind: 'clause'; number: string; value: number; inserted: boolean; text: string; noteRef: string | null }
  | { kind: 'point'; number: string; letterIndex: number; sub: number; text: string }
  | { kind: 'annex'; number: string | null; title: string }
  | { kind: 'signature' }
  | { kind: 'signer_title' }
  | { kind: 'attachment_intro' }
  | { kind: 'bullet' };

const ARTICLE = /^Điều\s+(\d{1,4})([a-zđ]?)(?:\.(\d{1,3})(?=\s|$))?\s*([.:])?\s*(.*)$/u;
const CLAUSE = /^(\d{1,3})([a-zđ]?)\.(?:(\d{1,3})(?=\s))?(?:\s+(.*))?$/u;
const POINT = /^([a-zđ])(\d{0,2})\)\s*(.*)$/u;
const CHAPTER = /^(?:Chương|CHƯƠNG)\s+([IVXLCDM]+|\d{1,3})([a-zđ]?)(?=$|[\s.:–-])\s*([.:–-])?\s*(.*)$/u;
const SECTION = /^(?:Mục|MỤC)\s+(\d{1,3}|[IVXLCDM]+)([a-zđ]?)(?=$|[\s.:–-])\s*([.:–-])?\s*(.*)$/u;
const SUBSECTION = /^(?:Tiểu mục|TIỂU MỤC)\s+(\d{1,3})([a-zđ]?)(?=$|[\s.:–-])\s*([.:–-])?\s*(.*)$/u;
const PART =
  /^(?:Phần|PHẦN)\s+(?:(?:thứ|THỨ|Thứ)\s+((?:mười|MƯỜI|Mười)\s+\p{L}+|\p{L}+)|([IVXLCDM]+|\d{1,2}))(?=$|[\s.:–-])\s*([.:–-])?\s*(.*)$/u;
const ANNEX = /^(?:Phụ lục|PHỤ LỤC|Phụ Lục)(?:\s+(?:số|SỐ))?(?:\s+([IVXLCDM]+(?:\.\d+)?|\d{1,3}[a-zA-Z]?(?:\.\d+)?|[A-Z]))?(?=$|[\s.:–-])\s*([.:–-])?\s*(.*)$/u;
const SIGNATURE_CAPACITY = /^(?:TM|KT|Q|TL|TUQ)\s*\.\s*(.*)$|^(?:T\/M|THAY MẶT)\s+(.*)$/u;
const RECIPIENTS = /^Nơi\s*nhận\s*(?::|$)/u;
const CONSOLIDATION_SEAL = /^(?:XÁC THỰC VĂN BẢN HỢP NHẤT|Số\s*:\s*\d+\s*\/\s*VBHN-)/u;
const SIGNER_TITLE =
  /^(?:PHÓ\s+)?(?:BỘ TRƯỞNG|THỦ TƯỚNG|THỨ TRƯỞNG|CHỦ TỊCH(?: QUỐC HỘI| NƯỚC)?|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG KIỂM TOÁN(?: NHÀ NƯỚC)?|THỐNG ĐỐC|CHỦ NHIỆM|TỔNG THƯ KÝ|TRƯỞNG BAN|GIÁM ĐỐC)$/u;
const ATTACHMENT_INTRO =
  /^(?:\(\s*(?:[Bb]an hành\s+)?[Kk]èm|Ban hành kèm|Kèm|KÈM)\s+(?:theo|THEO)\s+(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Văn bản|QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ)/u;
const BULLET = /^[-+•–—*]\s*\S/u;
/** What follows "Điều 5" in a cross-reference rather than in a heading. */
const REFERENCE_CONTINUATION =
  /^(?:Nghị|Luật|Bộ luật|Thông tư|Quyết định|Pháp lệnh|Hiến pháp|Văn bản|Phụ lục|Chương|Mục|Khoản|Điểm|Điều\s+\d|Quy định|Quy chế)/u;
/** Words that start a reference, not a title, after "Phụ lục II". */
const ANNEX_REFERENCE = /^(?:ban hành|kèm theo|của|tại|này|và|hoặc|được|Nghị định|Thông tư|Quyết định|Nghị quyết|Luật)/u;

/** "QUY ĐỊNH CHUNG…": the first word is upper case and at least two letters long. */
function startsWithUpperWord(text: string): boolean {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  return first.length >= 2 && isUpperCaseText(first);
}

function headingTitleFits(separator: string | undefined, title: string): boolean {
  if (title === '') return true;
  if (separator !== undefined) return /^[\p{Lu}(“"]/u.test(title);
  return startsWithUpperWord(title);
}

/** A gazette footnote number glued to the end of a title ("Hiệu lực thi hành21"). */
export function splitGluedNote(title: string, footnotes: ReadonlySet<string>): { title: string; noteRef: string | null } {
  const match = /(?<=[\p{L})])(\d{1,3})$/u.exec(title);
  if (match && footnotes.has(match[1])) return { title: title.slice(0, match.index).trimEnd(), noteRef: match[1] };
  return { title, noteRef: null };
}

function classifyArticle(text: string, footnotes: ReadonlySet<string>): LineMarker | null {
  const match = ARTICLE.exec(text);
  if (!match) return null;
  const [, digits = '', letter = '', glued, punctuation, rest = ''] = match;
  if (glued !== undefined && !footnotes.has(glued)) return null;
  const punctuated = punctuation !== undefined || glued !== undefined;
  if (!punctuated && rest !== '' && (!/^\p{Lu}/u.test(rest) || REFERENCE_CONTINUATION.test(rest))) return null;
  const { title, noteRef } = splitGluedNote(rest, footnotes);
  return {
    kind: 'article',
    number: digits + letter,
    value: Number(digits),
    inserted: letter !== '',
    punctuated,
    title,
    noteRef: glued ?? noteRef,
  };
}

function classifyHeading(text: string): LineMarker | null {
  const chapter = CHAPTER.exec(text);
  if (chapter) {
    const [, number = '', letter = '', separator, title = ''] = chapter;
    if (/^[IVXLCDM]+$/u.test(number) && !isRomanNumeral(number)) return null;
    if (!headingTitleFits(separator, title)) return null;
    return { kind: 'heading', level: 'chapter', number: number + letter, title };
  }
  const section = SECTION.exec(text) ?? SUBSECTION.exec(text);
  if (section) {
    const [, number = '', letter = '', separator, title = ''] = section;
    if (!headingTitleFits(separator, title)) return null;
    const level = text.startsWith('Tiểu') || text.startsWith('TIỂU') ? 'subsection' : 'section';
    return { kind: 'heading', level, number: number + letter, title };
  }
  const part = PART.exec(text);
  if (part) {
    const [, ordinal, numeral, separator, title = ''] = part;
    const value = ordinal === undefined ? null : ordinalWordValue(ordinal);
    if (ordinal !== undefined && value === null) return null;
    if (numeral !== undefined && /^[IVXLCDM]+$/u.test(numeral) && !isRomanNumeral(numeral)) return null;
    if (!headingTitleFits(separator, title)) return null;
    const number = value === null ? numeral : intToRoman(value);
    return { kind: 'heading', level: 'part', number, title };
  }
  return null;
}

function classifyAnnex(text: string): LineMarker | null {
  const match = ANNEX.exec(text);
  if (!match) return null;
  const [, number, separator, title = ''] = match;
  if (ANNEX_REFERENCE.test(title)) return null;
  if (title !== '' && separator === undefined && !startsWithUpperWord(title) && !/^\(/u.test(title)) return null;
  return { kind: 'annex', number: number ?? null, title };
}

/** Classifies one cleaned line; `footnotes` are gazette footnote numbers that may be glued to it. */
export function classifyLine(text: string, footnotes: ReadonlySet<string>): LineMarker | null {
  const first = text.charAt(0);
  if (first === 'Đ') return classifyArticle(text, footnotes);
  if (/\d/u.test(first)) {
    const match = CLAUSE.exec(text);
    if (!match) return null;
    const [, digits = '', letter = '', glued, rest = ''] = match;
    if (glued !== undefined && !footnotes.has(glued)) return null;
    return { kind: 'clause', number: digits + letter, value: Number(digits), inserted: letter !== '', text: rest, noteRef: glued ?? null };
  }
  if (/[a-zđ]/u.test(first)) {
    const match = POINT.exec(text);
    if (!match) return null;
    const letterIndex = pointLetterIndex(match[1]);
    if (letterIndex < 0) return null;
    return { kind: 'point', number: match[1] + match[2], letterIndex, sub: Number(match[2] || '0'), text: match[3] };
  }
  if (first === 'C' || first === 'M' || first === 'T' || first === 'P') {
    const heading = classifyHeading(text);
    if (heading) return heading;
    const annex = first === 'P' ? classifyAnnex(text) : null;
    if (annex) return annex;
  }
  if (RECIPIENTS.test(text) || CONSOLIDATION_SEAL.test(text)) return { kind: 'signature' };
  const capacity = SIGNATURE_CAPACITY.exec(text);
  if (capacity) {
    const rest = capacity[1] ?? capacity[2] ?? '';
    if (rest === '' || isUpperCaseText(rest)) return { kind: 'signature' };
  }
  if (SIGNER_TITLE.test(text)) return { kind: 'signer_title' };
  if (ATTACHMENT_INTRO.test(text)) return { kind: 'attachment_intro' };
  if (BULLET.test(text)) return { kind: 'bullet' };
  return null;
}

/** "Nguyễn Văn An": two to six capitalised words, as a signer's name is printed. */
export function isPersonName(text: string): boolean {
  return text.length <= 40 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(text);
}

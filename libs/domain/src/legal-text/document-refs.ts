import { findDate } from './dates';
import { DOC_TYPE_NAMES_LONGEST_FIRST, docTypeFromName, type DocType } from './doc-types';
import { DOCUMENT_NUMBER_IN_TEXT, normalizeDocumentNumber } from './document-number';
import type { DocumentRef } from './types';

/** A document named in running text, with where the mention sits. */
export interface DocumentMention extends DocumentRef {
  /** "này": the citing document itself ("Luật này", "Quy định này"). */
  self: boolean;
  /** For self mentions: the attached instrument ("Quy chế này") rather than the issuing act. */
  instrument: boolean;
  start: number;
  end: number;
}

const TYPE_NAMES = DOC_TYPE_NAMES_LONGEST_FIRST.map((name) => name.replace(/ /gu, '\\s+')).join('|');
/** Names that stand for an attached instrument when followed by "này". */
const INSTRUMENT_NAMES = 'Quy định|Quy chế|Điều lệ|Quy trình|Hướng dẫn|Chương trình|Kế hoạch';
const MENTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(${TYPE_NAMES})|(${INSTRUMENT_NAMES})(?=\s+này))(?:\s+(?:số:?\s*)?(${DOCUMENT_NUMBER_IN_TEXT}))?`,
  'gu',
);
/** Where the name of a document cited by name stops. */
const NAME_END = new RegExp(
  [
    String.raw`\s+số\s*:?\s*\d`,
    String.raw`\s+(?:ngày|năm\s+\d{4}|được|đã|có hiệu lực|về|quy định|hướng dẫn|tại|theo|thì|mà|để|trong|đối với|hoặc|nhằm|khi|do|cho|với|này|trước|sau|bao gồm|gồm|và\s+các|và\s+văn bản|của\s+(?:Quốc hội|Chính phủ|Ủy ban thường vụ))(?=\s|$)`,
    String.raw`[;(:]|\.(?:\s|$)`,
    String.raw`\s+và\s+(?=Luật|Bộ luật|Nghị|Thông|Quyết|Pháp)`,
  ].join('|'),
  'u',
);
const NUMBER_NEAR = new RegExp(String.raw`^\s*(?:số|số:)?\s*(${DOCUMENT_NUMBER_IN_TEXT})`, 'u');
/** A date right after a mention ("… ngày 01 tháng 4 năm 2025", "… ngày 01/4/2025"). */
const DATE_NEXT = /^[\s,]*(?:ban hành\s+)?ngày\s*\d/u;
const MAX_NAME_WORDS = 14;
/** How far after "Luật" a name and its number are looked for. */
const NAME_WINDOW = 200;
/** Documents cited by name rather than by number. */
const NAMED_TYPES = new Set<DocType>(['LAW', 'CODE', 'ORDINANCE', 'CONSTITUTION']);

/**
 * Finds the documents a passage names: "Nghị định số 78/2025/NĐ-CP", "Luật Đất đai",
 * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15", "Quyết định này".
 * A mention's date is the one written right after it ("… ngày 01 tháng 4 năm 2025").
 */
export function findDocumentMentions(text: string): DocumentMention[] {
  const mentions: DocumentMention[] = [];
  MENTION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MENTION.exec(text)) !== null) {
    const [whole, typeName, instrumentName, numberText] = match;
    const start = match.index;
    let end = start + whole.length;
    const rest = text.slice(end, end + NAME_WINDOW);
    if (/^\s+này(?![\p{L}])/u.test(rest)) {
      end += /^\s+này/u.exec(rest)![0].length;
      mentions.push({
        docType: typeName ? docTypeFromName(typeName) : null,
        number: null, name: null, date: null, self: true, instrument: instrumentName !== undefined, start, end,
      });
      MENTION.lastIndex = end;
      continue;
    }
    if (!typeName) continue;
    const docType = docTypeFromName(typeName);
    let number = numberText ? normalizeDocumentNumber(numberText) : null;
    let name: string | null = null;
    if (number === null && docType !== null && NAMED_TYPES.has(docType)) {
      const stop = NAME_END.exec(rest);
      const tail = (stop ? rest.slice(0, stop.index) : rest).trim().split(/\s+/u).slice(0, MAX_NAME_WORDS).join(' ');
      if (tail !== '' && (/^[\p{Lu}sđ]/u.test(tail) || docType === 'CONSTITUTION')) {
        name = `${typeName.replace(/\s+/gu, ' ')} ${tail}`.replace(/\s+/gu, ' ');
        end += rest.indexOf(tail) + tail.length;
        const after = NUMBER_NEAR.exec(text.slice(end, end + 60));
        if (after) {
          number = normalizeDocumentNumber(after[1]);
          end += after[0].length;
        }
      }
    } else if (number === null && /^\s+số\s*\d/u.test(rest)) {
      continue;
    }
    if (number === null && name === null) continue;
    mentions.push({ docType, number, name, date: null, self: false, instrument: false, start, end });
    MENTION.lastIndex = end;
  }
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.self) continue;
    const until = mentions[i + 1]?.start ?? text.length;
    const window = text.slice(mention.end, Math.min(until, mention.end + 120));
    if (!DATE_NEXT.test(window)) continue;
    const date = findDate(window);
    if (date && date.index < 40) mention.date = date.iso;
  }
  return mentions;
}

export function toDocumentRef(mention: DocumentMention): DocumentRef {
  return { docType: mention.docType, number: mention.number, name: mention.name, date: mention.date };
}

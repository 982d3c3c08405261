import { findDate } from './dates';
import { DOC_TYPE_NAMES_LONGEST_FIRST, docTypeFromName } from './doc-types';
import { DOCUMENT_NUMBER_IN_TEXT, normalizeDocumentNumber, parseDocumentNumber } from './document-number';
import { findDocumentMentions, toDocumentRef } from './document-refs';
import type { SourceLine } from './source-lines';
import { joinLines } from './text-join';
import type { LegalBasis } from './types';

const BASIS_START = /^Căn cứ\s/u;
/** Preamble lines that are not the continuation of a "Căn cứ" paragraph. */
const PARAGRAPH_START = /^(?:Căn cứ|Theo đề nghị|Xét|Thực hiện|Trên cơ sở|Sau khi|Để|[\p{Lu}\s,-]+:?$)/u;
const PROVISION = /^Căn cứ\s+((?:(?:các\s+)?(?:điểm|khoản|Điều|điều|Mục|Chương|Phần|Phụ lục)\s+[\p{L}\d]+(?:\s*(?:,|và)\s*[\p{L}\d]+)*\s*)+)(?:của\s+)?/u;
const TYPE_NAME = new RegExp(DOC_TYPE_NAMES_LONGEST_FIRST.join('|'), 'u');
const LISTED_NUMBER = new RegExp(String.raw`(?:số|[Ss]ố:?)\s*(${DOCUMENT_NUMBER_IN_TEXT})`, 'gu');
const AMENDED_BY = /\s+(?:đã\s+)?được\s+sửa\s+đổi|;/u;
/** Where the name of an issuer ends and the trích yếu starts. */
const ISSUER_END =
  /\s+(?=(?:quy định|về|hướng dẫn|ban hành|sửa đổi|bổ sung|phê duyệt|thực hiện|thi hành|triển khai|giao|công bố|thành lập|áp dụng|tổ chức|bãi bỏ|điều chỉnh|xử phạt)(?:[\s,]|$))|[;,]|$/u;

/** Every "Căn cứ …" paragraph of the preamble, with the documents it cites (BASED_ON candidates). */
export function extractLegalBasis(preamble: readonly SourceLine[]): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (let i = 0; i < preamble.length; i++) {
    if (!BASIS_START.test(preamble[i].text)) continue;
    const parts = [preamble[i].text];
    const line = preamble[i].no;
    while (i + 1 < preamble.length && !PARAGRAPH_START.test(preamble[i + 1].text) && !/[;.]$/u.test(parts.at(-1)!)) {
      parts.push(preamble[++i].text);
    }
    // HTML conversion sometimes runs two "Căn cứ" paragraphs into one.
    for (const paragraph of joinLines(parts).replace(/\s+/gu, ' ').split(/;\s*(?=Căn cứ\s)/u)) bases.push(parseBasis(paragraph, line));
  }
  return bases;
}

/**
 * "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP …, số 92/2017/NĐ-CP …" names the type
 * once for a list of numbers; a typo ("Thông số 17/2025/TT-BNNMT") leaves only the number's symbol.
 */
function listedBasis(raw: string, provision: string | null, line: number): LegalBasis {
  const typeName = TYPE_NAME.exec(raw)?.[0] ?? null;
  const numbers = [...raw.matchAll(LISTED_NUMBER)].map((match) => normalizeDocumentNumber(match[1]));
  const parsed = numbers[0] === undefined ? null : parseDocumentNumber(numbers[0]);
  const docType = (typeName === null ? null : docTypeFromName(typeName)) ?? (parsed?.ok ? parsed.value.docType : null);
  return {
    raw,
    docType,
    number: numbers[0] ?? null,
    date: findDate(raw)?.iso ?? null,
    title: null,
    issuer: null,
    provision,
    related: numbers.slice(1).map((number) => ({ docType, number, name: null, date: null })),
    line,
  };
}

function parseBasis(paragraph: string, line: number): LegalBasis {
  const raw = paragraph.replace(/[;.,]+$/u, '').trim();
  const provision = PROVISION.exec(raw)?.[1]?.trim() ?? null;
  const mentions = findDocumentMentions(raw).filter((mention) => !mention.self);
  const main = mentions[0];
  if (!main) return listedBasis(raw, provision, line);
  // The trích yếu may name other documents; amending acts that follow are not part of it.
  const segment = raw.slice(main.end).split(AMENDED_BY)[0];
  let issuer: string | null = null;
  let title = main.name;
  const of = /(?:^|\s)của\s+/u.exec(segment);
  if (of) {
    const rest = segment.slice(of.index + of[0].length);
    const end = ISSUER_END.exec(rest)!;
    issuer = rest.slice(0, end.index).trim() || null;
    const summary = rest.slice(end.index).replace(/^[\s,;]+/u, '').trim();
    if (title === null && summary !== '') title = summary;
  }
  return {
    raw,
    docType: main.docType,
    number: main.number,
    date: main.date,
    title,
    issuer,
    provision,
    related: mentions.slice(1).map(toDocumentRef),
    line,
  };
}

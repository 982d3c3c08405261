import { isoDate } from './dates';
import { docTypeFromCode, docTypeFromName, type DocType } from './doc-types';
import { DOCUMENT_NUMBER_IN_TEXT, normalizeDocumentNumber, parseDocumentNumber } from './document-number';
import { extractSigner } from './signer';
import type { SourceLine } from './source-lines';
import type { Adoption, DocumentMetadata } from './types';
import { isUpperCaseText } from './vietnamese';

export interface MetadataInput {
  /** Lines before the first provision. */
  preamble: readonly SourceLine[];
  /** The signature block. */
  signature: readonly SourceLine[];
  /** Every line, for the adoption sentence that closes resolutions and laws. */
  lines: readonly SourceLine[];
  consolidated: boolean;
}

const COUNTRY = /CỘNG H(?:ÒA|OÀ) XÃ HỘI|Độc lập\s*-\s*Tự do/u;
const GAZETTE_SECTION = /^(?:VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN PHÁP LUẬT KHÁC|VĂN BẢN HỢP NHẤT\s*-?)$/u;
const NUMBER_LINE = new RegExp(String.raw`(?:^|\|\s*)(?:(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết)\s+số\s*:|Số\s*:?)\s*(${DOCUMENT_NUMBER_IN_TEXT}|\d{1,4}(?=\s*$))`, 'u');
const NUMBER_TAIL = /^\/\s*(?:\d{4}\s*\/\s*)?[\p{L}0-9&-]+$/u;
/** "Hà Nội, ngày 20 tháng 12 năm 2024" at the start of a line (or of an HTML table cell). */
const PLACE = /^(\p{Lu}[^,|\d]{1,40}?)\s*,?\s*ngày(?!\p{L})/u;
const DATE = /^[^,|]*?,?\s*ngày\s*(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u;
const TYPE_LINE =
  /^(HIẾN PHÁP|BỘ LUẬT|LUẬT|PHÁP LỆNH|LỆNH|NGHỊ QUYẾT LIÊN TỊCH|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ LIÊN TỊCH|THÔNG TƯ|CHỈ THỊ|VĂN BẢN HỢP NHẤT)\d{0,3}$/u;
/** Lines that end the trích yếu: the enacting body, the preamble, separators. */
const TITLE_END =
  /^(?:Căn cứ|Theo đề nghị|Xét|Thực hiện|Trên cơ sở|ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|KHÓA|KHOÁ|KỲ HỌP|[-_=*]{3,}|(?:Luật|Bộ luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)\s+(?:số\s+)?[\d\p{Lu}][^,]*\s(?:ngày|số)\s)/u;
const ISSUER_BODY = /^(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|BỘ |NGÂN HÀNG|KIỂM TOÁN|TÒA ÁN|VIỆN KIỂM SÁT|VĂN PHÒNG|THỦ TƯỚNG|CHỦ TỊCH)/u;
const ADOPTION =
  /(?:Nghị quyết|Luật|Bộ luật|Pháp lệnh)(?:\s+này)?\s+(?:đã\s+)?được\s+((?:(?!thông qua).){5,300}?)\s+thông qua(?:\s+ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4}))?/u;
const HEADER_LINES = 60;

/** Header and footer metadata: number, type, issuer, place and date, title, signer, adoption. */
export function extractMetadata(input: MetadataInput): DocumentMetadata {
  const header = input.preamble.slice(0, HEADER_LINES).map((line) => line.text);
  // A consolidated text authenticates at its very end, after any annexes.
  const tail = input.consolidated ? input.lines.slice(-30).map((line) => line.text) : [];
  const footer = [...input.signature.map((line) => line.text), ...tail];
  // A consolidated text carries its own number at the end, next to the authentication.
  const number = input.consolidated ? (findNumber(footer) ?? findNumber(header)) : (findNumber(header) ?? findNumber(footer));
  const parsed = number === null ? null : parseDocumentNumber(number);
  const parsedNumber = parsed?.ok ? parsed.value : null;
  const typeIndex = header.findIndex((text) => TYPE_LINE.test(text));
  const place = findPlaceDate(header.slice(0, typeIndex > 0 ? typeIndex : 15)) ?? findPlaceDate(footer);
  const adoption = findAdoption(input.lines, input.signature[0]?.no ?? Infinity);
  return {
    number: parsedNumber?.normalized ?? number,
    parsedNumber,
    docType: documentType(input.consolidated, parsedNumber?.typeCode ?? null, typeIndex < 0 ? null : header[typeIndex]),
    issuer: findIssuer(header, typeIndex),
    place: place?.place ?? null,
    issuedDate: place?.date ?? adoption?.date ?? null,
    title: typeIndex < 0 ? null : findTitle(header, typeIndex),
    signer: extractSigner(footer),
    adoption,
  };
}

function findNumber(texts: readonly string[]): string | null {
  for (let i = 0; i < texts.length; i++) {
    // HTML tables put "Số:" and the number in separate lines.
    const text = /^Số\s*:?$/u.test(texts[i]) ? `${texts[i]} ${texts[i + 1] ?? ''}` : texts[i];
    const match = NUMBER_LINE.exec(text);
    if (!match) continue;
    let number = match[1];
    // A number cut at a hyphen goes on on the next line ("3783/QĐ-" ⏎ "UBND").
    if (/[-/]$/u.test(number) && texts[i + 1] !== undefined) number += texts[i + 1].split(/\s/u)[0];
    // PDF text layers put "40" and "/2025/QĐ-UBND" of a two-column header on separate lines.
    if (!number.includes('/')) {
      const tail = texts.slice(i + 1, i + 10).find((text) => NUMBER_TAIL.test(text));
      if (!tail) continue;
      number += tail;
    }
    return normalizeDocumentNumber(number);
  }
  return null;
}

function findPlaceDate(texts: readonly string[]): { place: string; date: string | null } | null {
  for (let i = 0; i < texts.length; i++) {
    for (const cell of texts[i].split('|')) {
      // Two-column headers split "Hà Nội, ngày 26" from "tháng 11 năm 2025", even "Huế," from "ngày …".
      const start = /,$/u.test(cell.trim()) ? `${cell.trim()} ${texts[i + 1] ?? ''}` : cell.trim();
      const place = PLACE.exec(start);
      const joined = [cell.trim(), ...texts.slice(i + 1, i + 3)].join(' ');
      if (!place) continue;
      const date = DATE.exec(joined);
      return { place: place[1].trim(), date: date ? isoDate(Number(date[3]), Number(date[2]), Number(date[1])) : null };
    }
  }
  return null;
}

function documentType(consolidated: boolean, typeCode: string | null, typeLine: string | null): DocType | null {
  if (consolidated || typeCode === 'VBHN') return 'CONSOLIDATED_TEXT';
  const fromLine = typeLine === null ? null : docTypeFromName(typeLine.replace(/\d+$/u, ''));
  return fromLine ?? (typeCode === null ? null : docTypeFromCode(typeCode));
}

/** The upper-case lines at the top, before the national motto; or the enacting body line. */
function findIssuer(texts: readonly string[], typeIndex: number): string | null {
  const parts: string[] = [];
  for (const raw of texts.slice(0, 12)) {
    const text = raw.split('|')[0].trim();
    // "CỘNG HOÀ" is the old tone placement of "CỘNG HÒA"; both head the national motto.
    if (/^(?:CỘNG\s+H(?:ÒA|OÀ)|Độc lập|Số\b)/u.test(text) || (typeIndex >= 0 && raw === texts[typeIndex])) break;
    // The tail of a number split off its "Số:" line ("/2024/QĐ-UBND") is not part of the issuer.
    if (text.startsWith('/')) continue;
    if (/^[-_=*]{3,}$/u.test(text) && parts.length > 0) break;
    if (GAZETTE_SECTION.test(text) || !isUpperCaseText(text)) continue;
    if (!parts.includes(text)) parts.push(text);
  }
  if (parts.length > 0) return collapseRepeat(parts.join(' '));
  const body = texts.slice(Math.max(typeIndex, 0)).find((text) => ISSUER_BODY.test(text) && isUpperCaseText(text));
  return body ?? null;
}

/** Gazette headers print the issuer twice, once cut over two lines ("BỘ LAO ĐỘNG - … BỘ LAO ĐỘNG - …"). */
function collapseRepeat(text: string): string {
  const words = text.split(' ');
  for (let half = Math.floor(words.length / 2); half > 0; half--) {
    if (words.length === half * 2 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) return words.slice(0, half).join(' ');
  }
  return text;
}

function findTitle(texts: readonly string[], typeIndex: number): string | null {
  const parts: string[] = [];
  for (const text of texts.slice(typeIndex + 1, typeIndex + 8)) {
    if (TITLE_END.test(text) || (parts.length > 0 && COUNTRY.test(text))) break;
    parts.push(text);
  }
  const title = parts.join(' ').replace(/^V\/v\.?\s*/u, '').replace(/\s+/gu, ' ').trim();
  return title === '' ? null : title;
}

function findAdoption(lines: readonly SourceLine[], signatureStart: number): Adoption | null {
  const texts: string[] = [];
  for (let i = lines.length - 1; i >= 0 && texts.length < 400; i--) {
    if (lines[i].no < signatureStart) texts.unshift(lines[i].text);
  }
  const joined = texts.join(' ');
  let at = joined.lastIndexOf('thông qua');
  while (at >= 0) {
    const window = joined.slice(Math.max(0, at - 320), at + 40);
    const match = ADOPTION.exec(window);
    if (match) {
      const [raw, body = '', day, month, year] = match;
      const date = year === undefined ? null : isoDate(Number(year), Number(month), Number(day));
      return { body: body.replace(/[,\s]+$/u, ''), date, raw: raw.trim() };
    }
    at = joined.lastIndexOf('thông qua', at - 1);
  }
  return null;
}


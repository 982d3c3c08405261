import { DomainError } from '../errors';
import { DOC_TYPES, ISSUER_CODES, docTypeFromCode, type DocType } from './doc-types';

/**
 * Số, ký hiệu (REFERENCE §2.2). A normative number reads `<seq>/<year>/<type>-<issuer>`
 * (`12/2023/QĐ-UBND`), or `<seq>/<year>/<issuer>` for the National Assembly (`64/2025/QH15`).
 * Administrative documents and consolidated texts have no year (`2284/QĐ-UBND`, `23/VBHN-VPQH`).
 * The string alone is not a unique key: provinces reuse the same numbers.
 */
export interface DocumentNumber {
  raw: string;
  normalized: string;
  /** Sequence as written, zero padding kept ("043"); Government resolutions may be "66.16". */
  seq: string;
  seqValue: number;
  year: number | null;
  /** Type symbol ("QĐ", "NĐ", "TTLT", "VBHN"); null for `64/2025/QH15`, whose type the number does not tell. */
  typeCode: string | null;
  /** First issuer symbol ("UBND", "CP", "QH15"). */
  issuerCode: string | null;
  /** All issuer symbols; joint documents have several (`TTLT-BTP-BNV`). */
  issuerCodes: string[];
  docType: DocType | null;
  /** `<seq>/<year>/<suffix>`, the shape every normative document number has. */
  isNormativeFormat: boolean;
  isConsolidated: boolean;
}

export type DocumentNumberErrorCode = 'EMPTY' | 'UNRECOGNIZED_FORMAT' | 'INVALID_YEAR' | 'INVALID_SEQUENCE';

export interface DocumentNumberError {
  code: DocumentNumberErrorCode;
  /** English sentence fit for a 422 response. */
  reason: string;
  input: string;
}

export type DocumentNumberResult = { ok: true; value: DocumentNumber } | { ok: false; error: DocumentNumberError };

const fold = (code: string) => code.toUpperCase().replace(/Đ/gu, 'D');

/** Known symbols by their folded spelling, so "QD" and "qđ" both come back as "QĐ". */
const CANONICAL_CODES = new Map<string, string>(
  [
    ...DOC_TYPES.flatMap((info) => (info.code === null ? [] : [info.code])),
    ...ISSUER_CODES.map((info) => info.code),
  ].map((code) => [fold(code), code]),
);

const TYPE_CODES = DOC_TYPES.flatMap((info) => (info.code === null ? [] : [info.code])).sort(
  (a, b) => b.length - a.length,
);

function canonicalSegment(segment: string): string {
  const match = /^(.*?)(\d*)$/u.exec(segment)!;
  const letters = match[1] ?? '';
  const canonical = CANONICAL_CODES.get(fold(letters));
  return canonical === undefined ? segment : canonical + (match[2] ?? '');
}

/** Splits a symbol that lost its hyphen ("QĐUBND" → "QĐ", "UBND") when both halves are known. */
function splitGluedSegment(segment: string): string[] {
  if (CANONICAL_CODES.has(fold(segment.replace(/\d+$/u, '')))) return [segment];
  for (const type of TYPE_CODES) {
    if (!fold(segment).startsWith(fold(type))) continue;
    const rest = segment.slice(type.length);
    if (rest.length > 0 && CANONICAL_CODES.has(fold(rest.replace(/\d+$/u, '')))) return [type, rest];
  }
  return [segment];
}

const NUMBER_PREFIX = /^(?:(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Văn bản hợp nhất)\s+)?số\s*:?\s*/iu;

/**
 * NFC; U+00D0 "Ð" (Icelandic Eth, a common mistype) → "Đ"; no "Số:" prefix; no spaces around "/"
 * and "-"; known symbols in their canonical spelling ("QD-UBND" → "QĐ-UBND").
 */
export function normalizeDocumentNumber(input: string): string {
  const compact = input
    .normalize('NFC')
    .replace(/\u00D0/gu, 'Đ')
    .replace(/\u00F0/gu, 'đ')
    .replace(/[\u2010-\u2015]/gu, '-')
    .trim()
    .replace(NUMBER_PREFIX, '')
    .replace(/\s*([/-])\s*/gu, '$1')
    .replace(/[.,;:]+$/u, '')
    .trim();
  const slash = compact.lastIndexOf('/');
  if (slash < 0) return compact;
  const suffix = compact
    .slice(slash + 1)
    .split('-')
    .flatMap(splitGluedSegment)
    .map(canonicalSegment)
    .join('-');
  return `${compact.slice(0, slash + 1)}${suffix}`;
}

const SEGMENT = String.raw`[\p{L}0-9&]+`;
const SUFFIX = `${SEGMENT}(?:-${SEGMENT})*`;
const NORMATIVE_NO = new RegExp(String.raw`^(\d{1,4}(?:\.\d{1,3})?)\/(\d{4})\/(${SUFFIX})$`, 'u');
const YEARLESS_NO = new RegExp(String.raw`^(\d{1,6}(?:\.\d{1,3})?)\/(${SUFFIX})$`, 'u');

function failure(code: DocumentNumberErrorCode, input: string, reason: string): DocumentNumberResult {
  return { ok: false, error: { code, input, reason } };
}

function build(raw: string, normalized: string, seq: string, year: number | null, suffix: string): DocumentNumber {
  const segments = suffix.split('-');
  const first = segments[0] ?? '';
  const typeDocType = docTypeFromCode(first);
  const typeCode = typeDocType === null ? null : first;
  const issuerCodes = typeCode === null ? segments : segments.slice(1);
  return {
    raw,
    normalized,
    seq,
    seqValue: Number(seq),
    year,
    typeCode,
    issuerCode: issuerCodes[0] ?? null,
    issuerCodes,
    docType: typeDocType,
    isNormativeFormat: year !== null,
    isConsolidated: typeDocType === 'CONSOLIDATED_TEXT',
  };
}

/** Parses a document number; the error carries a reason for the API's 422 response. */
export function parseDocumentNumber(input: string): DocumentNumberResult {
  const normalized = normalizeDocumentNumber(input);
  if (normalized === '') return failure('EMPTY', input, 'The document number is empty.');
  const normative = NORMATIVE_NO.exec(normalized);
  if (normative) {
    const [, seq = '', yearText = '', suffix = ''] = normative;
    const year = Number(yearText);
    if (year < 1945 || year > 2099) {
      return failure('INVALID_YEAR', input, `"${normalized}" has the year ${yearText}, which is not a plausible year of issue.`);
    }
    if (Number(seq) === 0) return failure('INVALID_SEQUENCE', input, `"${normalized}" has the sequence number 0.`);
    return { ok: true, value: build(input, normalized, seq, year, suffix) };
  }
  const yearless = YEARLESS_NO.exec(normalized);
  if (yearless) {
    const [, seq = '', suffix = ''] = yearless;
    if (Number(seq) === 0) return failure('INVALID_SEQUENCE', input, `"${normalized}" has the sequence number 0.`);
    return { ok: true, value: build(input, normalized, seq, null, suffix) };
  }
  return failure(
    'UNRECOGNIZED_FORMAT',
    input,
    `"${input.trim()}" is not a document number: expected <number>/<year>/<type>-<issuer> such as 12/2023/QĐ-UBND, ` +
      `<number>/<year>/QH15, <number>/<type>-<issuer> such as 2284/QĐ-UBND, or <number>/VBHN-<issuer>.`,
  );
}

/** Parses a number a caller supplied, throwing an `invalid` DomainError (422) with the reason. */
export function requireDocumentNumber(input: string, field = 'number'): DocumentNumber {
  const result = parseDocumentNumber(input);
  if (result.ok) return result.value;
  throw new DomainError('invalid', `DOCUMENT_NUMBER_${result.error.code}`, result.error.reason, {
    fieldErrors: [{ field, message: result.error.reason }],
  });
}

/**
 * A document number inside running text, e.g. after "Nghị định số"; the caller gives the start.
 * Party documents cited as legal basis are numbered "57-NQ/TW".
 */
export const DOCUMENT_NUMBER_IN_TEXT = String.raw`(?:\d{1,6}(?:\.\d{1,3})?\s?\/\s?(?:(?:19|20)\d{2}\s?\/\s?)?[\p{L}0-9&]+(?:\s?-\s?[\p{L}0-9&]+)*-?|\d{1,4}-\p{Lu}+\/\p{Lu}+)`;

import { docTypeFromName } from '@legis/domain';

/** One document of a bulk load, before validation: text or file bytes, plus raw metadata. */
export interface BulkItem {
  /** "line 12" or "zip: folder/qd-12.pdf": where the item came from, for the report. */
  source: string;
  text: string | null;
  file: { buffer: Buffer; originalname: string } | null;
  metadata: unknown;
}

/**
 * A JSON Lines record. Two shapes are accepted: ours, `{ "text" | "fileBase64", "fileName"?,
 * "metadata"? }`, and the corpus shape `{ number, type, issuer, issued_date, title, text }` used by
 * public collections of Vietnamese legal texts (mapped to issued documents).
 */
export function itemFromJsonLine(line: string, lineNo: number): BulkItem {
  const source = `line ${lineNo}`;
  const record = JSON.parse(line) as Record<string, unknown>;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('is not a JSON object');
  if ('fileBase64' in record) {
    if (typeof record.fileBase64 !== 'string') throw new Error('fileBase64 must be a string');
    return {
      source,
      text: null,
      file: { buffer: Buffer.from(record.fileBase64, 'base64'), originalname: typeof record.fileName === 'string' ? record.fileName : 'document' },
      metadata: record.metadata,
    };
  }
  if ('metadata' in record || !('type' in record)) return { source, text: typeof record.text === 'string' ? record.text : null, file: null, metadata: record.metadata };
  return { source, text: typeof record.text === 'string' ? record.text : null, file: null, metadata: corpusMetadata(record) };
}

function corpusMetadata(record: Record<string, unknown>): Record<string, unknown> {
  const string = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key]) : undefined);
  const docType = string('type') ? docTypeFromName(string('type')!) : null;
  return {
    kind: 'issued',
    ...(docType ? { docType } : {}),
    ...(string('number') ? { number: string('number') } : {}),
    ...(string('issuer') ? { issuerName: string('issuer')!.split(';')[0].trim() } : {}),
    ...(string('issued_date') ? { issuedDate: string('issued_date') } : {}),
  };
}

import JSZip from 'jszip';
import type { BulkItem } from './bulk-item';

const METADATA_FILE = 'metadata.csv';

/**
 * A zip of files plus `metadata.csv` (a header row; column `file` names the file in the zip, the
 * other columns are metadata fields such as `kind`, `docType`, `number`, `title`, `issuerName`,
 * `issuedDate`, `effectiveDate`). Files without a row get no metadata; rows without a file are
 * reported as rejected.
 */
export async function itemsFromZip(bytes: Buffer, maxEntryBytes: number): Promise<{ items: BulkItem[]; problems: { source: string; detail: string }[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const csv = zip.file(METADATA_FILE);
  const rows = csv ? parseCsv(await csv.async('string')) : [];
  const byFile = new Map(rows.map((row) => [row.file ?? '', row]));
  const items: BulkItem[] = [];
  const problems: { source: string; detail: string }[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name === METADATA_FILE || entry.name.startsWith('__MACOSX/')) continue;
    const buffer = await entry.async('nodebuffer');
    if (buffer.length > maxEntryBytes) {
      problems.push({ source: `zip: ${entry.name}`, detail: `larger than ${maxEntryBytes} bytes` });
      continue;
    }
    const { file: _file, ...metadata } = byFile.get(entry.name) ?? {};
    byFile.delete(entry.name);
    items.push({ source: `zip: ${entry.name}`, text: null, file: { buffer, originalname: entry.name.split('/').pop()! }, metadata: withTypes(metadata) });
  }
  for (const name of byFile.keys()) problems.push({ source: `${METADATA_FILE}: ${name}`, detail: 'no such file in the zip' });
  return { items, problems };
}

function withTypes(row: Record<string, string>): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === '') continue;
    metadata[key] = key === 'isNormative' ? value === 'true' : value;
  }
  return metadata;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records.filter((r) => r.some((cell) => cell.trim() !== ''));
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), (row[index] ?? '').trim()])));
}

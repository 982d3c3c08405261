import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { AkomaNtosoOptions } from '../akn/to-akoma-ntoso';
import type { PublicationDocument } from '../publication-document';
import { buildNationalDbRecord } from '../record/build-national-db-record';
import type { NationalDbRecord } from '../record/national-db-record';

/** record.json of the bundle: the record with its two embedded payloads replaced by bundle paths. */
export type ExportedRecord = Omit<NationalDbRecord, 'akomaNtoso' | 'originalFile'> & {
  akomaNtoso: Omit<NationalDbRecord['akomaNtoso'], 'xml'> & { path: string; sha256: string };
  originalFile: Omit<NationalDbRecord['originalFile'], 'contentBase64'> & { path: string };
};

export const EXPORT_AKN_PATH = 'akoma-ntoso.xml';

/**
 * The download of `GET /api/v1/documents/{id}/export`: `record.json` (the National Legal Database
 * record), `akoma-ntoso.xml` and the original under `original/`. The XML and the file sit beside the
 * record instead of inside it, so the bundle does not carry them twice; the record points to them
 * by path and hash. Entry dates are the issue date, so the same document zips to the same bytes.
 */
export async function buildExportZip(doc: PublicationDocument, options: AkomaNtosoOptions = {}): Promise<Buffer> {
  const record = buildNationalDbRecord(doc, options);
  const originalPath = `original/${safeFileName(doc.originalFile.fileName)}`;
  const { xml, ...akomaNtoso } = record.akomaNtoso;
  const { contentBase64: _embedded, ...originalFile } = record.originalFile;
  const exported: ExportedRecord = {
    ...record,
    akomaNtoso: { ...akomaNtoso, path: EXPORT_AKN_PATH, sha256: createHash('sha256').update(xml, 'utf8').digest('hex') },
    originalFile: { ...originalFile, path: originalPath },
  };
  const date = new Date(`${doc.issuedDate}T00:00:00Z`);
  const zip = new JSZip();
  zip.file('record.json', `${JSON.stringify(exported, null, 2)}\n`, { date });
  zip.file(EXPORT_AKN_PATH, xml, { date });
  zip.file(originalPath, doc.originalFile.bytes, { date, binary: true });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The stored file name without directories or characters that unzip tools treat specially, so an
 * uploaded name such as "../../x.pdf" cannot escape the folder it is extracted into.
 */
function safeFileName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[\\/]/u).at(-1) ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const cleaned = base.replace(/[\u0000-\u001F\u007F:*?"<>|]/gu, '_').replace(/^\.+/u, '').trim();
  return cleaned === '' ? 'original' : cleaned;
}

import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { itWithXmllint, validateAkomaNtoso } from '../../../../test/support/fake-national-db-xmllint';
import { smallDocument, SMALL_PDF } from '../test-fixtures/small-document';
import { buildExportZip, type ExportedRecord } from './build-export-zip';

describe('buildExportZip', () => {
  it('bundles record.json, akoma-ntoso.xml and the original file', async () => {
    const zip = await JSZip.loadAsync(await buildExportZip(smallDocument()));
    expect(Object.keys(zip.files).sort()).toEqual(['akoma-ntoso.xml', 'original/', 'original/qd-12-2025.pdf', 'record.json']);
    expect(await zip.file('original/qd-12-2025.pdf')!.async('nodebuffer')).toEqual(SMALL_PDF);
  });

  it('writes the record with the XML and the file referenced by path and hash, not embedded twice', async () => {
    const zip = await JSZip.loadAsync(await buildExportZip(smallDocument()));
    const record = JSON.parse(await zip.file('record.json')!.async('string')) as ExportedRecord;
    const xml = await zip.file('akoma-ntoso.xml')!.async('string');
    expect(record).toMatchObject({ number: '12/2025/QĐ-UBND', signerName: 'Nguyễn Văn A', source: 'Công báo số 591+592' });
    expect(record.akomaNtoso).toEqual({
      schema: 'akomantoso30',
      frbrExpressionUri: '/akn/vn-dongthap/act/decision/2025/12-2025-qd-ubnd/vie@2025-11-05',
      path: 'akoma-ntoso.xml',
      sha256: createHash('sha256').update(xml, 'utf8').digest('hex'),
    });
    expect(record.originalFile).toEqual({
      fileName: 'qd-12-2025.pdf',
      mimeType: 'application/pdf',
      sizeBytes: SMALL_PDF.length,
      sha256: createHash('sha256').update(SMALL_PDF).digest('hex'),
      path: 'original/qd-12-2025.pdf',
    });
    expect(JSON.stringify(record)).not.toContain('contentBase64');
  });

  itWithXmllint('bundles markup that is valid against the schema', async () => {
    const zip = await JSZip.loadAsync(await buildExportZip(smallDocument()));
    expect((await validateAkomaNtoso({ xml: await zip.file('akoma-ntoso.xml')!.async('string') })).valid).toBe(true);
  });

  it('keeps an uploaded file name from escaping the original/ folder', async () => {
    const doc = smallDocument();
    doc.originalFile = { ...doc.originalFile, fileName: '..\\..\\../etc/..QĐ 12:2025?.pdf' };
    const zip = await JSZip.loadAsync(await buildExportZip(doc));
    expect(Object.keys(zip.files).filter((name) => name.startsWith('original/'))).toEqual(['original/', 'original/QĐ 12_2025_.pdf']);
  });

  it('zips the same document to the same bytes', async () => {
    expect(await buildExportZip(smallDocument())).toEqual(await buildExportZip(smallDocument()));
  });
});

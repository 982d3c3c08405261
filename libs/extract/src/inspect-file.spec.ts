import { inspectFile } from './inspect-file';
import { corpusPdf } from './test-fixtures/corpus';
import { encryptedPdf, pageTreeBombPdf } from './test-fixtures/pdf-fixtures';

const limits = { maxBytes: 50 * 1024 * 1024 };

describe('inspectFile', () => {
  it('opens a real PDF and counts its pages without extracting it', async () => {
    await expect(inspectFile({ bytes: corpusPdf('congbao_tt-02-2023-tt-bldtbxh.pdf'), filename: 'tt.pdf' }, limits)).resolves.toMatchObject({ format: 'pdf', pages: 2 });
  });

  it('refuses a truncated PDF, an encrypted one and one declaring too many pages', async () => {
    const pdf = corpusPdf('hanoi_nq-hdnd_11-2025.pdf');
    await expect(inspectFile({ bytes: pdf.subarray(0, pdf.length / 2) }, limits)).rejects.toMatchObject({ code: 'CORRUPT_PDF' });
    await expect(inspectFile({ bytes: encryptedPdf('secret', ['Dieu 1']) }, limits)).rejects.toMatchObject({ code: 'ENCRYPTED_PDF' });
    await expect(inspectFile({ bytes: pageTreeBombPdf(6, 10) }, limits)).rejects.toMatchObject({ code: 'PDF_TOO_LARGE' });
  });

  it('refuses an executable named .pdf and an empty file', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]);
    await expect(inspectFile({ bytes: elf, filename: 'decision.pdf' }, limits)).rejects.toMatchObject({ code: 'UNSUPPORTED_TYPE' });
    await expect(inspectFile({ bytes: Buffer.alloc(0) }, limits)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('refuses a file over the size limit before looking at it', async () => {
    await expect(inspectFile({ bytes: Buffer.alloc(2048, 1) }, { maxBytes: 1024 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});

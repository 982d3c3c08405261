import { extractText } from '../extract-text';
import { corpusPdf } from '../test-fixtures/corpus';
import { encryptedPdf, pageTreeBombPdf, textBombPdf, textPdf } from '../test-fixtures/pdf-fixtures';

jest.setTimeout(30_000);

const LINES = Array.from({ length: 12 }, (_, index) => `Article ${index + 1}. Provisional text of the draft resolution on public assets, item ${index + 1}.`);

describe('extractText on damaged and hostile PDFs', () => {
  it('rejects a zero-byte upload with EMPTY_FILE', async () => {
    await expect(extractText({ bytes: Buffer.alloc(0), filename: 'du-thao.pdf' })).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('rejects an ELF executable renamed .pdf with UNSUPPORTED_TYPE before any parser sees it', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56), Buffer.from('%PDF-1.7')]);
    await expect(extractText({ bytes: elf, filename: 'du-thao.pdf', mimeType: 'application/pdf' })).rejects.toMatchObject({ code: 'UNSUPPORTED_TYPE' });
  });

  it('rejects a real PDF cut in half with CORRUPT_PDF', async () => {
    const whole = corpusPdf('hanoi_nq-hdnd_11-2025.pdf');
    await expect(extractText({ bytes: whole.subarray(0, whole.length / 2) })).rejects.toMatchObject({ code: 'CORRUPT_PDF' });
  });

  it('rejects a PDF encrypted with a user password with ENCRYPTED_PDF', async () => {
    await expect(extractText({ bytes: encryptedPdf('mat-khau', LINES) })).rejects.toMatchObject({ code: 'ENCRYPTED_PDF' });
  });

  it('extracts an AES-256 encrypted PDF whose user password is empty (restrictions only), with a warning', async () => {
    const result = await extractText({ bytes: encryptedPdf('', LINES) }, { ocr: false });
    expect(result.text).toContain('Article 12. Provisional text of the draft resolution');
    expect(result.warnings[0]).toMatch(/encrypted with an empty user password/);
  });

  it('rejects a page-tree bomb declaring a million pages with PDF_TOO_LARGE (pages)', async () => {
    const bomb = pageTreeBombPdf(6, 10);
    expect(bomb.length).toBeLessThan(2_000);
    await expect(extractText({ bytes: bomb })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'pages' });
  });

  it('honours a lower page limit for real documents', async () => {
    await expect(extractText({ bytes: corpusPdf('congbao_tt-09-2022-tt-bldtbxh.pdf') }, { maxPages: 10 })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'pages' });
  });

  it('stops a small PDF whose compressed stream expands into too much text with PDF_TOO_LARGE (chars)', async () => {
    const bomb = textBombPdf(60_000);
    expect(bomb.length).toBeLessThan(10_000);
    await expect(extractText({ bytes: bomb }, { maxChars: 100_000, ocr: false })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'chars' });
  });

  it('kills a parse that exceeds the time budget with PDF_TOO_LARGE (time) instead of hanging', async () => {
    const started = Date.now();
    await expect(extractText({ bytes: corpusPdf('congbao_nd-158-2025-nd-cp.pdf') }, { timeoutMs: 100 })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'time' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const extraction = extractText({ bytes: corpusPdf('congbao_nd-158-2025-nd-cp.pdf') }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('upload cancelled')), 50);
    await expect(extraction).rejects.toThrow('upload cancelled');
  });

  it('reads a minimal hand-made PDF', async () => {
    const result = await extractText({ bytes: textPdf(LINES), filename: 'a.pdf' }, { ocr: false });
    expect(result.text.split('\n')).toHaveLength(12);
  });
});

import { existsSync } from 'node:fs';

import type { OcrEngine } from './ocr-engine';
import { ocrPdfPages } from './ocr-pdf-pages';

const PDF = Buffer.from('%PDF-1.7 not really parsed by the fake engines');

function engine(recognize: OcrEngine['recognizePdfPage']): OcrEngine {
  return { isAvailable: () => Promise.resolve({ available: true }), recognizePdfPage: recognize };
}

const delay = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });

describe('ocrPdfPages', () => {
  it('recognises pages with bounded concurrency, reports progress, and removes its temporary file', async () => {
    let running = 0;
    let peak = 0;
    let pdfPath = '';
    const fake = engine(async (path, page, signal) => {
      pdfPath = path;
      running++;
      peak = Math.max(peak, running);
      await delay(20, signal);
      running--;
      return `trang ${page}`;
    });
    const done: number[] = [];
    const texts = await ocrPdfPages(PDF, [1, 2, 3, 4, 5, 6, 7], fake, { concurrency: 3, timeoutMs: 10_000, onPage: (_page, count) => done.push(count) });
    expect([...texts.entries()].sort(([a], [b]) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7].map((page) => [page, `trang ${page}`]));
    expect(peak).toBe(3);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(existsSync(pdfPath)).toBe(false);
  });

  it('fails with OCR_FAILED naming the page, and stops the other pages', async () => {
    const started: number[] = [];
    const fake = engine(async (_path, page, signal) => {
      started.push(page);
      if (page === 2) throw new Error('tesseract crashed');
      await delay(50, signal);
      return 'x';
    });
    await expect(ocrPdfPages(PDF, [1, 2, 3, 4, 5], fake, { concurrency: 2, timeoutMs: 10_000, onPage: () => undefined })).rejects.toMatchObject({
      code: 'OCR_FAILED',
      page: 2,
    });
    expect(started).not.toContain(5);
  });

  it('fails with PDF_TOO_LARGE (time) when OCR runs over its budget', async () => {
    const slow = engine(async (_path, _page, signal) => {
      await delay(5_000, signal);
      return 'x';
    });
    await expect(ocrPdfPages(PDF, [1, 2], slow, { concurrency: 1, timeoutMs: 100, onPage: () => undefined })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'time' });
  });
});

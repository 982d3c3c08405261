import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { OcrFailedError } from '../errors/ocr-failed.error';
import { PdfTooLargeError } from '../errors/pdf-too-large.error';
import type { OcrEngine } from './ocr-engine';

export interface OcrPagesOptions {
  concurrency: number;
  /** Budget for all pages together. */
  timeoutMs: number;
  signal?: AbortSignal;
  onPage: (page: number, done: number, total: number) => void;
}

/**
 * OCRs `pages` of a PDF with at most `concurrency` pages in flight, from a temporary copy of
 * the file that is removed afterwards. The first failure stops the other pages. Throws
 * `PdfTooLargeError('time')` when the budget runs out and `OcrFailedError` when a page fails.
 */
export async function ocrPdfPages(bytes: Uint8Array, pages: readonly number[], engine: OcrEngine, options: OcrPagesOptions): Promise<Map<number, string>> {
  const directory = await mkdtemp(path.join(tmpdir(), 'legis-ocr-'));
  const budget = AbortSignal.timeout(options.timeoutMs);
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, budget, ...(options.signal ? [options.signal] : [])]);
  const texts = new Map<number, string>();
  const queue = [...pages];

  let failure: OcrFailedError | undefined;
  const worker = async (pdfPath: string): Promise<void> => {
    for (let page = queue.shift(); page !== undefined && !signal.aborted; page = queue.shift()) {
      let text: string;
      try {
        text = await engine.recognizePdfPage(pdfPath, page, signal);
      } catch (error) {
        // After a timeout or cancellation the pages in flight fail too; those are not OCR faults.
        if (!budget.aborted && !options.signal?.aborted) {
          failure ??= new OcrFailedError(page, error instanceof Error ? error.message : String(error), { cause: error });
        }
        stop.abort();
        return;
      }
      texts.set(page, text);
      options.onPage(page, texts.size, pages.length);
    }
  };

  try {
    const pdfPath = path.join(directory, 'input.pdf');
    await writeFile(pdfPath, bytes);
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, pages.length)) }, () => worker(pdfPath)));
    options.signal?.throwIfAborted();
    if (budget.aborted) throw new PdfTooLargeError('time', `OCR did not finish within ${options.timeoutMs} ms`);
    if (failure) throw failure;
    return texts;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

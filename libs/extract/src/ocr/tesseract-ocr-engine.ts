import type { OcrAvailability, OcrEngine } from './ocr-engine';
import { ProcessFailure } from './process-failure.error';
import { runProcess } from './run-process';

export interface TesseractOptions {
  /** Tesseract language(s), "+"-separated. Default "vie". */
  language?: string;
  /** Rendering resolution for A4 pages; other page sizes are scaled to the same pixel size. Default 300. */
  dpi?: number;
  /** Limit for rendering one page, and again for recognising it. Default 120 000 ms. */
  pageTimeoutMs?: number;
  tesseractPath?: string;
  pdftoppmPath?: string;
}

const A4_LONG_SIDE_INCHES = 11.69;
const CHECK_TIMEOUT_MS = 10_000;
const MAX_TEXT_BYTES = 4 * 1024 * 1024;
const INSTALL = 'tesseract-ocr tesseract-ocr-vie poppler-utils';

/**
 * OCR with poppler's pdftoppm (renders one page to a grey-scale image on stdout) and Tesseract
 * (reads it on stdin). Pages are scaled so their long side has the pixels of an A4 page at
 * `dpi`, which bounds memory for absurd page sizes. Tesseract runs single-threaded
 * (OMP_THREAD_LIMIT=1): its own threading is several times slower on small machines than
 * recognising pages in parallel processes, which the caller does.
 */
export class TesseractOcrEngine implements OcrEngine {
  private readonly language: string;
  private readonly longSidePixels: number;
  private readonly pageTimeoutMs: number;
  private readonly tesseract: string;
  private readonly pdftoppm: string;
  private availability?: Promise<OcrAvailability>;

  constructor(options: TesseractOptions = {}) {
    this.language = options.language ?? 'vie';
    this.longSidePixels = Math.round((options.dpi ?? 300) * A4_LONG_SIDE_INCHES);
    this.pageTimeoutMs = options.pageTimeoutMs ?? 120_000;
    this.tesseract = options.tesseractPath ?? 'tesseract';
    this.pdftoppm = options.pdftoppmPath ?? 'pdftoppm';
  }

  /** Checks once per engine that both programs run and the language data is installed. */
  isAvailable(): Promise<OcrAvailability> {
    this.availability ??= this.checkAvailability();
    return this.availability;
  }

  async recognizePdfPage(pdfPath: string, page: number, signal: AbortSignal): Promise<string> {
    const options = { timeoutMs: this.pageTimeoutMs, signal };
    const image = await runProcess(
      this.pdftoppm,
      ['-f', String(page), '-l', String(page), '-scale-to', String(this.longSidePixels), '-gray', pdfPath],
      { ...options, maxOutputBytes: this.longSidePixels * this.longSidePixels + 1024 },
    );
    const text = await runProcess(this.tesseract, ['stdin', 'stdout', '-l', this.language, '--psm', '3'], {
      ...options,
      input: image,
      maxOutputBytes: MAX_TEXT_BYTES,
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    return text.toString('utf8');
  }

  private async checkAvailability(): Promise<OcrAvailability> {
    const options = { timeoutMs: CHECK_TIMEOUT_MS, maxOutputBytes: 1024 * 1024 };
    try {
      const languages = (await runProcess(this.tesseract, ['--list-langs'], options)).toString('utf8').split(/\s+/);
      const missing = this.language.split('+').filter((language) => !languages.includes(language));
      if (missing.length > 0) {
        const packages = missing.map((language) => `tesseract-ocr-${language}`).join(' ');
        return { available: false, reason: `tesseract has no "${missing.join('", "')}" language data (Debian: apt-get install ${packages})` };
      }
      await runProcess(this.pdftoppm, ['-v'], options);
      return { available: true };
    } catch (error) {
      if (error instanceof ProcessFailure) {
        return { available: false, reason: error.reason === 'missing' ? `${error.command} is not installed (Debian: apt-get install ${INSTALL})` : error.message };
      }
      throw error;
    }
  }
}

import { CorruptPdfError } from '../errors/corrupt-pdf.error';
import { EncryptedPdfError } from '../errors/encrypted-pdf.error';
import { PdfTooLargeError } from '../errors/pdf-too-large.error';
import { runInSandbox, type SandboxLimits } from '../sandbox/run-in-sandbox';
import { SandboxFailure } from '../sandbox/sandbox-failure.error';

export interface PdfTextLayer {
  /** Raw text of each page as pdf.js lays it out, index 0 = page 1. */
  pages: string[];
  /** Encrypted with an empty user password: it opens, but say so. */
  encrypted: boolean;
}

export interface PdfTextLayerLimits extends SandboxLimits {
  maxPages: number;
  maxChars: number;
}

function toPublicError(error: unknown, limits: PdfTextLayerLimits): unknown {
  if (!(error instanceof SandboxFailure)) return error;
  switch (error.kind) {
    case 'time':
      return new PdfTooLargeError('time', `the text layer was not read within ${limits.timeoutMs} ms`);
    case 'memory':
      return new PdfTooLargeError('memory', `the parser exceeded ${limits.maxHeapMb} MB`);
    case 'job':
      return error.errorName === 'PasswordException' ? new EncryptedPdfError({ cause: error }) : new CorruptPdfError(error.message, { cause: error });
    case 'crash':
      return new CorruptPdfError(error.message, { cause: error });
  }
}

/**
 * Reads the text layer page by page in the parser sandbox. Stops as soon as the document
 * declares more than `maxPages` pages or the pages read so far exceed `maxChars` characters.
 */
export async function readPdfTextLayer(
  bytes: Uint8Array,
  limits: PdfTextLayerLimits,
  onPage: (page: number, pages: number) => void,
): Promise<PdfTextLayer> {
  let pages: string[] = [];
  let encrypted = false;
  let chars = 0;
  try {
    await runInSandbox({ kind: 'pdf', bytes }, limits, (message) => {
      if (message.type === 'pdf-document') {
        if (message.pages > limits.maxPages) throw new PdfTooLargeError('pages', `${message.pages} pages, at most ${limits.maxPages} allowed`);
        if (message.pages === 0) throw new CorruptPdfError('the document has no pages');
        pages = new Array<string>(message.pages).fill('');
        encrypted = message.encrypted;
      } else if (message.type === 'pdf-page') {
        chars += message.text.length;
        if (chars > limits.maxChars) throw new PdfTooLargeError('chars', `more than ${limits.maxChars} characters by page ${message.page}`);
        pages[message.page - 1] = message.text;
        onPage(message.page, pages.length);
      }
    });
  } catch (error) {
    throw toPublicError(error, limits);
  }
  return { pages, encrypted };
}

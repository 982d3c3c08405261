import { CorruptPdfError } from '../errors/corrupt-pdf.error';
import { EncryptedPdfError } from '../errors/encrypted-pdf.error';
import { PdfTooLargeError } from '../errors/pdf-too-large.error';
import { runInSandbox, type SandboxLimits } from '../sandbox/run-in-sandbox';
import { SandboxFailure } from '../sandbox/sandbox-failure.error';

/**
 * Opens a PDF just far enough to know it is readable: not encrypted with a password, not truncated
 * beyond recovery, and within the page limit. The parser stops after the document header, so this
 * takes a fraction of a full extraction and can run while an upload request waits.
 */
export async function inspectPdf(bytes: Uint8Array, limits: SandboxLimits & { maxPages: number }): Promise<{ pages: number }> {
  let pages: number | null = null;
  try {
    await runInSandbox({ kind: 'pdf', bytes, headerOnly: true }, limits, (message) => {
      if (message.type !== 'pdf-document') return;
      if (message.pages > limits.maxPages) throw new PdfTooLargeError('pages', `${message.pages} pages, at most ${limits.maxPages} allowed`);
      if (message.pages === 0) throw new CorruptPdfError('the document has no pages');
      pages = message.pages;
    });
  } catch (error) {
    if (!(error instanceof SandboxFailure)) throw error;
    if (error.kind === 'time' || error.kind === 'memory') throw new PdfTooLargeError(error.kind, `the document could not be opened within the ${error.kind} limit`);
    if (error.kind === 'job' && error.errorName === 'PasswordException') throw new EncryptedPdfError({ cause: error });
    throw new CorruptPdfError(error.message, { cause: error });
  }
  if (pages === null) throw new CorruptPdfError('the parser read no document header');
  return { pages };
}

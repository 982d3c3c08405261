import { detectFileType, type FileFormat } from './detect/detect-file-type';
import { extractDocx } from './docx/extract-docx';
import { FileTooLargeError } from './errors/file-too-large.error';
import type { FormatResult } from './format-result';
import { extractHtml } from './html/extract-html';
import { extractPdf } from './pdf/extract-pdf';
import { resolveOptions, type ResolvedOptions } from './resolve-options';
import { extractPlainText } from './text/extract-plain-text';
import type { ExtractInput, ExtractOptions, ExtractResult } from './types';

function extractFormat(format: FileFormat, bytes: Uint8Array, options: ResolvedOptions): Promise<FormatResult> {
  switch (format) {
    case 'pdf':
      return extractPdf(bytes, options);
    case 'docx':
      return extractDocx(bytes, options);
    case 'html':
      return extractHtml(bytes, options);
    case 'text':
      return Promise.resolve(extractPlainText(bytes, options));
  }
}

/**
 * Extracts normalised text from an uploaded document (PDF, DOCX, HTML or plain text), detected
 * by content. Third-party parsers run in a child process with a heap limit and a deadline;
 * scanned or defective PDFs go through OCR when it is available. Throws an `ExtractError`
 * subclass with a stable `code` for every problem with the file itself.
 */
export async function extractText(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  const started = performance.now();
  const resolved = resolveOptions(options);
  if (input.bytes.length > resolved.maxBytes) throw new FileTooLargeError('bytes', `${input.bytes.length} bytes, at most ${resolved.maxBytes}`);
  const { format } = detectFileType(input.bytes, input.filename, input.mimeType);
  const result = await extractFormat(format, input.bytes, resolved);
  return {
    text: result.text,
    ...(result.pages ? { pages: result.pages } : {}),
    format,
    method: result.method,
    warnings: result.warnings,
    stats: { pages: result.pageCount, chars: result.text.length, ms: Math.round(performance.now() - started) },
    legacyEncoding: result.legacyEncoding,
    quality: result.quality,
  };
}

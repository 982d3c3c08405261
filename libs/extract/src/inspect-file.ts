import { detectFileType, type DetectedFileType } from './detect/detect-file-type';
import { FileTooLargeError } from './errors/file-too-large.error';
import { inspectPdf } from './pdf/inspect-pdf';

export interface InspectOptions {
  maxBytes: number;
  maxPages?: number;
  /** Time to open a PDF's header. Default 10 s. */
  timeoutMs?: number;
  maxParserHeapMb?: number;
}

export interface InspectedFile extends DetectedFileType {
  /** PDF page count. */
  pages: number | null;
}

/**
 * The checks an upload can wait for: size, type by content (an executable renamed `.pdf` is
 * refused), and for PDFs that the file opens without a password, is not truncated and has an
 * acceptable number of pages. Throws the same `ExtractError`s as `extractText`; full extraction
 * happens later, in the worker.
 */
export async function inspectFile(input: { bytes: Uint8Array; filename?: string; mimeType?: string }, options: InspectOptions): Promise<InspectedFile> {
  if (input.bytes.length > options.maxBytes) throw new FileTooLargeError('bytes', `${input.bytes.length} bytes, at most ${options.maxBytes}`);
  const detected = detectFileType(input.bytes, input.filename, input.mimeType);
  if (detected.format !== 'pdf') return { ...detected, pages: null };
  const { pages } = await inspectPdf(input.bytes, {
    maxPages: options.maxPages ?? 2_000,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxHeapMb: options.maxParserHeapMb ?? 512,
  });
  return { ...detected, pages };
}

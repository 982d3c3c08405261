import { ProcessFailure } from '../ocr/process-failure.error';
import { runProcess } from '../ocr/run-process';

/** "Số: /2024/QĐ-UBND" with its sequence missing, or "ngày tháng năm" without digits. */
const BLANK_NUMBER = /Số\s*:?\s*\/\s*\d{4}\s*\//u;
const BLANK_DATE = /ngày\s+tháng\s+năm(?!\s*\d)/u;

/**
 * True when the first page's number or date line is blank in the text layer. Digitally signed
 * documents often get their number and date stamped into the signature fields' appearance at
 * signing, which pdf.js's text extraction does not read.
 */
export function hasBlankHeader(firstPage: string): boolean {
  const head = firstPage.slice(0, 1500);
  return BLANK_NUMBER.test(head) || BLANK_DATE.test(head);
}

/**
 * The first page as poppler's pdftotext reads it, appearance streams of signature fields included;
 * null when pdftotext is not installed, fails, or does not fill the blanks either.
 */
export async function firstPageWithAppearances(bytes: Uint8Array, signal?: AbortSignal): Promise<string | null> {
  try {
    const output = await runProcess('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', 'fd://0', '-'], {
      input: bytes,
      timeoutMs: 15_000,
      maxOutputBytes: 1024 * 1024,
      signal,
    });
    const text = output.toString('utf8');
    return text.trim() !== '' && !hasBlankHeader(text) ? text : null;
  } catch (error) {
    if (error instanceof ProcessFailure) return null;
    throw error;
  }
}

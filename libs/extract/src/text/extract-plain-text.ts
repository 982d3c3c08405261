import { decodeText } from '../detect/decode-text';
import { finishText } from '../finish-text';
import type { FormatResult } from '../format-result';
import type { ResolvedOptions } from '../resolve-options';

/**
 * Plain text → normalised text. UTF-8 and UTF-16 (with or without BOM) are decoded exactly;
 * other files are 8-bit: TCVN3 or VNI bytes (converted to Unicode), otherwise Windows-1258.
 * Lines are joined as for PDF text, since text files are often hard-wrapped.
 */
export function extractPlainText(bytes: Uint8Array, options: ResolvedOptions): FormatResult {
  const { text, charset } = decodeText(bytes);
  const warnings = charset === 'windows-1258' ? ['The file is not UTF-8; it was decoded as Windows-1258 (Vietnamese).'] : [];
  return finishText(text, { method: 'plain', joinLines: true, warnings, options });
}

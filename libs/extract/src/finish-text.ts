import { FileTooLargeError } from './errors/file-too-large.error';
import { NoTextError } from './errors/no-text.error';
import type { FormatResult } from './format-result';
import { convertLegacyEncoding, detectLegacyEncoding } from './legacy/legacy-encoding';
import { normalizeLegalText } from './normalize/normalize-legal-text';
import { assessTextQuality } from './quality/assess-text-quality';
import type { ResolvedOptions } from './resolve-options';
import type { ExtractionMethod } from './types';

/** Warning text shared by all formats when legacy font encoding was converted. */
export function legacyWarning(encoding: string): string {
  return `The text used the legacy ${encoding} font encoding and was converted to Unicode.`;
}

export interface FinishTextOptions {
  method: ExtractionMethod;
  /** Join wrapped lines (plain text) or keep lines as paragraphs (DOCX, HTML). */
  joinLines: boolean;
  warnings: string[];
  options: ResolvedOptions;
}

/**
 * The common tail of DOCX, HTML and plain-text extraction: the character limit, legacy encoding
 * conversion, normalisation and quality. Throws `NoTextError` when nothing is left.
 */
export function finishText(raw: string, { method, joinLines, warnings, options }: FinishTextOptions): FormatResult {
  if (raw.length > options.maxChars) throw new FileTooLargeError('chars', `${raw.length} characters, at most ${options.maxChars}`);
  const legacyEncoding = detectLegacyEncoding(raw);
  const unicode = legacyEncoding ? convertLegacyEncoding(raw, legacyEncoding) : raw;
  if (legacyEncoding) warnings.push(legacyWarning(legacyEncoding));
  const text = normalizeLegalText(unicode, { joinLines });
  if (text === '') throw new NoTextError(`the ${method === 'plain' ? 'text file' : method.toUpperCase()} has no text`);
  const quality = assessTextQuality(text);
  if (quality.score < options.minQuality) warnings.push(`Low text quality (${quality.score}): ${quality.reasons.join('; ')}.`);
  return { text, pageCount: null, method, warnings, legacyEncoding, quality };
}

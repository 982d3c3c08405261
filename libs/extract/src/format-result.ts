import type { LegacyEncoding } from './legacy/legacy-encoding';
import type { TextQuality } from './quality/assess-text-quality';
import type { ExtractionMethod, PageText } from './types';

/** What each format's extractor returns; `extractText` adds format and stats. */
export interface FormatResult {
  text: string;
  pages?: PageText[];
  pageCount: number | null;
  method: ExtractionMethod;
  warnings: string[];
  legacyEncoding: LegacyEncoding | null;
  quality: TextQuality;
}

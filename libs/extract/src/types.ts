import type { FileFormat } from './detect/detect-file-type';
import type { LegacyEncoding } from './legacy/legacy-encoding';
import type { OcrEngine } from './ocr/ocr-engine';
import type { TextQuality } from './quality/assess-text-quality';

export interface ExtractInput {
  bytes: Uint8Array;
  /** Original file name; its extension is checked against the content. */
  filename?: string;
  /** Declared MIME type (upload header); checked against the content. */
  mimeType?: string;
}

export type ExtractionMethod = 'text-layer' | 'ocr' | 'docx' | 'html' | 'plain';

/** Normalised text of one PDF page and where it came from. */
export interface PageText {
  number: number;
  text: string;
  method: 'text-layer' | 'ocr';
}

export interface ExtractResult {
  /**
   * Normalised text (see `normalizeLegalText`): one paragraph per line. In PDFs a line holding
   * only a form feed marks a page break.
   */
  text: string;
  /** PDFs only: each page normalised on its own (paragraphs cut by the page break stay cut). */
  pages?: PageText[];
  format: FileFormat;
  /** 'ocr' when at least one PDF page was recognised by OCR; `pages` says which. */
  method: ExtractionMethod;
  /** Things a reviewer should know: OCR limits, defective text layer, legacy encoding, … */
  warnings: string[];
  stats: {
    /** PDF pages; null for formats without pages. */
    pages: number | null;
    chars: number;
    ms: number;
  };
  /** The legacy font encoding the text was converted from, or null. */
  legacyEncoding: LegacyEncoding | null;
  quality: TextQuality;
}

export type ExtractProgress =
  | { stage: 'text-layer'; page: number; pages: number }
  | { stage: 'ocr'; page: number; done: number; total: number };

export interface OcrOptions {
  /** Default: a shared `TesseractOcrEngine` (Vietnamese, 300 dpi). */
  engine?: OcrEngine;
  /** OCR every page even when the text layer is good. */
  force?: boolean;
  /** OCR at most this many pages (in page order); the others keep their text layer. Default: no limit beyond `maxPages`. */
  maxPages?: number;
  /** Pages recognised in parallel. Default: the number of CPUs. */
  concurrency?: number;
  /** Budget for all OCR of one document. Default 30 minutes. */
  timeoutMs?: number;
}

export interface ExtractOptions {
  /** Largest accepted input, and the most the XML parts of a DOCX may inflate to. Default 100 MB. */
  maxBytes?: number;
  /** PDFs with more pages are rejected (PDF_TOO_LARGE). Default 2 000. */
  maxPages?: number;
  /** Extraction stops beyond this many characters (PDF_TOO_LARGE). Default 5 000 000. */
  maxChars?: number;
  /** Budget for parsing the file (text layer, DOCX, HTML), excluding OCR. Default 120 000 ms. */
  timeoutMs?: number;
  /** Heap limit of the parser process. Default 1 024 MB. */
  maxParserHeapMb?: number;
  /** Below this quality score a PDF text layer counts as defective and OCR is tried. Default 0.8. */
  minQuality?: number;
  /** OCR settings, or false to never run OCR. */
  ocr?: OcrOptions | false;
  onProgress?: (progress: ExtractProgress) => void;
  /** Cancels extraction; the parser and OCR processes are killed. */
  signal?: AbortSignal;
}

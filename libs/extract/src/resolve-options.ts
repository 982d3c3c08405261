import { availableParallelism } from 'node:os';

import type { OcrEngine } from './ocr/ocr-engine';
import { TesseractOcrEngine } from './ocr/tesseract-ocr-engine';
import type { ExtractOptions, ExtractProgress } from './types';

export interface ResolvedOcrOptions {
  engine: OcrEngine;
  force: boolean;
  maxPages: number;
  concurrency: number;
  timeoutMs: number;
}

export interface ResolvedOptions {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
  maxParserHeapMb: number;
  minQuality: number;
  ocr: ResolvedOcrOptions | false;
  onProgress: (progress: ExtractProgress) => void;
  signal?: AbortSignal;
}

let sharedEngine: TesseractOcrEngine | undefined;

/** One engine per process, so the "is tesseract installed" check runs once. */
function defaultOcrEngine(): TesseractOcrEngine {
  sharedEngine ??= new TesseractOcrEngine();
  return sharedEngine;
}

export function resolveOptions(options: ExtractOptions): ResolvedOptions {
  const maxPages = options.maxPages ?? 2_000;
  return {
    maxBytes: options.maxBytes ?? 100 * 1024 * 1024,
    maxPages,
    maxChars: options.maxChars ?? 5_000_000,
    timeoutMs: options.timeoutMs ?? 120_000,
    maxParserHeapMb: options.maxParserHeapMb ?? 1_024,
    minQuality: options.minQuality ?? 0.8,
    ocr:
      options.ocr === false
        ? false
        : {
            engine: options.ocr?.engine ?? defaultOcrEngine(),
            force: options.ocr?.force ?? false,
            maxPages: options.ocr?.maxPages ?? maxPages,
            concurrency: options.ocr?.concurrency ?? availableParallelism(),
            timeoutMs: options.ocr?.timeoutMs ?? 30 * 60_000,
          },
    onProgress: options.onProgress ?? (() => undefined),
    signal: options.signal,
  };
}

import { NeedsOcrError } from '../errors/needs-ocr.error';
import { NoTextError } from '../errors/no-text.error';
import { legacyWarning } from '../finish-text';
import type { FormatResult } from '../format-result';
import { convertLegacyEncoding, detectLegacyEncoding } from '../legacy/legacy-encoding';
import { normalizeLegalText } from '../normalize/normalize-legal-text';
import { ocrPdfPages } from '../ocr/ocr-pdf-pages';
import { assessTextQuality } from '../quality/assess-text-quality';
import type { ResolvedOcrOptions, ResolvedOptions } from '../resolve-options';
import type { PageText } from '../types';
import { readPdfTextLayer } from './read-pdf-text-layer';
import { firstPageWithAppearances, hasBlankHeader } from './signed-header';

/** A page with fewer non-space characters has no usable text layer (a scan, maybe with a stamp). */
const MIN_PAGE_CHARS = 120;

type PageMethod = PageText['method'];

function nonSpaceLength(text: string): number {
  return text.replace(/\s+/gu, '').length;
}

function pageList(pages: readonly number[]): string {
  return `page${pages.length === 1 ? '' : 's'} ${pages.join(', ')}`;
}

/** The OCR options when OCR can run, otherwise the reason it cannot. */
async function usableOcr(ocr: ResolvedOcrOptions | false): Promise<ResolvedOcrOptions | string> {
  if (ocr === false) return 'OCR is turned off';
  const availability = await ocr.engine.isAvailable();
  return availability.available ? ocr : availability.reason;
}

function qualityOf(text: string): number {
  return assessTextQuality(normalizeLegalText(text)).score;
}

/** OCRs the `wanted` pages, the first `ocr.maxPages` of them, and warns about the rest. */
async function recognize(bytes: Uint8Array, wanted: number[], ocr: ResolvedOcrOptions, options: ResolvedOptions, warnings: string[]): Promise<Map<number, string>> {
  const pages = wanted.slice(0, ocr.maxPages);
  if (pages.length < wanted.length) {
    warnings.push(`OCR was limited to ${pages.length} pages; ${pageList(wanted.slice(pages.length))} keep their text layer, if any.`);
  }
  return ocrPdfPages(bytes, pages, ocr.engine, {
    concurrency: ocr.concurrency,
    timeoutMs: ocr.timeoutMs,
    signal: options.signal,
    onPage: (page, done, total) => options.onProgress({ stage: 'ocr', page, done, total }),
  });
}

/**
 * PDF → text. Reads the text layer in the parser sandbox, converts legacy font encodings, and
 * decides which pages need OCR: pages with (almost) no text, or every page when the layer as a
 * whole scores below `minQuality` (glyphs lost or mis-mapped), or every page when OCR is forced.
 * Without OCR, a PDF with no text at all fails with NEEDS_OCR; a partly missing or defective
 * layer is returned with warnings and its low quality score.
 */
export async function extractPdf(bytes: Uint8Array, options: ResolvedOptions): Promise<FormatResult> {
  const layer = await readPdfTextLayer(
    bytes,
    { maxPages: options.maxPages, maxChars: options.maxChars, timeoutMs: options.timeoutMs, maxHeapMb: options.maxParserHeapMb, signal: options.signal },
    (page, pages) => options.onProgress({ stage: 'text-layer', page, pages }),
  );
  const warnings: string[] = [];
  if (layer.encrypted) warnings.push('The PDF is encrypted with an empty user password (permissions only); its text was extracted.');
  const legacyEncoding = detectLegacyEncoding(layer.pages.join('\n'));
  if (legacyEncoding) warnings.push(legacyWarning(legacyEncoding));
  const raw = layer.pages.map((page) => (legacyEncoding ? convertLegacyEncoding(page, legacyEncoding) : page));
  const pageCount = raw.length;
  const methods: PageMethod[] = raw.map(() => 'text-layer');
  if (pageCount > 0 && hasBlankHeader(raw[0])) {
    const stamped = await firstPageWithAppearances(bytes, options.signal);
    if (stamped) {
      raw[0] = stamped;
      warnings.push('The number or date on page 1 is drawn by the digital signature; page 1 was read with pdftotext, which includes it.');
    }
  }

  const allPages = raw.map((_, index) => index + 1);
  const emptyPages = allPages.filter((page) => nonSpaceLength(raw[page - 1]) < MIN_PAGE_CHARS);
  const layerText = normalizeLegalText(raw.join('\n\f\n'));
  const layerQuality = assessTextQuality(layerText, pageCount);
  const defective = emptyPages.length < pageCount && layerQuality.score < options.minQuality;
  const force = options.ocr !== false && options.ocr.force;
  const wanted = force || defective ? allPages : emptyPages;

  let qualityWarned = false;
  if (wanted.length > 0) {
    const ocr = await usableOcr(options.ocr);
    if (typeof ocr !== 'string') {
      const replaceAlways = new Set(force ? allPages : emptyPages);
      for (const [page, text] of await recognize(bytes, wanted, ocr, options, warnings)) {
        // A defective layer may still beat OCR on some pages (tables, small print): keep the better.
        if (replaceAlways.has(page) || qualityOf(text) >= qualityOf(raw[page - 1])) {
          raw[page - 1] = text;
          methods[page - 1] = 'ocr';
        }
      }
    } else {
      if (emptyPages.length === pageCount) throw new NeedsOcrError(pageCount, ocr);
      if (defective) {
        warnings.push(`The text layer looks defective (quality ${layerQuality.score}: ${layerQuality.reasons.join('; ')}) and OCR is not available: ${ocr}.`);
        qualityWarned = true;
      }
      if (emptyPages.length > 0) {
        const subject = emptyPages.length === 1 ? `Page ${emptyPages[0]} has` : `Pages ${emptyPages.join(', ')} have`;
        warnings.push(`${subject} little or no text layer and OCR is not available: ${ocr}.`);
      }
    }
  }

  const pages: PageText[] = raw.map((text, index) => ({ number: index + 1, text: normalizeLegalText(text), method: methods[index] }));
  const recognized = methods.includes('ocr');
  const text = recognized ? normalizeLegalText(raw.join('\n\f\n')) : layerText;
  if (text.replace(/\f/g, '').trim() === '') throw new NoTextError(`none of the ${pageCount} pages has text, even after OCR`);
  const quality = recognized ? assessTextQuality(text, pageCount) : layerQuality;
  if (quality.score < options.minQuality && !qualityWarned) warnings.push(`Low text quality (${quality.score}): ${quality.reasons.join('; ')}.`);
  return {
    text,
    pages,
    pageCount,
    method: recognized ? 'ocr' : 'text-layer',
    warnings,
    legacyEncoding,
    quality,
  };
}

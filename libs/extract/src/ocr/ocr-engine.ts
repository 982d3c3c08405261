/** Whether OCR can run here, and if not, why (shown to users in NEEDS_OCR and in warnings). */
export type OcrAvailability = { available: true } | { available: false; reason: string };

/**
 * Recognises the text of PDF pages. The default is `TesseractOcrEngine`; tests and other
 * deployments can pass their own.
 */
export interface OcrEngine {
  isAvailable(): Promise<OcrAvailability>;
  /** Text of page `page` (1-based) of the PDF stored at `pdfPath`. */
  recognizePdfPage(pdfPath: string, page: number, signal: AbortSignal): Promise<string>;
}

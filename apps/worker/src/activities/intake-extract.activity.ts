import { ExtractError, extractText } from '@legis/extract';
import type { ExtractOutcome } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';

/** Errors that a retry may cure; every other extraction error is a property of the file. */
const TRANSIENT = new Set(['OCR_FAILED']);

/**
 * Extracts the text of a stored version (OCR when the file is a scan and Tesseract is installed),
 * saves it on the version, and reports problems of the file as an outcome rather than an error.
 */
export async function extractVersion(deps: ActivityDependencies, versionId: string): Promise<ExtractOutcome> {
  const context = Context.current();
  const version = await deps.documents.findVersionById(versionId);
  if (!version) throw ApplicationFailure.nonRetryable(`No version ${versionId}`, 'VERSION_NOT_FOUND');
  const bytes = await deps.documents.file(versionId);
  if (!bytes) throw ApplicationFailure.nonRetryable(`The file of version ${versionId} is missing`, 'FILE_MISSING');
  await deps.documents.setVersionStatus(versionId, 'extracting');
  try {
    const result = await extractText(
      { bytes, filename: version.fileName ?? undefined, mimeType: version.mimeType },
      { ...deps.extraction, onProgress: (progress) => context.heartbeat(progress), signal: context.cancellationSignal },
    );
    await deps.documents.saveExtraction(versionId, {
      text: result.text,
      extractionMethod: result.method,
      pageCount: result.stats.pages,
      extraction: { warnings: result.warnings, quality: result.quality, legacyEncoding: result.legacyEncoding, chars: result.stats.chars, ms: result.stats.ms, format: result.format },
    });
    return { outcome: 'extracted', pages: result.stats.pages, chars: result.stats.chars, method: result.method };
  } catch (error) {
    if (!(error instanceof ExtractError) || TRANSIENT.has(error.code)) throw error;
    const outcome = error.code === 'NEEDS_OCR' ? 'needs_ocr' : 'failed';
    const reason = `${error.code}: ${error.message}`;
    await deps.documents.setVersionStatus(versionId, outcome, reason);
    return { outcome, reason };
  }
}

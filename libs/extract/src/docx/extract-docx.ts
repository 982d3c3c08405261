import { ZipArchive } from '../detect/zip-archive';
import { ZipError } from '../detect/zip-error';
import { CorruptDocxError } from '../errors/corrupt-docx.error';
import { FileTooLargeError } from '../errors/file-too-large.error';
import { NoTextError } from '../errors/no-text.error';
import { finishText } from '../finish-text';
import type { FormatResult } from '../format-result';
import type { ResolvedOptions } from '../resolve-options';
import { runInSandbox } from '../sandbox/run-in-sandbox';
import { sandboxLimitToError } from '../sandbox/sandbox-limit-to-error';
import type { MarkupToken } from '../sandbox/sandbox-protocol';
import { renderDocxDocument, type DocxNode } from './render-docx-document';
import { labelParagraphs } from './word-numbering';

/** The XML parts our numbering reconstruction reads, by the name the sandbox returns them under. */
const NUMBERING_PARTS: Record<string, string> = {
  document: 'word/document.xml',
  numbering: 'word/numbering.xml',
  styles: 'word/styles.xml',
};

/** Mammoth warns about every custom style it has no HTML mapping for; that is noise here. */
const NOISY_WARNING = /^Unrecognised (paragraph|run|table|numbering) style/;
const MAX_WARNINGS = 10;

/**
 * Inflates every XML part of the package under one size budget, so a zip bomb is refused
 * before mammoth (which inflates without limits) sees it; returns the parts we parse ourselves.
 */
function readXmlParts(bytes: Uint8Array, budget: number): Record<string, string> {
  try {
    const archive = ZipArchive.open(bytes);
    let remaining = budget;
    const contents = new Map<string, string>();
    for (const name of archive.names().filter((entry) => /\.(xml|rels)$/i.test(entry))) {
      const data = archive.read(name, remaining);
      remaining -= data.length;
      contents.set(name, data.toString('utf8'));
    }
    const parts: Record<string, string> = {};
    for (const [key, name] of Object.entries(NUMBERING_PARTS)) {
      const content = contents.get(name);
      if (content !== undefined) parts[key] = content;
    }
    return parts;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    if (error.kind === 'too-large') throw new FileTooLargeError('inflated-bytes', `${error.message} (budget ${budget} bytes for all XML parts)`);
    throw new CorruptDocxError(error.message, { cause: error });
  }
}

function hasImages(node: DocxNode): boolean {
  return node.type === 'image' || (node.children ?? []).some(hasImages);
}

/**
 * DOCX → text with mammoth, in the parser sandbox. Mammoth drops Word's automatic list numbers,
 * so they are rebuilt from the package XML (`labelParagraphs`) and put back in front of their
 * paragraphs: "Điều 1.", "1.", "a)" typed by Word's numbering come out as text.
 */
export async function extractDocx(bytes: Uint8Array, options: ResolvedOptions): Promise<FormatResult> {
  const parts = readXmlParts(bytes, options.maxBytes);
  const limits = { timeoutMs: options.timeoutMs, maxHeapMb: options.maxParserHeapMb, signal: options.signal };
  let document: DocxNode | undefined;
  let tokens: Record<string, MarkupToken[]> = {};
  let warnings: string[] = [];
  try {
    await runInSandbox({ kind: 'docx', bytes, parts }, limits, (message) => {
      if (message.type !== 'docx') return;
      document = JSON.parse(message.document) as DocxNode;
      tokens = message.parts;
      warnings = [...new Set(message.warnings.filter((warning) => !NOISY_WARNING.test(warning)))].slice(0, MAX_WARNINGS);
    });
  } catch (error) {
    throw sandboxLimitToError(error, limits, (failure) => new CorruptDocxError(failure.message, { cause: failure }));
  }
  if (!document) throw new CorruptDocxError('the parser returned no document');

  const labelled = labelParagraphs(tokens.document ?? [], tokens.numbering ?? [], tokens.styles ?? []);
  const lines = renderDocxDocument(document, labelled);
  if (lines.join('').trim() === '' && hasImages(document)) {
    throw new NoTextError('the DOCX holds only pictures; scanned pages pasted into Word need OCR, so upload them as a PDF');
  }
  return finishText(lines.join('\n'), { method: 'docx', joinLines: false, warnings, options });
}

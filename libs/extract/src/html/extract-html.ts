import { decodeText } from '../detect/decode-text';
import { finishText } from '../finish-text';
import type { FormatResult } from '../format-result';
import type { ResolvedOptions } from '../resolve-options';
import { runInSandbox } from '../sandbox/run-in-sandbox';
import { sandboxLimitToError } from '../sandbox/sandbox-limit-to-error';
import type { MarkupToken } from '../sandbox/sandbox-protocol';
import { renderHtmlTokens } from './render-html-tokens';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** HTML → text: decoded by BOM, UTF-8 or its meta charset, tokenized by htmlparser2 in the sandbox. */
export async function extractHtml(bytes: Uint8Array, options: ResolvedOptions): Promise<FormatResult> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const { text: html, charset } = decodeText(bytes, head.match(META_CHARSET)?.[1]);
  const warnings = charset === 'windows-1258' ? ['The page is not UTF-8 and declares no charset; it was decoded as Windows-1258.'] : [];
  const limits = { timeoutMs: options.timeoutMs, maxHeapMb: options.maxParserHeapMb, signal: options.signal };
  let tokens: MarkupToken[] = [];
  try {
    await runInSandbox({ kind: 'html', html }, limits, (message) => {
      if (message.type === 'html') tokens = message.tokens;
    });
  } catch (error) {
    throw sandboxLimitToError(error, limits, (failure) => failure);
  }
  return finishText(renderHtmlTokens(tokens).join('\n'), { method: 'html', joinLines: false, warnings, options });
}

import { TextDecoder } from 'node:util';

import { convertLegacyEncoding, detectLegacyEncoding } from '../legacy/legacy-encoding';
import { assessTextQuality } from '../quality/assess-text-quality';

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  /** The TextDecoder label used. */
  charset: string;
}

/** The byte-order mark, or the zero bytes of mostly-ASCII UTF-16, identify a Unicode encoding. */
export function sniffUnicodeEncoding(bytes: Uint8Array): UnicodeEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half >= 8 && oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (half >= 8 && evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a text or HTML file: BOM or UTF-16 pattern first, then strict UTF-8, then the
 * charset the file declares (HTML meta), then a legacy 8-bit guess. Vietnamese 8-bit files are
 * either TCVN3/VNI bytes, which Windows-1252 maps one to one for the legacy converter, or
 * Windows-1258, the Vietnamese Windows code page; whichever reads better as Vietnamese wins.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const unicode = sniffUnicodeEncoding(bytes);
  if (unicode) return { text: new TextDecoder(unicode).decode(bytes), charset: unicode };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to 8-bit code pages.
  }
  const declared = declaredCharset ? decoderFor(declaredCharset) : null;
  if (declared && declared.encoding !== 'utf-8') return { text: declared.decode(bytes), charset: declared.encoding };
  const vietnamese = new TextDecoder('windows-1258').decode(bytes);
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const legacy = detectLegacyEncoding(latin);
  const legacyScore = legacy ? assessTextQuality(convertLegacyEncoding(latin, legacy)).score : 0;
  // Windows-1258 writes tones as combining marks after the letter: compose before judging.
  if (legacyScore > assessTextQuality(vietnamese.normalize('NFC')).score) return { text: latin, charset: 'windows-1252' };
  return { text: vietnamese, charset: 'windows-1258' };
}

import { TextDecoder } from 'node:util';

import { CorruptDocxError } from '../errors/corrupt-docx.error';
import { EmptyFileError } from '../errors/empty-file.error';
import { TypeMismatchError } from '../errors/type-mismatch.error';
import { UnsupportedTypeError } from '../errors/unsupported-type.error';
import { sniffUnicodeEncoding } from './decode-text';
import { ZipArchive } from './zip-archive';

export type FileFormat = 'pdf' | 'docx' | 'html' | 'text';

export interface DetectedFileType {
  format: FileFormat;
  mimeType: string;
}

const MIME_TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

const DECLARED_BY_MIME: Record<string, FileFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  [MIME_TYPES.docx]: 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

const DECLARED_BY_EXTENSION: Record<string, FileFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
};

/** Magic numbers of content we refuse, with what to tell the user. */
const REJECTED: ReadonlyArray<{ magic: number[]; detected: string; hint: string }> = [
  { magic: [0x7f, 0x45, 0x4c, 0x46], detected: 'executable (ELF)', hint: 'Executables are never accepted.' },
  { magic: [0x4d, 0x5a], detected: 'executable (MZ/PE, Windows)', hint: 'Executables are never accepted.' },
  { magic: [0xfe, 0xed, 0xfa, 0xce], detected: 'executable (Mach-O)', hint: 'Executables are never accepted.' },
  { magic: [0xfe, 0xed, 0xfa, 0xcf], detected: 'executable (Mach-O)', hint: 'Executables are never accepted.' },
  { magic: [0xce, 0xfa, 0xed, 0xfe], detected: 'executable (Mach-O)', hint: 'Executables are never accepted.' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], detected: 'executable (Mach-O)', hint: 'Executables are never accepted.' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], detected: 'executable (Mach-O universal or Java class)', hint: 'Executables are never accepted.' },
  { magic: [0x23, 0x21], detected: 'script (#!)', hint: 'Executables are never accepted.' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], detected: 'legacy Microsoft Office document (.doc)', hint: 'Save it as DOCX or PDF.' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], detected: 'RTF document', hint: 'Save it as DOCX or PDF.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], detected: 'image (PNG)', hint: 'Scan documents into a PDF.' },
  { magic: [0xff, 0xd8, 0xff], detected: 'image (JPEG)', hint: 'Scan documents into a PDF.' },
  { magic: [0x47, 0x49, 0x46, 0x38], detected: 'image (GIF)', hint: 'Scan documents into a PDF.' },
  { magic: [0x49, 0x49, 0x2a, 0x00], detected: 'image (TIFF)', hint: 'Scan documents into a PDF.' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], detected: 'image (TIFF)', hint: 'Scan documents into a PDF.' },
  { magic: [0x1f, 0x8b], detected: 'compressed archive (gzip)', hint: 'Upload the document itself.' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], detected: 'compressed archive (7z)', hint: 'Upload the document itself.' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], detected: 'compressed archive (RAR)', hint: 'Upload the document itself.' },
];

/** WHATWG MIME sniffing's HTML signatures, plus a few tags common in saved legal pages. */
const HTML_START = /^(?:<!doctype html|<html|<head|<body|<script|<iframe|<h[1-6]|<div|<font|<table|<a[\s>]|<style|<title|<b[\s>]|<br|<p[\s>]|<span|<meta|<!--)/i;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

function isPdf(bytes: Uint8Array): boolean {
  // Readers accept junk before the header; pdf.js looks within the first kilobyte too.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const encoding = sniffUnicodeEncoding(bytes) ?? 'windows-1252';
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (HTML_START.test(head)) return true;
  return /^<\?xml/i.test(head) && /<html[\s>]/i.test(head);
}

function isText(bytes: Uint8Array): boolean {
  if (sniffUnicodeEncoding(bytes)) return true;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  return controls <= sample.length * 0.01;
}

function classifyZip(bytes: Uint8Array, declaredDocx: boolean): FileFormat {
  let archive: ZipArchive;
  try {
    archive = ZipArchive.open(bytes);
  } catch (error) {
    if (declaredDocx) throw new CorruptDocxError(error instanceof Error ? error.message : String(error), { cause: error });
    throw new UnsupportedTypeError('damaged ZIP archive');
  }
  if (archive.has('word/document.xml')) return 'docx';
  if (declaredDocx) throw new CorruptDocxError('the package has no word/document.xml');
  if (archive.has('xl/workbook.xml')) throw new UnsupportedTypeError('Excel workbook (.xlsx)', 'Upload the document as DOCX or PDF.');
  if (archive.has('ppt/presentation.xml')) throw new UnsupportedTypeError('PowerPoint presentation (.pptx)', 'Upload the document as DOCX or PDF.');
  if (archive.has('content.xml') && archive.has('mimetype')) throw new UnsupportedTypeError('OpenDocument file', 'Save it as DOCX or PDF.');
  throw new UnsupportedTypeError('ZIP archive', 'Upload the document itself.');
}

/** The formats that the MIME type and the file extension claim (either may be absent). */
function declaredFormats(filename?: string, declaredMime?: string): FileFormat[] {
  const mime = declaredMime?.split(';')[0]?.trim().toLowerCase();
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const formats = [mime ? DECLARED_BY_MIME[mime] : undefined, extension ? DECLARED_BY_EXTENSION[extension] : undefined];
  return formats.filter((format): format is FileFormat => format !== undefined);
}

/** HTML and plain text are interchangeable claims; PDF and DOCX must match exactly. */
function matches(declared: FileFormat, detected: FileFormat): boolean {
  if (declared === 'pdf' || declared === 'docx') return declared === detected;
  return detected === 'html' || detected === 'text';
}

/**
 * Identifies a file by its magic bytes, never by its name: PDF ("%PDF-"), DOCX (a ZIP package
 * with word/document.xml), HTML, or text (UTF-8, UTF-16 with or without BOM, or an 8-bit code
 * page). Throws `EmptyFileError` for zero bytes, `UnsupportedTypeError` for executables (ELF,
 * PE, Mach-O, "#!" scripts) whatever they are called and for other formats, `CorruptDocxError`
 * for a damaged package declared as DOCX, and `TypeMismatchError` when the name or declared MIME
 * type claims PDF or DOCX and the content is something else (or the reverse).
 */
export function detectFileType(bytes: Uint8Array, filename?: string, declaredMime?: string): DetectedFileType {
  if (bytes.length === 0) throw new EmptyFileError();
  const declared = declaredFormats(filename, declaredMime);
  const rejected = REJECTED.find((entry) => startsWith(bytes, entry.magic));

  // Rejected magic numbers come first, so an executable that also carries "%PDF-" is refused.
  if (rejected) throw new UnsupportedTypeError(rejected.detected, rejected.hint);
  let format: FileFormat;
  if (isPdf(bytes)) format = 'pdf';
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) format = classifyZip(bytes, declared.includes('docx'));
  else if (isText(bytes)) format = looksLikeHtml(bytes) ? 'html' : 'text';
  else throw new UnsupportedTypeError('binary data of unknown type');

  const mismatch = declared.find((claimed) => !matches(claimed, format));
  if (mismatch) throw new TypeMismatchError(mismatch.toUpperCase(), format.toUpperCase());
  return { format, mimeType: MIME_TYPES[format] };
}

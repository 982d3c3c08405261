import JSZip from 'jszip';

import { buildDocx, paragraph } from '../test-fixtures/docx-fixtures';
import { textPdf } from '../test-fixtures/pdf-fixtures';
import { detectFileType } from './detect-file-type';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const utf16 = (text: string, bigEndian: boolean, bom: boolean): Buffer => {
  const little = Buffer.from(text, 'utf16le');
  const bytes = bigEndian ? Buffer.from(little).swap16() : little;
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]) : bytes;
};

describe('detectFileType', () => {
  it('recognises a PDF by "%PDF-", also after leading junk', () => {
    expect(detectFileType(textPdf(['x']))).toEqual({ format: 'pdf', mimeType: 'application/pdf' });
    expect(detectFileType(Buffer.concat([Buffer.from('junk\r\n'), textPdf(['x'])]), 'a.pdf').format).toBe('pdf');
  });

  it('recognises a DOCX as a ZIP package holding word/document.xml', async () => {
    const docx = await buildDocx({ body: paragraph('Điều 1.') });
    expect(detectFileType(docx, 'du-thao.docx', DOCX_MIME)).toEqual({ format: 'docx', mimeType: DOCX_MIME });
  });

  it('recognises HTML by its opening markup and plain text otherwise', () => {
    expect(detectFileType(Buffer.from('\uFEFF  <!DOCTYPE html><html><body>Điều 1</body></html>')).format).toBe('html');
    expect(detectFileType(Buffer.from('<p>Điều 1. Phạm vi</p>')).format).toBe('html');
    expect(detectFileType(Buffer.from('Điều 1. Phạm vi điều chỉnh\n'), 'a.txt', 'text/plain; charset=utf-8')).toEqual({ format: 'text', mimeType: 'text/plain' });
  });

  it('recognises UTF-16 text with and without a byte-order mark', () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [false, true]) expect(detectFileType(utf16('Điều 1. Phạm vi điều chỉnh của Quyết định này', bigEndian, bom)).format).toBe('text');
    }
  });

  it('rejects a zero-byte file', () => {
    expect(() => detectFileType(Buffer.alloc(0), 'empty.pdf')).toThrow(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });

  it.each([
    ['ELF', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Buffer.from('%PDF-1.7')])],
    ['MZ/PE', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')])],
    ['Mach-O', Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1])],
    ['shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
  ])('rejects an executable (%s) renamed .pdf, even one carrying "%%PDF-"', (_, bytes) => {
    expect(() => detectFileType(bytes, 'du-thao.pdf', 'application/pdf')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE', detected: expect.stringMatching(/executable|script/) }));
  });

  it('rejects legacy .doc files, images, spreadsheets and unknown binary data', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const xlsx = await new JSZip().file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'nodebuffer' });
    const random = Buffer.from([0x00, 0x13, 0x37, 0x00, 0xff, 0x00, 0x02, 0x00, 0x00, 0x9c]);
    expect(() => detectFileType(ole, 'a.doc')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE', detected: expect.stringContaining('.doc') }));
    expect(() => detectFileType(png)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }));
    expect(() => detectFileType(xlsx)).toThrow(expect.objectContaining({ detected: expect.stringContaining('Excel') }));
    expect(() => detectFileType(random)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }));
  });

  it('reports a mismatch between the declared type and the content', async () => {
    const docx = await buildDocx({ body: paragraph('x') });
    expect(() => detectFileType(docx, 'du-thao.pdf')).toThrow(expect.objectContaining({ code: 'TYPE_MISMATCH', declared: 'PDF', detected: 'DOCX' }));
    expect(() => detectFileType(textPdf(['x']), 'du-thao.docx')).toThrow(expect.objectContaining({ code: 'TYPE_MISMATCH' }));
    expect(() => detectFileType(Buffer.from('Điều 1.'), 'a.txt', 'application/pdf')).toThrow(expect.objectContaining({ code: 'TYPE_MISMATCH' }));
    expect(detectFileType(Buffer.from('<html><body>x</body></html>'), 'a.txt').format).toBe('html');
  });

  it('reports a damaged package declared as DOCX as corrupt', async () => {
    const docx = await buildDocx({ body: paragraph('x') });
    expect(() => detectFileType(docx.subarray(0, docx.length - 30), 'du-thao.docx')).toThrow(expect.objectContaining({ code: 'CORRUPT_DOCX' }));
  });
});

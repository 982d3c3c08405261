import { TextDecoder } from 'node:util';

import { extractText } from '../extract-text';

const WRAPPED = 'Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước về phân\ncấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách.\na) Ngân sách cấp tỉnh;';
const EXPECTED = 'Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước về phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách.\na) Ngân sách cấp tỉnh;';

/** Windows-1258 bytes for `text`: precomposed letters where the code page has them, else base letter + combining tone. */
function windows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = byteOf.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const [base, ...marks] = [...char.normalize('NFD')];
    const tone = marks.find((mark) => '\u0300\u0301\u0303\u0309\u0323'.includes(mark))!;
    const letter = (base + marks.filter((mark) => mark !== tone).join('')).normalize('NFC');
    bytes.push(byteOf.get(letter)!, byteOf.get(tone)!);
  }
  return Buffer.from(bytes);
}

describe('extractText on plain text', () => {
  it('decodes UTF-8 and joins hard-wrapped lines while keeping structural starts', async () => {
    const result = await extractText({ bytes: Buffer.from(WRAPPED), filename: 'nghi-quyet.txt' });
    expect(result).toMatchObject({ format: 'text', method: 'plain', text: EXPECTED, warnings: [] });
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WRAPPED, 'utf16le')]);
    expect((await extractText({ bytes })).text).toBe(EXPECTED);
  });

  it('decodes Windows-1258 (tones as combining marks) when the file is not UTF-8', async () => {
    const result = await extractText({ bytes: windows1258(WRAPPED) });
    expect(result.text).toBe(EXPECTED);
    expect(result.warnings[0]).toMatch(/Windows-1258/);
  });

  it('converts a TCVN3 (ABC) text file to Unicode', async () => {
    const result = await extractText({ bytes: Buffer.from('§iÒu 1. Ph¹m vi ®iÒu chØnh\nNghÞ quyÕt nµy quy ®Þnh vÒ qu¶n lý nhµ n\u00ADíc.', 'latin1') });
    expect(result.legacyEncoding).toBe('TCVN3');
    expect(result.text).toBe('Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định về quản lý nhà nước.');
  });

  it('rejects a text file with nothing in it but spaces (NO_TEXT)', async () => {
    await expect(extractText({ bytes: Buffer.from(' \n\t\n') })).rejects.toMatchObject({ code: 'NO_TEXT' });
  });
});

import { extractText } from '../extract-text';
import { corpusPdf, hasPdftotext } from '../test-fixtures/corpus';
import { hasBlankHeader } from './signed-header';

describe('number and date stamped by the digital signature', () => {
  it('recognises a blank number or date line', () => {
    expect(hasBlankHeader('Số: /2024/QĐ-UBND Hà Nội, ngày tháng năm')).toBe(true);
    expect(hasBlankHeader('Số: 71/2024/QĐ-UBND Hà Nội, ngày 20 tháng 12 năm 2024')).toBe(false);
  });

  const itWithPdftotext = hasPdftotext ? it : it.skip;

  itWithPdftotext('reads them from the signature appearance of a signed Hà Nội decision', async () => {
    const result = await extractText({ bytes: corpusPdf('hanoi_qd-ubnd_71-2024.pdf') }, { ocr: false });
    expect(result.text).toMatch(/Số:\s*71\s*\/2024\/QĐ-UBND/u);
    expect(result.text).toMatch(/ngày 20 tháng 12 năm 2024/u);
    expect(result.warnings.join(' ')).toContain('digital signature');
  });
});

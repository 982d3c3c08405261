import { extractText } from '../extract-text';
import { buildDocx, level, paragraph } from '../test-fixtures/docx-fixtures';

jest.setTimeout(30_000);

const ARTICLE_LIST = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', 'Điều %1.')}${level(1, 'decimal', '%2.')}${level(2, 'lowerLetter', '%3)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

async function extractDocx(bytes: Buffer) {
  return extractText({ bytes, filename: 'du-thao.docx' });
}

describe('extractText on DOCX', () => {
  it('keeps paragraphs as lines and restores Word automatic numbering: "Điều 1.", "1.", "a)"', async () => {
    const docx = await buildDocx({
      numbering: ARTICLE_LIST,
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>Được sửa đổi bởi Thông tư số 10/2022/TT-BNNPTNT.</w:t></w:r></w:p></w:footnote>',
      body: [
        paragraph('QUYẾT ĐỊNH'),
        paragraph('Phạm vi điều chỉnh', ['1', 0]),
        '<w:p><w:r><w:t>Quy định này</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:tab/><w:t>áp dụng trên địa bàn tỉnh.</w:t></w:r></w:p>',
        paragraph('Đối tượng áp dụng', ['1', 0]),
        paragraph('Cơ quan nhà nước;', ['1', 1]),
        paragraph('Tổ chức, gồm:', ['1', 1]),
        paragraph('doanh nghiệp;', ['1', 2]),
        paragraph('hợp tác xã.', ['1', 2]),
        paragraph('Hiệu lực thi hành', ['1', 0]),
        paragraph('Quyết định này có hiệu lực kể từ ngày ký.', ['1', 1]),
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Tên cơ quan</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Sở Tư pháp</w:t></w:r></w:p><w:p><w:r><w:t>(cơ quan chủ trì)</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ].join(''),
    });
    const result = await extractDocx(docx);
    expect(result).toMatchObject({ format: 'docx', method: 'docx', legacyEncoding: null, stats: { pages: null } });
    expect(result.text.split('\n')).toEqual([
      'QUYẾT ĐỊNH',
      'Điều 1. Phạm vi điều chỉnh',
      'Quy định này[1] áp dụng trên địa bàn tỉnh.',
      'Điều 2. Đối tượng áp dụng',
      '1. Cơ quan nhà nước;',
      '2. Tổ chức, gồm:',
      'a) doanh nghiệp;',
      'b) hợp tác xã.',
      'Điều 3. Hiệu lực thi hành',
      '1. Quyết định này có hiệu lực kể từ ngày ký.',
      'STT | Tên cơ quan',
      '1 | Sở Tư pháp (cơ quan chủ trì)',
      '[1] Được sửa đổi bởi Thông tư số 10/2022/TT-BNNPTNT.',
    ]);
  });

  it('follows numbering set by paragraph styles, Roman chapter numbers, restarts and dash bullets', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', 'Chương %1')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '-')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="Chuong"><w:name w:val="Chương"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ChuongCon"><w:basedOn w:val="Chuong"/></w:style>';
    const docx = await buildDocx({
      numbering,
      styles,
      body: [
        paragraph('', undefined, 'Chuong'),
        paragraph('Khoản một', ['2', 0]),
        paragraph('Khoản hai', ['2', 0]),
        paragraph('', undefined, 'ChuongCon'),
        paragraph('Khoản năm', ['3', 0]),
        paragraph('Bộ Tư pháp;', ['4', 0]),
        paragraph('Không đánh số', ['0', 0], 'Chuong'),
      ].join(''),
    });
    const result = await extractDocx(docx);
    expect(result.text.split('\n')).toEqual(['Chương I', '1. Khoản một', '2. Khoản hai', 'Chương II', '5. Khoản năm', '- Bộ Tư pháp;', 'Không đánh số']);
  });

  it('converts a document typed in a TCVN3 (.VnTime) font to Unicode', async () => {
    const docx = await buildDocx({ body: [paragraph('QUYÕT §ÞNH'), paragraph('§iÒu 1. Ph¹m vi ®iÒu chØnh'), paragraph('Qu¶n lý nhµ n\u00ADíc vÒ ®Êt ®ai')].join('') });
    const result = await extractDocx(docx);
    expect(result.legacyEncoding).toBe('TCVN3');
    expect(result.text).toBe('QUYẾT ĐỊNH\nĐiều 1. Phạm vi điều chỉnh\nQuản lý nhà nước về đất đai');
    expect(result.warnings).toContain('The text used the legacy TCVN3 font encoding and was converted to Unicode.');
  });

  it('refuses a zip bomb before mammoth inflates it (FILE_TOO_LARGE)', async () => {
    const padding = ' '.repeat(8 * 1024 * 1024);
    const bomb = await buildDocx({ body: `${paragraph('Điều 1.')}<!--${padding}-->` });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(extractText({ bytes: bomb, filename: 'bomb.docx' }, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', limit: 'inflated-bytes' });
  });

  it('rejects a package whose document XML is broken (CORRUPT_DOCX) and one with no text (NO_TEXT)', async () => {
    const broken = await buildDocx({ body: '<w:p><w:r><w:t>Điều 1.</w:r></w:p>' });
    await expect(extractDocx(broken)).rejects.toMatchObject({ code: 'CORRUPT_DOCX' });
    const empty = await buildDocx({ body: paragraph('  ') });
    await expect(extractDocx(empty)).rejects.toMatchObject({ code: 'NO_TEXT' });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLegalText } from './parse-legal-text';
import { citationKey, flattenProvisions, provisionPathKey } from './provisions';
import { comparePointNumbers, pointLetterIndex } from './vietnamese';
import type { ParsedLegalText, ParsedProvision } from './types';

/**
 * Fixtures are verbatim excerpts of /work/shared/corpus/documents/documents.jsonl:
 * - nd-158-2025-cp-cong-bao.txt: hr8chude-nghi-dinh-so-158-2025-nd-cp-45240, lines 1–75 and 1959–2005
 * - nq-03-2017-hdnd-hau-giang.txt: ragdemo-03-2017-nq-hdnd (HTML text, header table removed)
 * - qd-138-2025-ubnd-dong-thap.txt: tnt305-5a80798bbf985e87, lines 1–140 (decision + attached Quy chế)
 * - qd-40-2025-ubnd-ha-noi.txt: ragdemo-pdf-vanbangoc-q-40-2025, lines 1–70 and 218–279 (pdftotext)
 * - qd-72-2025-ubnd-ha-noi.txt: tnt305-b5d973285b520592
 * - tt-02-2023-bldtbxh-cong-bao.txt: hr8chude-thong-tu-so-02-2023-tt-bldtbxh-39230
 * - vbhn-125-vpqh-bo-luat-lao-dong.txt: hr8chude-bo-luat-lao-dong-so-45-2019-qh14-29268, lines 1–75, 2666–2692
 * - vbhn-156-bldtbxh-cong-bao.txt: hr8chude-van-ban-hop-nhat-so-156-vbhn-bldtbxh-43915, lines 1–140, 1060–1080
 */
function fixture(name: string): string {
  return readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
}

function parse(text: string): ParsedLegalText {
  return parseLegalText(text);
}

function keys(result: ParsedLegalText): string[] {
  return flattenProvisions(result.provisions).map((node) => node.pathKey);
}

function node(result: ParsedLegalText, pathKey: string): ParsedProvision {
  const found = flattenProvisions(result.provisions).find((candidate) => candidate.pathKey === pathKey);
  if (!found) throw new Error(`no provision ${pathKey} in ${keys(result).join(' ')}`);
  return found;
}

describe('provision tree', () => {
  it('builds chapters, articles, clauses and points of a gazette decree with path keys and line ranges', () => {
    const result = parse(fixture('nd-158-2025-cp-cong-bao.txt'));
    expect(keys(result).slice(0, 13)).toEqual([
      'cI', 'd1', 'd2', 'd2.k1', 'd2.k2', 'd2.k3', 'd2.k4', 'd3', 'd3.k1', 'd3.k2', 'd3.k2.a', 'd3.k2.b', 'd3.k3',
    ]);
    expect(node(result, 'cI')).toMatchObject({ level: 'chapter', number: 'I', heading: 'NHỮNG QUY ĐỊNH CHUNG', startLine: 30 });
    expect(node(result, 'd2')).toMatchObject({ level: 'article', number: '2', heading: 'Đối tượng áp dụng', text: '', startLine: 39, endLine: 55 });
    expect(node(result, 'd3.k2.a')).toMatchObject({ level: 'point', number: 'a', startLine: 67, endLine: 68 });
    // the chapter spans the articles under it
    expect(node(result, 'cI').endLine).toBeGreaterThanOrEqual(node(result, 'd3').endLine);
  });

  it('joins lines broken by PDF extraction and skips the gazette running head, page number and e-signature box', () => {
    const result = parse(fixture('nd-158-2025-cp-cong-bao.txt'));
    // d2.k1 continues on the next line; the e-signature box and "4 / CÔNG BÁO/Số 851 + 852/…" follow it
    expect(node(result, 'd2.k1').text).toBe(
      'Người lao động quy định tại các điểm a, b, c, g, h, i, k, l, m và n khoản 1 và khoản 2 Điều 2 của Luật Bảo hiểm xã hội.',
    );
    expect(node(result, 'd2.k2').text).toBe('Người thụ hưởng chế độ bảo hiểm xã hội theo quy định của Luật Bảo hiểm xã hội.');
    const all = flattenProvisions(result.provisions).map((provision) => provision.text).join('\n');
    expect(all).not.toMatch(/CÔNG BÁO|Người ký|thongtinchinhphu/u);
  });

  it('does not read a wrapped cross-reference "Điều 2 của Luật …" at the start of a line as an article', () => {
    const result = parse(fixture('nd-158-2025-cp-cong-bao.txt'));
    // "…quy định tại các điểm a, b, … khoản 1 và khoản 2 ⏎ Điều 2 của Luật Bảo hiểm xã hội." in d3.k1
    expect(keys(result).filter((key) => /^d\d+$/u.test(key))).toEqual(['d1', 'd2', 'd3', 'd45']);
    expect(node(result, 'd3.k1').text).toContain('Điều 2 của Luật Bảo hiểm xã hội');
  });

  it('ends the body at the signature block and keeps annex table rows out of the clause tree', () => {
    const result = parse(fixture('nd-158-2025-cp-cong-bao.txt'));
    const annex = node(result, 'plI');
    expect(annex).toMatchObject({ level: 'annex', number: 'I', heading: 'CÔNG VIỆC KHAI THÁC THAN TRONG HẦM LÒ', children: [] });
    expect(annex.text).toContain('(Kèm theo Nghị định số 158/2025/NĐ-CP');
    expect(annex.text).toContain('1. Khai thác mỏ hầm lò.');
    expect(node(result, 'd45.k3').text).toMatch(/thi hành Nghị định này\.\/\.$/u);
  });

  it('puts the regulation attached to a decision under the annex root "kt", numbered on its own', () => {
    const result = parse(fixture('qd-138-2025-ubnd-dong-thap.txt'));
    expect(keys(result)).toEqual(expect.arrayContaining(['d1', 'd2', 'd3', 'kt', 'kt.cI', 'kt.d1', 'kt.d2', 'kt.d2.k1', 'kt.d3.k1.a']));
    const instrument = node(result, 'kt');
    expect(instrument.level).toBe('annex');
    expect(instrument.heading).toMatch(/^QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ/u);
    expect(instrument.text).toMatch(/^\(Ban hành kèm theo Quyết định số 138\/2025\/QĐ-UBND/u);
    expect(node(result, 'kt.d1').heading).toBe('Phạm vi điều chỉnh');
    expect(result.warnings.filter((warning) => warning.code === 'duplicate_number')).toEqual([]);
  });

  it('reads old resolutions whose articles have no title, and says so', () => {
    const result = parse(fixture('nq-03-2017-hdnd-hau-giang.txt'));
    expect(keys(result)).toEqual(['d1', 'd1.k1', 'd1.k2', 'd1.k2.a', 'd1.k2.b', 'd1.k3', 'd2', 'd3']);
    expect(node(result, 'd2')).toMatchObject({ heading: null, text: 'Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.' });
    expect(result.warnings.filter((warning) => warning.code === 'missing_title').map((warning) => warning.pathKey)).toEqual(['d1', 'd2', 'd3']);
  });

  it('keeps quoted provisions of the amended document out of this document\'s tree', () => {
    const result = parse(fixture('qd-40-2025-ubnd-ha-noi.txt'));
    // "Điều 3.", "Điều 6." with its khoản, "Điều 14a.", "b)", "đ)" are all inside quotes
    expect(keys(result)).toEqual([
      'd1', 'd1.k1', 'd1.k2', 'd2', 'd2.k3', 'd2.k4', 'd2.k5', 'd2.k6',
      'd2.k6.a', 'd2.k6.b', 'd2.k6.c', 'd2.k6.d', 'd2.k6.đ', 'd2.k6.e', 'd2.k6.g', 'd2.k6.h',
    ]);
    expect(node(result, 'd2.k3').text).toContain('"Điều 14a. Hạn mức giao đất');
  });

  it('strips consolidated-text footnote markers and keeps the footnotes as provenance notes', () => {
    const html = parse(fixture('vbhn-125-vpqh-bo-luat-lao-dong.txt'));
    expect(html.notes.map((note) => note.marker)).toEqual(['1', '2', '3']);
    expect(html.notes[1].text).toMatch(/^Khoản này được bổ sung theo quy định tại khoản 4 Điều 49/u);
    expect(flattenProvisions(html.provisions).some((provision) => /\[\d+\]/u.test(provision.text))).toBe(false);

    // Gazette consolidated texts print footnote numbers glued to the text: "1.2 Thông tư …", "…nghề nghiệp3"
    const gazette = parse(fixture('vbhn-156-bldtbxh-cong-bao.txt'));
    expect(node(gazette, 'd1.k1')).toMatchObject({ noteRefs: ['2'] });
    expect(node(gazette, 'd1.k1').text).toMatch(/^Thông tư này quy định mã số/u);
    expect(node(gazette, 'd2')).toMatchObject({
      heading: 'Mã số các hạng chức danh nghề nghiệp viên chức chuyên ngành giáo dục nghề nghiệp',
      noteRefs: ['3'],
    });
    expect(gazette.notes.find((note) => note.marker === '3')).toMatchObject({ pathKey: 'd2', line: 118 });
    expect(node(gazette, 'd2').text).not.toMatch(/Khoản này được sửa đổi/u);
  });

  it('normalises "Phần thứ nhất", keys sections under their chapter and reads "Tiểu mục"', () => {
    // Layout of Decree 78/2025 Art. 63; the corpus has no normative text with parts, so this one is synthetic.
    const text = [
      'Phần thứ nhất', 'QUY ĐỊNH CHUNG', 'Chương I', 'PHẠM VI', 'Điều 1. Phạm vi điều chỉnh', 'Luật này quy định về X.',
      'Phần thứ hai', 'QUY ĐỊNH CỤ THỂ', 'Chương II', 'QUẢN LÝ', 'Mục 1', 'ĐĂNG KÝ', 'Tiểu mục 1', 'HỒ SƠ',
      'Điều 2. Hồ sơ', '1. Đơn đề nghị.', '2. Bản sao giấy tờ.',
    ].join('\n');
    const result = parse(text);
    expect(keys(result)).toEqual(['pI', 'cI', 'd1', 'pII', 'cII', 'cII.m1', 'cII.m1.tm1', 'd2', 'd2.k1', 'd2.k2']);
    expect(node(result, 'pII')).toMatchObject({ level: 'part', number: 'II', heading: 'QUY ĐỊNH CỤ THỂ' });
    expect(node(result, 'cII.m1.tm1')).toMatchObject({ level: 'subsection', heading: 'HỒ SƠ' });
  });

  it('reads inserted numbering (Điều 5a, khoản 2a, điểm a1) and Vietnamese point order', () => {
    const text = [
      'Điều 5. Hồ sơ', '1. Thành phần:', 'a) Đơn;', 'a1) Bản sao;', 'b) Ảnh;', 'c) Phí;', 'd) Tờ khai;', 'đ) Giấy khám;', 'e) Lý lịch.',
      '2. Thời hạn.', '2a. Gia hạn.', 'Điều 5a. Lệ phí', 'Mức thu theo quy định.',
    ].join('\n');
    const result = parse(text);
    expect(keys(result)).toEqual([
      'd5', 'd5.k1', 'd5.k1.a', 'd5.k1.a1', 'd5.k1.b', 'd5.k1.c', 'd5.k1.d', 'd5.k1.đ', 'd5.k1.e', 'd5.k2', 'd5.k2a', 'd5a',
    ]);
    // nothing out of order: only the excerpt's own start is reported
    expect(result.warnings.map((warning) => warning.message)).toEqual(['The first article is numbered 5.']);
  });

  it('flags points out of Vietnamese order, skipped letters, repeated numbers and bullets inside points', () => {
    const text = [
      'Điều 1. Đối tượng', '1. Gồm:', 'a) A;', 'c) C;', 'b) B;', '- gạch đầu dòng;', '2. Hai.', '2. Hai nữa.', 'Điều 3. Hiệu lực', 'Từ ngày ký.',
    ].join('\n');
    const result = parse(text);
    expect(result.warnings.map((warning) => [warning.code, warning.pathKey])).toEqual([
      ['numbering_gap', 'd1.k1'],
      ['point_order', 'd1.k1'],
      ['bullet_in_point', 'd1.k1.b'],
      ['duplicate_number', 'd1.k2~2'],
      ['numbering_gap', 'd3'],
    ]);
    expect(keys(result)).toContain('d1.k2~2');
  });

  it('flags an article without any content', () => {
    const result = parse('Điều 1. Phạm vi\nNội dung.\nĐiều 2. Đối tượng\nĐiều 3. Hiệu lực\nTừ ngày ký.');
    expect(result.warnings).toEqual([{ code: 'empty_article', message: 'Article 2 has no content.', pathKey: 'd2', line: 3 }]);
  });

  it('reads legacy headings: "Điều 1" without punctuation, title on the next line', () => {
    const result = parse('QUYẾT ĐỊNH:\nĐiều 1\nPhạm vi điều chỉnh\nQuyết định này quy định X.\nĐiều 2.\nHiệu lực thi hành\nTừ ngày ký.');
    expect(keys(result)).toEqual(['d1', 'd2']);
    expect(node(result, 'd1')).toMatchObject({ heading: 'Phạm vi điều chỉnh', text: 'Quyết định này quy định X.' });
    expect(node(result, 'd2').heading).toBe('Hiệu lực thi hành');
  });

  it('treats decimal codes "1.1." and "1.1" as paragraphs, not clauses', () => {
    const result = parse('Điều 1. Chỉ tiêu\n1. Dân số\n1.1. Tỷ lệ lao động\n1.2 Tỷ lệ thất nghiệp\n2. Doanh nghiệp');
    expect(keys(result)).toEqual(['d1', 'd1.k1', 'd1.k2']);
    expect(node(result, 'd1.k1').text).toBe('Dân số 1.1. Tỷ lệ lao động 1.2 Tỷ lệ thất nghiệp');
  });

  it('ends the body at a signature block whatever the signing capacity', () => {
    for (const capacity of ['TL. BỘ TRƯỞNG', 'Q. BỘ TRƯỞNG', 'TUQ. CHỦ TỊCH', 'KT. CHỦ TỊCH', 'Nơi nhận:']) {
      const result = parse(`Điều 1. Hiệu lực\nThông tư này có hiệu lực từ ngày ký./.\n${capacity}\nVỤ TRƯỞNG\nNguyễn Văn An\n1. Bộ Tư pháp;\n2. Lưu: VT.`);
      expect(keys(result)).toEqual(['d1']);
      expect(node(result, 'd1').endLine).toBe(2);
    }
  });

  it('never throws on empty or structureless input', () => {
    expect(parse('').provisions).toEqual([]);
    expect(parse('Công văn về việc góp ý dự thảo.').provisions).toEqual([]);
  });

  it('numbers provisions in document order and lists them flat', () => {
    const result = parse(fixture('nq-03-2017-hdnd-hau-giang.txt'));
    const flat = flattenProvisions(result.provisions);
    expect(flat.map((provision) => provision.order)).toEqual(flat.map((_, index) => index));
  });
});

describe('citation keys', () => {
  it('joins a normalised document number and a path key', () => {
    expect(citationKey('12/2023/QD-UBND', 'd5a.k2.đ')).toBe('12/2023/QĐ-UBND#d5a.k2.đ');
    expect(citationKey('12/2023/QĐ-UBND', provisionPathKey({ article: '5a', clause: '2', point: 'đ' }))).toBe('12/2023/QĐ-UBND#d5a.k2.đ');
  });
});

describe('point letters', () => {
  it('sort in Vietnamese order, inserted points after their letter', () => {
    expect(['đ', 'a1', 'e', 'd', 'a', 'b'].sort(comparePointNumbers)).toEqual(['a', 'a1', 'b', 'd', 'đ', 'e']);
    expect(pointLetterIndex('f')).toBe(-1);
  });
});

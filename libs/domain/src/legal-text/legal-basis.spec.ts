import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLegalText } from './parse-legal-text';

function basisOf(text: string) {
  return parseLegalText(text).legalBasis.map(({ raw: _raw, line: _line, ...basis }) => basis);
}

describe('legal basis (Căn cứ …)', () => {
  it('keeps the name and date of laws cited without a number, so they can be matched later', () => {
    const bases = basisOf(readFileSync(join(__dirname, '__fixtures__', 'nd-158-2025-cp-cong-bao.txt'), 'utf8'));
    expect(bases[0]).toEqual({
      docType: 'LAW', number: null, date: '2025-02-18', title: 'Luật Tổ chức Chính phủ', issuer: null, provision: null, related: [],
    });
    expect(bases.map((basis) => basis.title)).toEqual([
      'Luật Tổ chức Chính phủ',
      'Luật Tổ chức chính quyền địa phương',
      'Luật Bảo hiểm xã hội',
      'về Nghị quyết kỳ họp thứ 7, Quốc hội Khóa XV',
    ]);
  });

  it('reads the number, date, issuer and trích yếu of a decree, and the provision cited', () => {
    const bases = basisOf(readFileSync(join(__dirname, '__fixtures__', 'nd-158-2025-cp-cong-bao.txt'), 'utf8'));
    expect(bases[3]).toEqual({
      docType: 'RESOLUTION', number: '142/2024/QH15', date: '2024-06-29', title: 'về Nghị quyết kỳ họp thứ 7, Quốc hội Khóa XV',
      issuer: 'Quốc hội', provision: 'điểm 13', related: [],
    });
  });

  it('joins a "Căn cứ" paragraph broken over lines and lists the amending laws it names', () => {
    const text = [
      'Căn cứ Luật Ngân',
      'sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 59/2020/QH14, Luật số 56/2024/QH15;',
      'Căn cứ Nghị định số 78/2025/NĐ-CP',
      'ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện',
      'pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;',
      'Theo đề nghị của Giám đốc Sở Tư pháp;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Phạm vi điều chỉnh',
    ].join('\n');
    expect(basisOf(text)).toEqual([
      {
        docType: 'LAW', number: '83/2015/QH13', date: null, title: 'Luật Ngân sách nhà nước', issuer: null, provision: null,
        related: [
          { docType: 'LAW', number: '59/2020/QH14', name: null, date: null },
          { docType: 'LAW', number: '56/2024/QH15', name: null, date: null },
        ],
      },
      {
        docType: 'DECREE', number: '78/2025/NĐ-CP', date: '2025-04-01',
        title: 'quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật',
        issuer: 'Chính phủ', provision: null,
        related: [{ docType: 'LAW', number: null, name: 'Luật Ban hành văn bản quy phạm pháp luật', date: null }],
      },
    ]);
  });

  it('splits two "Căn cứ" paragraphs that conversion ran together, and reads the Constitution', () => {
    const bases = basisOf(
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nĐiều 1. Phạm vi',
    );
    expect(bases.map((basis) => [basis.docType, basis.title, basis.date])).toEqual([
      ['CONSTITUTION', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', null],
      ['LAW', 'Luật Đất đai', '2024-01-18'],
    ]);
  });
});

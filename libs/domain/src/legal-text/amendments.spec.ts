import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLegalText } from './parse-legal-text';
import { flattenProvisions } from './provisions';
import type { Amendment } from './types';

function amendmentsOf(name: string): Amendment[] {
  return parseLegalText(readFileSync(join(__dirname, '__fixtures__', name), 'utf8')).amendments;
}

function bySource(amendments: Amendment[], sourcePathKey: string): Amendment {
  const found = amendments.find((amendment) => amendment.sourcePathKey === sourcePathKey);
  if (!found) throw new Error(`no amendment from ${sourcePathKey}`);
  return found;
}

const decision61 = { docType: 'DECISION', number: '61/2024/QĐ-UBND', name: null, date: '2024-09-27' };

describe('amending instructions', () => {
  it('amends a whole article named in the heading of a circular, with the quoted article as patch', () => {
    const [amendment] = amendmentsOf('tt-02-2023-bldtbxh-cong-bao.txt');
    expect(amendment).toMatchObject({
      sourcePathKey: 'd1',
      action: 'amend',
      targetDocument: { docType: 'CIRCULAR', number: '09/2022/TT-BLĐTBXH', date: '2022-05-25' },
      targetPathKeys: ['d1'],
    });
    const patch = flattenProvisions(amendment.patch ?? []);
    expect(patch.map((provision) => [provision.pathKey, provision.heading])).toEqual([
      ['d1', 'Phạm vi áp dụng'], ['d1.k1', null], ['d1.k2', null],
    ]);
    expect(patch[2].text).toMatch(/ban hành kèm theo Quyết định số 90\/QĐ-TTg\.$/u);
  });

  it('takes the amended document from the article heading for the clauses below it (straight quotes)', () => {
    const amendments = amendmentsOf('qd-40-2025-ubnd-ha-noi.txt');
    expect(bySource(amendments, 'd1.k2')).toMatchObject({
      action: 'amend', targetDocument: { number: '55/2024/QĐ-UBND' }, targetPathKeys: ['d6'],
    });
    expect(bySource(amendments, 'd2.k4')).toMatchObject({ action: 'amend', targetDocument: decision61, targetPathKeys: ['d17.k1.b'] });
    expect(flattenProvisions(bySource(amendments, 'd1.k2').patch ?? []).map((provision) => provision.pathKey)).toEqual([
      'd6', 'd6.k1', 'd6.k2', 'd6.k3', 'd6.k4',
    ]);
  });

  it('inserts new articles after an existing one, and a point into a clause', () => {
    const amendments = amendmentsOf('qd-40-2025-ubnd-ha-noi.txt');
    const articles = bySource(amendments, 'd2.k3');
    expect(articles).toMatchObject({ action: 'insert', targetDocument: decision61, targetPathKeys: ['d14a', 'd14b'], insertAfter: 'd14' });
    expect(articles.patch?.map((provision) => provision.pathKey)).toEqual(['d14a', 'd14b']);
    const point = bySource(amendments, 'd2.k5');
    expect(point).toMatchObject({ action: 'insert', targetPathKeys: ['d18.k2.đ'], insertAfter: null });
    expect(point.patch?.[0]).toMatchObject({ level: 'point', pathKey: 'd18.k2.đ' });
  });

  it('reads "Bổ sung khoản 2a vào sau khoản 2 Điều 5"', () => {
    const { amendments } = parseLegalText(
      'Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2023/QĐ-UBND\n1. Bổ sung khoản 2a vào sau khoản 2 Điều 5 như sau:\n“2a. Thời hạn gia hạn là 05 ngày.”',
    );
    expect(amendments).toEqual([
      expect.objectContaining({ action: 'insert', targetPathKeys: ['d5.k2a'], insertAfter: 'd5.k2', targetDocument: expect.objectContaining({ number: '12/2023/QĐ-UBND' }) }),
    ]);
    expect(amendments[0].patch?.[0]).toMatchObject({ level: 'clause', pathKey: 'd5.k2a', text: 'Thời hạn gia hạn là 05 ngày.' });
  });

  it('replaces words, with what is replaced and what replaces it', () => {
    expect(bySource(amendmentsOf('qd-40-2025-ubnd-ha-noi.txt'), 'd2.k6.d')).toMatchObject({
      action: 'replace_words',
      targetDocument: decision61,
      targetPathKeys: ['d17', 'd18', 'd19'],
      words: { from: 'Sở Tài nguyên và Môi trường', to: 'Sở Nông nghiệp và Môi trường' },
      patch: null,
    });
  });

  it('repeals provisions, and whole documents', () => {
    const { amendments } = parseLegalText(
      'Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 10/2022/NQ-HĐND\n1. Bãi bỏ điểm c khoản 1 Điều 3.\n2. Bỏ cụm từ “cấp huyện” tại khoản 2 Điều 4.',
    );
    expect(amendments.map(({ action, targetPathKeys, words }) => ({ action, targetPathKeys, words }))).toEqual([
      { action: 'repeal', targetPathKeys: ['d3.k1.c'], words: null },
      { action: 'replace_words', targetPathKeys: ['d4.k2'], words: { from: 'cấp huyện', to: null } },
    ]);
    expect(amendmentsOf('qd-72-2025-ubnd-ha-noi.txt')).toEqual([
      expect.objectContaining({
        sourcePathKey: 'd1', action: 'repeal', targetPathKeys: [],
        targetDocument: { docType: 'DECISION', number: '17/2025/QĐ-UBND', name: null, date: '2025-02-28' },
      }),
    ]);
  });

  it('reads the documents an effect clause ends or replaces, one per point', () => {
    const amendments = parseLegalText(readFileSync(join(__dirname, '__fixtures__', 'qd-138-2025-ubnd-dong-thap.txt'), 'utf8')).amendments;
    expect(amendments.map(({ sourcePathKey, action, targetDocument }) => [sourcePathKey, action, targetDocument?.number])).toEqual([
      ['d2.k2.a', 'repeal', '68/2024/QĐ-UBND'],
      ['d2.k2.b', 'repeal', '41/2017/QĐ-UBND'],
    ]);
    const { amendments: replaced } = parseLegalText('Điều 2. Hiệu lực\nQuyết định này có hiệu lực từ ngày 08 tháng 6 năm 2024, thay thế Quyết định số 03/2018/QĐ-UBND.');
    expect(replaced).toEqual([expect.objectContaining({ action: 'replace', targetDocument: expect.objectContaining({ number: '03/2018/QĐ-UBND' }) })]);
  });

  it('reads suspensions', () => {
    const { amendments } = parseLegalText('Điều 1. Tạm ngưng hiệu lực khoản 3 Điều 5 của Quyết định số 20/2024/QĐ-UBND đến hết ngày 31 tháng 12 năm 2025.');
    expect(amendments).toEqual([expect.objectContaining({ action: 'suspend', targetPathKeys: ['d5.k3'], targetDocument: expect.objectContaining({ number: '20/2024/QĐ-UBND' }) })]);
  });

  it('does not take ordinary provisions for instructions', () => {
    const { amendments } = parseLegalText('Điều 1. Điều chỉnh tiền lương\nBổ sung nguồn vốn cho quỹ theo kế hoạch.\nĐiều 2. Hiệu lực\nTừ ngày ký.');
    expect(amendments).toEqual([]);
  });
});

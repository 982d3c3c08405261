import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { CorpusProvisions } from '../testing/corpus';
import { coveredPathKeys } from './delegation-scope';
import { detectDelegations } from './detect-delegations';
import { ownerContext } from './owner-context';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));
const textOf = (number: string, pathKey: string) => corpus.provision(number, pathKey).text;

describe('detectDelegations on real provisions of the corpus', () => {
  it.each([
    // [document, provision, assignee, level, kind, phrase, subject starts with]
    ['95/2025/TT-BTC', 'd1.k3.a', 'HĐND', 'provincial', 'regulate', 'Hội đồng nhân dân cấp tỉnh quy định', 'tỷ lệ chi phí quản lý'],
    ['147/2026/NĐ-CP', 'd4.k6', 'UBND', 'provincial', 'regulate', 'Ủy ban nhân dân cấp tỉnh quy định', 'trình tự, thủ tục hành chính'],
    ['138/2026/NĐ-CP', 'd26.k2', 'HĐND', 'provincial', 'decide', 'Hội đồng nhân dân cấp tỉnh quyết định', 'mức hỗ trợ cao hơn'],
    ['185/2026/NĐ-CP', 'd15.k3', 'HĐND', 'provincial', 'decide', 'Hội đồng nhân dân cấp tỉnh được quyết định', 'mức khoán cụ thể'],
    ['188/2025/NĐ-CP', 'd71.k10.e', 'HĐND', 'provincial', 'decide', 'Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định', 'mức hỗ trợ đóng bảo hiểm y tế'],
    ['85/2017/NQ-HĐND', 'd2', 'UBND', 'provincial', 'detail', 'Ủy ban nhân dân tỉnh quy định chi tiết', 'và hướng dẫn tổ chức thực hiện'],
    ['136/2026/NĐ-CP', 'd1.k1', 'UBND', 'provincial', 'decide', 'Ủy ban nhân dân cấp tỉnh được quyết định', 'hệ số điều chỉnh mức thu nhập'],
  ])('%s %s delegates to %s (%s, %s)', (number, pathKey, assignee, level, kind, phrase, subject) => {
    const found = detectDelegations(textOf(number, pathKey));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ assignee, level, kind, phrase });
    expect(found[0].subject.startsWith(subject)).toBe(true);
  });

  it('reads "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định …" as a delegation to the council', () => {
    const found = detectDelegations(textOf('41/2024/QH15', 'd22.k1'));
    expect(found).toEqual([expect.objectContaining({ assignee: 'HĐND', level: 'provincial', kind: 'decide', phrase: 'Hội đồng nhân dân cùng cấp quyết định' })]);
    expect(found[0].subject).toBe('hỗ trợ thêm cho người hưởng trợ cấp hưu trí xã hội');
  });

  it('reads the passive "… do Hội đồng nhân dân cấp tỉnh quy định" with the delegated thing before it', () => {
    const found = detectDelegations(textOf('95/2025/TT-BTC', 'd1.k3.b'));
    expect(found.map((d) => [d.assignee, d.phrase])).toEqual([
      ['HĐND', 'Hội đồng nhân dân cấp tỉnh quy định'],
      ['HĐND', 'Hội đồng nhân dân cấp tỉnh quy định'],
    ]);
    expect(found[0].subject).toBe('Mức chi trả thù lao cho người trực tiếp chi trả trợ cấp');
  });

  it('reads "Quy chế … do Ủy ban nhân dân cấp tỉnh ban hành" only because its head noun is normative', () => {
    expect(detectDelegations(textOf('185/2026/NĐ-CP', 'd18.k2.c'))).toEqual([
      expect.objectContaining({ assignee: 'UBND', kind: 'regulate', phrase: 'Ủy ban nhân dân cấp tỉnh ban hành' }),
    ]);
  });

  it('reads the tasks of a list whose owner is named by the enclosing clause', () => {
    const number = '185/2026/NĐ-CP';
    const byPath = new Map(corpus.provisions(number).map((node) => [node.pathKey, node]));
    const owner = ownerContext('d18.k2.a', byPath);
    expect(owner).toBe('Ủy ban nhân dân cấp tỉnh');
    expect(detectDelegations(textOf(number, 'd18.k2.a'))).toEqual([]);
    expect(detectDelegations(textOf(number, 'd18.k2.a'), { owner })).toEqual([
      expect.objectContaining({ assignee: 'UBND', level: 'provincial', kind: 'regulate', phrase: 'Ban hành' }),
    ]);
  });

  it('reads an item "Quy định cụ thể …" after the committee named at the start of the provision', () => {
    const found = detectDelegations(textOf('188/2026/NĐ-CP', 'd9.k4.b'));
    expect(found).toEqual([expect.objectContaining({ assignee: 'UBND', kind: 'detail', phrase: 'Quy định cụ thể' })]);
    expect(found[0].subject.startsWith('danh mục trang cấp đồ dùng cá nhân')).toBe(true);
  });

  it.each([
    ['a participle: "Chủ tịch Ủy ban nhân dân cấp tỉnh quy định tại khoản 3 Điều 87"', '03/2024/TT-BKHĐT', 'plI'],
    ['an individual act: "Ủy ban nhân dân cấp tỉnh quyết định thành lập Hội đồng thẩm định"', '40/VBHN-BCT', 'd2'],
    ['a relative clause: "dự án đầu tư do Ủy ban nhân dân cấp tỉnh quyết định chủ trương đầu tư"', '67/2014/QH13', 'd33.k9'],
    ['a description: "cơ quan được Ủy ban nhân dân Thành phố quy định thẩm quyền"', '2817/QĐ-UBND', 'pl'],
    ['a delegation to the Government: "Chính phủ quy định chi tiết Điều này"', '41/2024/QH15', 'd7.k3'],
    ['an attribute: "các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh thanh tra, kiểm tra việc thực hiện quy định"', '2021/VBHN-BLĐTBXH', 'd24.k3.a'],
  ])('finds nothing in %s', (_label, number, pathKey) => {
    expect(detectDelegations(textOf(number, pathKey))).toEqual([]);
  });
});

describe('detectDelegations on delegation wordings of laws', () => {
  it('takes the reference that opens the subject as the scope, and resolves it to path keys', () => {
    const [found] = detectDelegations('Hội đồng nhân dân cấp tỉnh quy định chi tiết khoản 3 Điều này.');
    expect(found).toMatchObject({ assignee: 'HĐND', kind: 'detail', scope: 'khoản 3 Điều này', subject: 'khoản 3 Điều này' });
    expect(coveredPathKeys(found, 'd12.k5')).toEqual(['d12.k3']);
    const [article] = detectDelegations('Ủy ban nhân dân cấp tỉnh quy định chi tiết Điều này.');
    expect(coveredPathKeys(article, 'd7.k4')).toEqual(['d7']);
    const [clause] = detectDelegations('Mức thu do Hội đồng nhân dân cấp tỉnh quy định.');
    expect(coveredPathKeys(clause, 'd9.k2')).toEqual(['d9.k2']);
    const [points] = detectDelegations('Ủy ban nhân dân cấp tỉnh quy định chi tiết điểm b và điểm c khoản 1 Điều này.');
    expect(coveredPathKeys(points, 'd4.k3')).toEqual(['d4.k1.b', 'd4.k1.c']);
  });

  it('tells the committee from its chair and the province from the commune, in any spelling', () => {
    const found = detectDelegations(
      'Chủ tịch Ủy ban nhân dân cấp tỉnh quy định cụ thể thời gian hoạt động; UBND cấp xã quy định danh sách điểm tập kết; ' +
        'giao Uỷ ban nhân dân tỉnh Bắc Giang quy định mức hỗ trợ; HĐND cấp tỉnh căn cứ tình hình thực tế của địa phương, quy định mức thu.',
    );
    expect(found.map((d) => [d.assignee, d.level, d.kind, d.phrase])).toEqual([
      ['CT_UBND', 'provincial', 'detail', 'Chủ tịch Ủy ban nhân dân cấp tỉnh quy định cụ thể'],
      ['UBND', 'commune', 'regulate', 'UBND cấp xã quy định'],
      ['UBND', 'provincial', 'regulate', 'Uỷ ban nhân dân tỉnh Bắc Giang quy định'],
      ['HĐND', 'provincial', 'regulate', 'HĐND cấp tỉnh căn cứ tình hình thực tế của địa phương, quy định'],
    ]);
  });

  it('does not read the items of someone else\'s list as the committee\'s tasks', () => {
    const byPath = new Map([
      ['d30', { pathKey: 'd30', heading: 'Trách nhiệm của các bộ và Ủy ban nhân dân cấp tỉnh', text: '' }],
      ['d30.k1', { pathKey: 'd30.k1', text: 'Bộ Tài chính có trách nhiệm:' }],
      ['d30.k1.a', { pathKey: 'd30.k1.a', text: 'Quy định mẫu hồ sơ đề nghị hỗ trợ;' }],
    ]);
    const owner = ownerContext('d30.k1.a', byPath);
    expect(owner).toBe('Bộ Tài chính có trách nhiệm:');
    expect(detectDelegations('Quy định mẫu hồ sơ đề nghị hỗ trợ;', { owner })).toEqual([]);
  });
});

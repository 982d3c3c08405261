import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLegalText } from './parse-legal-text';
import { findProvisionRefs, refPathKeys } from './provision-refs';

function citationsOf(text: string) {
  return parseLegalText(text).citations.map(({ sourcePathKey, targetDocument, targetPathKey }) => ({ sourcePathKey, targetDocument, targetPathKey }));
}

describe('provision references', () => {
  const context = { prefix: '', article: '9', clause: '3' };
  const paths = (text: string) => findProvisionRefs(text).flatMap((ref) => refPathKeys(ref, context, true));

  it('reads điểm / khoản / Điều chains, lists and ranges', () => {
    expect(paths('điểm a khoản 2 Điều 5')).toEqual(['d5.k2.a']);
    expect(paths('các điểm a, b và đ khoản 1 Điều 2')).toEqual(['d2.k1.a', 'd2.k1.b', 'd2.k1.đ']);
    expect(paths('các khoản 1, 3 Điều 7')).toEqual(['d7.k1', 'd7.k3']);
    expect(paths('từ Điều 39 đến Điều 41')).toEqual(['d39', 'd40', 'd41']);
    expect(paths('các điều 49 và 50')).toEqual(['d49', 'd50']);
    expect(paths('khoản 2a Điều 5a')).toEqual(['d5a.k2a']);
  });

  it('gives the points to the first clause only: "điểm a khoản 1 và khoản 2 Điều 3"', () => {
    expect(paths('điểm a khoản 1 và khoản 2 Điều 3')).toEqual(['d3.k1.a', 'd3.k2']);
  });

  it('resolves "này" and bare clauses against the provision they sit in', () => {
    expect(paths('khoản 1 Điều này')).toEqual(['d9.k1']);
    expect(paths('điểm a khoản này')).toEqual(['d9.k3.a']);
    expect(paths('quy định tại khoản 4')).toEqual(['d9.k4']);
  });

  it('ignores words that only start like a reference', () => {
    expect(paths('Điều kiện cấp phép; khoản tiền 5 triệu đồng; điểm đến du lịch')).toEqual([]);
  });
});

describe('citations', () => {
  it('cites a provision of another document by number or by name, and whole documents', () => {
    const text = [
      'Điều 1. Đối tượng',
      '1. Người lao động quy định tại điểm a khoản 2 Điều 5 của Nghị định số 78/2025/NĐ-CP.',
      '2. Người sử dụng lao động quy định tại khoản 3 Điều 12 Luật Đất đai.',
      '3. Cơ quan thực hiện theo Thông tư số 19/2017/TT-BTC.',
    ].join('\n');
    expect(citationsOf(text)).toEqual([
      { sourcePathKey: 'd1.k1', targetDocument: { number: '78/2025/NĐ-CP', docType: 'DECREE', name: null }, targetPathKey: 'd5.k2.a' },
      { sourcePathKey: 'd1.k2', targetDocument: { number: null, docType: 'LAW', name: 'Luật Đất đai' }, targetPathKey: 'd12.k3' },
      { sourcePathKey: 'd1.k3', targetDocument: { number: '19/2017/TT-BTC', docType: 'CIRCULAR', name: null }, targetPathKey: null },
    ]);
  });

  it('resolves references to this document, from an attached regulation back to the decision too', () => {
    const text = [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý.',
      'Điều 2. Hiệu lực thi hành',
      'Quyết định này có hiệu lực từ ngày ký.',
      'Điều 3. Tổ chức thực hiện',
      '1. Các cơ quan thực hiện Điều 4 Quyết định này.',
      '2. Trường hợp quy định tại khoản 1 Điều này.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'QUY CHẾ',
      'QUẢN LÝ',
      '(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND)',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi',
      'Quy chế này áp dụng theo Điều 2 Quyết định này và khoản 2 Điều 3 của Quy chế này.',
    ].join('\n');
    expect(citationsOf(text).filter((citation) => citation.targetDocument === 'self')).toEqual([
      { sourcePathKey: 'd3.k1', targetDocument: 'self', targetPathKey: 'd4' },
      { sourcePathKey: 'd3.k2', targetDocument: 'self', targetPathKey: 'd3.k1' },
      { sourcePathKey: 'kt.d1', targetDocument: 'self', targetPathKey: 'd2' },
      { sourcePathKey: 'kt.d1', targetDocument: 'self', targetPathKey: 'kt.d3.k2' },
    ]);
  });

  it('reads citations of a real decree, skipping nothing but quoted text', () => {
    const citations = citationsOf(readFileSync(join(__dirname, '__fixtures__', 'nd-158-2025-cp-cong-bao.txt'), 'utf8'));
    expect(citations).toContainEqual({
      sourcePathKey: 'd2.k3', targetDocument: { number: null, docType: 'LAW', name: 'Luật Bảo hiểm xã hội' }, targetPathKey: 'd2.k3',
    });
    expect(citations).toContainEqual({ sourcePathKey: 'd3.k3', targetDocument: 'self', targetPathKey: 'd3.k2' });
  });

  it('points bare references inside an amending article at the amended document', () => {
    const text = [
      'Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 61/2024/QĐ-UBND',
      '1. Sửa đổi khoản 2 Điều 5 như sau:',
      '“2. Thời hạn giải quyết theo quy định tại khoản 1 Điều 4.”',
      '2. Các trường hợp quy định tại Điều 7 được thực hiện như trước.',
    ].join('\n');
    expect(citationsOf(text)).toContainEqual({
      sourcePathKey: 'd1.k2', targetDocument: { number: '61/2024/QĐ-UBND', docType: 'DECISION', name: null }, targetPathKey: 'd7',
    });
    // the instruction itself is an amendment, and the quoted text belongs to the amended document
    expect(citationsOf(text).filter((citation) => citation.sourcePathKey === 'd1.k1')).toEqual([]);
  });
});

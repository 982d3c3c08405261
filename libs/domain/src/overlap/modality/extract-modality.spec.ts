import { extractModality } from './extract-modality';
import { areOpposite } from './types';

const marks = (text: string) => extractModality(text).map((m) => [m.kind, m.marker, m.action]);

describe('extractModality', () => {
  it('finds obligations', () => {
    expect(marks('Người lao động phải báo trước cho người sử dụng lao động.')).toEqual([
      ['obligation', 'phải', 'báo trước cho người'],
    ]);
    expect(marks('Sở Tư pháp có trách nhiệm thẩm định dự thảo.')[0]).toEqual(['obligation', 'có trách nhiệm', 'thẩm định dự thảo']);
    expect(marks('Doanh nghiệp bắt buộc phải mua bảo hiểm.')[0]).toEqual(['obligation', 'bắt buộc phải', 'mua bảo hiểm']);
  });

  it('reads "không được" as a prohibition, not as a permission', () => {
    expect(marks('Người lao động không được tự ý bỏ việc.')).toEqual([['prohibition', 'không được', 'tự ý bỏ việc']]);
    expect(marks('Nghiêm cấm hành vi lợi dụng chính sách.')).toEqual([['prohibition', 'Nghiêm cấm', 'hành vi lợi dụng']]);
  });

  it('reads "không được" before a verb that "được" makes passive as a prohibition', () => {
    expect(marks('Văn bản quy định chi tiết không được quy định lại nội dung của luật.')).toEqual([
      ['prohibition', 'không được', 'quy định lại nội'],
    ]);
  });

  it('reads "được" and "có quyền" as permissions', () => {
    expect(marks('Người nộp thuế được gia hạn nộp thuế.')).toEqual([['permission', 'được', 'gia hạn nộp thuế']]);
    expect(marks('Người lao động có quyền đơn phương chấm dứt hợp đồng.')[0]).toEqual(['permission', 'có quyền', 'đơn phương chấm dứt']);
  });

  it('reads "không phải" as an exemption, but not the copula "không phải là"', () => {
    expect(marks('Người khuyết tật không phải đóng học phí.')).toEqual([['exemption', 'không phải', 'đóng học phí']]);
    expect(marks('Đây không phải là hợp đồng lao động.')).toEqual([]);
  });

  it('ignores the passive "được"', () => {
    expect(marks('Mức hỗ trợ được quy định tại Phụ lục kèm theo.')).toEqual([]);
    expect(marks('Điều 5 được sửa đổi, bổ sung như sau.')).toEqual([]);
  });

  it('ignores "được" after an aspect word or as a verb complement', () => {
    expect(marks('Hồ sơ đã được tiếp nhận.')).toEqual([]);
    expect(marks('Cơ quan nhận được đơn.')).toEqual([]);
  });

  it('ignores a modal word used as an adjective, with no action after it', () => {
    expect(marks('trong trường hợp bắt buộc.')).toEqual([]);
  });

  it('keeps the offsets of each marker', () => {
    const text = 'Bên vay không được sử dụng vốn vay.';
    const [m] = extractModality(text);
    expect(text.slice(m.start, m.end)).toBe('không được');
  });
});

describe('areOpposite', () => {
  it('opposes permission and obligation to prohibition, and obligation to exemption', () => {
    expect(areOpposite('permission', 'prohibition')).toBe(true);
    expect(areOpposite('prohibition', 'obligation')).toBe(true);
    expect(areOpposite('obligation', 'exemption')).toBe(true);
    expect(areOpposite('permission', 'obligation')).toBe(false);
    expect(areOpposite('prohibition', 'prohibition')).toBe(false);
  });
});

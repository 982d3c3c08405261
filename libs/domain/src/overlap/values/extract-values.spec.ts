import { extractValues } from './extract-values';
import { type ExtractedValue } from './types';

const brief = (v: ExtractedValue) => ({ text: v.text, kind: v.kind, value: v.value, unit: v.unit, bound: v.bound });
const only = (text: string) => {
  const values = extractValues(text);
  expect(values).toHaveLength(1);
  return brief(values[0]);
};

describe('extractValues', () => {
  describe('time limits', () => {
    it('reads days, working days, months and years', () => {
      expect(only('nộp hồ sơ trong 30 ngày')).toEqual({ text: '30 ngày', kind: 'duration', value: 30, unit: 'day', bound: 'atMost' });
      expect(only('giải quyết trong 15 ngày làm việc')).toMatchObject({ value: 15, unit: 'working_day' });
      expect(only('thời hạn 03 tháng')).toMatchObject({ value: 3, unit: 'month' });
      expect(only('thời hạn 02 năm')).toMatchObject({ value: 24, unit: 'month' });
    });

    it('compares years and months on one scale but keeps days apart', () => {
      expect(only('01 năm').value).toBe(only('12 tháng').value);
      expect(only('30 ngày').unit).not.toBe(only('01 tháng').unit);
    });

    it('reads "chậm nhất là … kể từ" as an upper bound', () => {
      expect(only('chậm nhất là 10 ngày kể từ ngày nhận hồ sơ')).toMatchObject({ value: 10, unit: 'day', bound: 'atMost' });
    });

    it('reads both ends of a range', () => {
      expect(extractValues('có thời hạn từ 12 tháng đến 36 tháng').map(brief)).toEqual([
        { text: '12 tháng', kind: 'duration', value: 12, unit: 'month', bound: 'atLeast' },
        { text: '36 tháng', kind: 'duration', value: 36, unit: 'month', bound: 'atMost' },
      ]);
    });
  });

  describe('money', () => {
    it('reads "." as the thousands separator and "," as the decimal mark', () => {
      expect(only('mức phạt 500.000 đồng')).toMatchObject({ kind: 'money', value: 500_000, unit: 'VND' });
      expect(only('1,5 tỷ đồng')).toMatchObject({ value: 1_500_000_000 });
    });

    it('applies nghìn, triệu and tỷ, alone or combined', () => {
      expect(only('2 triệu đồng').value).toBe(2_000_000);
      expect(only('500 nghìn đồng').value).toBe(only('500.000 đồng').value);
      expect(only('2 tỷ 500 triệu đồng').value).toBe(2_500_000_000);
    });

    it('keeps a rate in the unit', () => {
      expect(only('1.490.000 đồng/tháng')).toMatchObject({ value: 1_490_000, unit: 'VND/tháng' });
    });
  });

  describe('numbers in words', () => {
    it.each([
      ['ba mươi ngày', 30],
      ['mười lăm ngày', 15],
      ['hai mươi mốt ngày', 21],
      ['ba mươi tư ngày', 34],
      ['một trăm linh năm ngày', 105],
      ['hai nghìn không trăm hai mươi ngày', 2020],
    ])('reads "%s" as %d', (text, value) => {
      expect(only(text)).toMatchObject({ kind: 'duration', value, unit: 'day' });
    });

    it('tells "năm" the number from "năm" the year', () => {
      expect(only('năm ngày')).toMatchObject({ value: 5, unit: 'day' });
      expect(only('năm năm')).toMatchObject({ value: 60, unit: 'month' });
      expect(only('mười năm')).toMatchObject({ value: 120, unit: 'month' });
    });

    it('reads money and percentages in words', () => {
      expect(only('hai triệu rưỡi đồng').value).toBe(2_500_000);
      expect(only('mười phần trăm')).toMatchObject({ kind: 'percent', value: 10, unit: '%' });
    });

    it('reads a number repeated in words in brackets once', () => {
      expect(only('trong thời hạn 15 (mười lăm) ngày')).toMatchObject({ text: '15 (mười lăm) ngày', value: 15 });
    });
  });

  describe('other units', () => {
    it('reads percentages, ages, counts and areas', () => {
      expect(only('giảm 10%')).toMatchObject({ kind: 'percent', value: 10 });
      expect(only('người đủ 18 tuổi')).toMatchObject({ kind: 'age', value: 18, unit: 'year_of_age', bound: 'atLeast' });
      expect(only('người từ 60 tuổi trở lên')).toMatchObject({ value: 60, bound: 'atLeast' });
      expect(only('trẻ em dưới 06 tháng tuổi')).toMatchObject({ value: 6, unit: 'month_of_age', bound: 'lessThan' });
      expect(only('Hội đồng có 05 thành viên')).toMatchObject({ kind: 'count', value: 5, unit: 'count:thành viên' });
      expect(only('không quá 3 lần')).toMatchObject({ value: 3, unit: 'count:lần', bound: 'atMost' });
      expect(only('diện tích tối thiểu 50 m2')).toMatchObject({ kind: 'area', value: 50, unit: 'm2', bound: 'atLeast' });
      expect(only('2,5 ha').value).toBe(25_000);
    });

    it('gives a range opened without a unit the unit that closes it', () => {
      expect(extractValues('từ 18 đến 60 tuổi').map((v) => [v.value, v.unit])).toEqual([
        [18, 'year_of_age'],
        [60, 'year_of_age'],
      ]);
    });
  });

  describe('dates', () => {
    it('reads spelled, numeric, month and year dates, and yearly dates', () => {
      expect(only('ngày 15 tháng 3 năm 2024')).toMatchObject({ kind: 'date', value: 20240315, unit: 'date' });
      expect(only('từ ngày 01/7/2025')).toMatchObject({ value: 20250701, unit: 'date' });
      expect(only('tháng 3 năm 2024')).toMatchObject({ value: 202403, unit: 'date:month' });
      expect(only('trong năm 2025')).toMatchObject({ value: 2025, unit: 'date:year' });
      expect(only('trước ngày 15 tháng 12 hằng năm')).toMatchObject({ kind: 'annualDate', value: 1215 });
    });

    it('does not read the day and month of a date as durations', () => {
      expect(extractValues('ngày 20 tháng 11 năm 2019').map((v) => v.kind)).toEqual(['date']);
    });
  });

  describe('numbers that are not values', () => {
    it('ignores citations of articles, clauses, documents and ordinals', () => {
      expect(extractValues('theo khoản 2 Điều 35 của Luật số 45/2019/QH14; Kỳ họp thứ 10; Quyết định 1234/QĐ-UBND')).toEqual([]);
    });

    it('ignores number words that count nothing', () => {
      expect(extractValues('một số trường hợp; hai bên thỏa thuận')).toEqual([]);
    });
  });

  it('keeps the span and the words before the value', () => {
    const text = 'Người nộp thuế phải nộp hồ sơ trong thời hạn 30 ngày.';
    const [v] = extractValues(text);
    expect(text.slice(v.start, v.end)).toBe('30 ngày');
    expect(v.subject).toBe('thuế phải nộp hồ sơ');
  });
});

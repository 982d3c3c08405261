import { type OccasionId, statutoryOccasions } from './statutory-holidays';

const settings = { cultureDayNghiBu: false };
const occasion = (year: number, id: OccasionId) =>
  statutoryOccasions(year, settings).find((o) => o.id === id);
const datesOf = (year: number, id: OccasionId) => occasion(year, id)?.holidays.map(({ date }) => date);
const originsOf = (year: number, id: OccasionId) =>
  new Set(occasion(year, id)?.holidays.map(({ origin }) => origin));

describe('statutoryOccasions', () => {
  it('gives the fixed Gregorian holidays every year', () => {
    expect(datesOf(1990, 'newYear')).toEqual(['1990-01-01']);
    expect(datesOf(1990, 'victoryDay')).toEqual(['1990-04-30']);
    expect(datesOf(1990, 'labourDay')).toEqual(['1990-05-01']);
    expect(datesOf(1990, 'nationalDay')).toEqual(['1990-09-02']);
  });

  it('starts Giỗ Tổ Hùng Vương in 2007, on 10/3 lunar', () => {
    expect(occasion(2006, 'hungKings')).toBeUndefined();
    expect(datesOf(2007, 'hungKings')).toEqual(['2007-04-26']);
  });

  it('gives Tết 4 days fixed by the Code until 2012 and 5 estimated days from 2013', () => {
    expect(datesOf(2012, 'tet')).toEqual(['2012-01-22', '2012-01-23', '2012-01-24', '2012-01-25']);
    expect(originsOf(2012, 'tet')).toEqual(new Set(['law']));
    expect(datesOf(2013, 'tet')).toHaveLength(5);
    expect(originsOf(2013, 'tet')).toEqual(new Set(['estimate']));
  });

  it('starts the second Quốc khánh day in 2021, as an estimate', () => {
    expect(occasion(2020, 'secondNationalDay')).toBeUndefined();
    expect(occasion(2021, 'secondNationalDay')?.holidays).toEqual([
      expect.objectContaining({
        date: '2021-09-03',
        name: 'Quốc khánh: ngày liền kề sau',
        origin: 'estimate',
      }),
    ]);
  });

  it('starts Ngày Văn hóa Việt Nam on 24/11/2026', () => {
    expect(occasion(2025, 'cultureDay')).toBeUndefined();
    expect(datesOf(2026, 'cultureDay')).toEqual(['2026-11-24']);
  });

  it('gives 24/11 no nghỉ bù unless the setting asks for it', () => {
    expect(occasion(2029, 'cultureDay')?.nghiBuSource).toBeNull();
    const withNghiBu = statutoryOccasions(2029, { cultureDayNghiBu: true }).find(
      (o) => o.id === 'cultureDay',
    );
    expect(withNghiBu?.nghiBuSource).toContain('BLLĐ 2019 Đ.111(3)');
  });

  it('marks Hùng Kings after 2050 as an estimate, so a notice can correct it', () => {
    expect(originsOf(2050, 'hungKings')).toEqual(new Set(['law']));
    expect(originsOf(2051, 'hungKings')).toEqual(new Set(['estimate']));
  });

  it('lets notices replace only the occasions whose days they choose', () => {
    const replaceable = statutoryOccasions(2026, settings)
      .filter(({ fixedDate }) => !fixedDate)
      .map(({ id }) => id);
    expect(replaceable.sort()).toEqual(['hungKings', 'secondNationalDay', 'tet']);
  });

  it('cites the Labour Code in force in the year', () => {
    expect(occasion(2010, 'newYear')?.holidays[0].source).toBe('BLLĐ 1994 Đ.73');
    expect(occasion(2015, 'newYear')?.holidays[0].source).toBe('BLLĐ 2012 Đ.115');
    expect(occasion(2021, 'newYear')?.holidays[0].source).toBe('BLLĐ 2019 Đ.112(1)');
  });
});

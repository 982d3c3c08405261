import { parseNumeral } from './numerals';

describe('parseNumeral', () => {
  it.each([
    ['30', 30],
    ['03', 3],
    ['500.000', 500_000],
    ['1.500.000', 1_500_000],
    ['1,5', 1.5],
    ['1.500,75', 1500.75],
    ['0,5', 0.5],
    ['1.5', 1.5],
    ['1,500,000', 1_500_000],
  ])('reads "%s" as %d ("." groups thousands, "," marks decimals)', (numeral, value) => {
    expect(parseNumeral(numeral)).toBe(value);
  });

  it('rejects a date written with dots', () => {
    expect(parseNumeral('15.3.2024')).toBeUndefined();
  });
});

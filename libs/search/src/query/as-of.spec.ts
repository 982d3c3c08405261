import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { inForceFilter } from './as-of';

describe('inForceFilter', () => {
  it('keeps issued texts started by the start of that day in Vietnam and not yet ended', () => {
    const t = Date.parse('2024-06-30T17:00:00Z') / 1000;
    expect(inForceFilter('2024-07-01')).toBe(`(kind = "issued") AND (effectiveFrom <= ${t}) AND (effectiveTo > ${t})`);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => inForceFilter('1/7/2024')).toThrow(InvalidSearchInputError);
  });
});

import { and, anyOf, compare, eq, noneOf, or, quote } from './filter-expression';

describe('filter expressions', () => {
  it('quotes values and escapes quotes and backslashes, so a value cannot end its string', () => {
    expect(quote('plain')).toBe('"plain"');
    expect(quote('Sở "Tư pháp"')).toBe('"Sở \\"Tư pháp\\""');
    expect(quote('a\\" OR kind = "draft')).toBe('"a\\\\\\" OR kind = \\"draft"');
  });

  it('uses = for one value and IN for several', () => {
    expect(anyOf('docType', ['NQ'])).toBe('docType = "NQ"');
    expect(anyOf('docType', ['NQ', 'QĐ'])).toBe('docType IN ["NQ", "QĐ"]');
    expect(noneOf('documentId', ['a', 'b'])).toBe('documentId NOT IN ["a", "b"]');
  });

  it('writes numbers bare and refuses non-finite ones', () => {
    expect(eq('year', 2023)).toBe('year = 2023');
    expect(compare('effectiveTo', '>', 1_700_000_000)).toBe('effectiveTo > 1700000000');
    expect(() => compare('effectiveTo', '>', Number.NaN)).toThrow(RangeError);
  });

  it('parenthesises every part of AND and OR, so an OR inside cannot widen the filter', () => {
    expect(and(or('a = 1', 'b = 2'), 'c = 3')).toBe('((a = 1) OR (b = 2)) AND (c = 3)');
    expect(and('a = 1')).toBe('a = 1');
  });
});

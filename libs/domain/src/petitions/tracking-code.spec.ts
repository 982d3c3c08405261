import { normalizeTrackingCode, TRACKING_CODE_RANDOM_BYTES, trackingCodeFrom } from './tracking-code';

const bytes = (...values: number[]) => Uint8Array.from({ length: TRACKING_CODE_RANDOM_BYTES }, (_, index) => values[index % values.length]);

describe('petition tracking codes', () => {
  it('are three groups of four Crockford base-32 characters', () => {
    const code = trackingCodeFrom(bytes(7, 200, 31, 64, 250));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(trackingCodeFrom(bytes(1, 2, 3))).not.toBe(trackingCodeFrom(bytes(1, 2, 4)));
    expect(() => trackingCodeFrom(new Uint8Array(4))).toThrow(RangeError);
  });

  it('forgive case, spaces, hyphens and the letters people confuse with digits', () => {
    const code = trackingCodeFrom(bytes(0, 1, 18, 30));
    expect(normalizeTrackingCode(code)).toBe(code);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeTrackingCode(typed)).toBe(code);
  });

  it('refuse a mistyped character, swapped neighbours and wrong lengths', () => {
    const code = trackingCodeFrom(bytes(9, 17, 25, 3, 11)).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let index = 0; index < code.length; index++) {
      for (const char of alphabet) {
        if (char === code[index]) continue;
        const typo = code.slice(0, index) + char + code.slice(index + 1);
        // 0 and Z sit 31 apart: the only substitution a modulus of 31 cannot see.
        if (new Set([char, code[index]]).size === 2 && [char, code[index]].sort().join('') === '0Z') continue;
        expect(normalizeTrackingCode(typo)).toBeNull();
      }
    }
    for (let index = 0; index < code.length - 1; index++) {
      if (code[index] === code[index + 1]) continue;
      const swapped = code.slice(0, index) + code[index + 1] + code[index] + code.slice(index + 2);
      expect(normalizeTrackingCode(swapped)).toBeNull();
    }
    expect(normalizeTrackingCode(code.slice(1))).toBeNull();
    expect(normalizeTrackingCode('')).toBeNull();
    expect(normalizeTrackingCode(`${code}U`)).toBeNull();
  });
});

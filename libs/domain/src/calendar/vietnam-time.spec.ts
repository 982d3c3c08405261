import { parseCivilDate } from './civil-date';
import { startOfVietnamDay, vietnamDateOf } from './vietnam-time';

describe('vietnamDateOf', () => {
  it('keeps the date until 16:59:59.999 UTC and turns to the next at 17:00 UTC', () => {
    expect(vietnamDateOf(new Date('2025-03-14T16:59:59.999Z'))).toBe('2025-03-14');
    expect(vietnamDateOf(new Date('2025-03-14T17:00:00.000Z'))).toBe('2025-03-15');
  });

  it('starts the Vietnamese new year at 17:00 UTC on 31 December', () => {
    expect(vietnamDateOf(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12-31');
    expect(vietnamDateOf(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });

  it('reads an instant written with another offset by its absolute time', () => {
    // 20:30 in New York on 31 Jan is 08:30 on 1 Feb in Hanoi.
    expect(vietnamDateOf(new Date('2026-01-31T20:30:00-05:00'))).toBe('2026-02-01');
  });

  it('accepts epoch milliseconds, including instants before 1970', () => {
    expect(vietnamDateOf(Date.UTC(2026, 1, 16, 17))).toBe('2026-02-17');
    expect(vietnamDateOf(Date.UTC(1969, 11, 31, 17))).toBe('1970-01-01');
    expect(vietnamDateOf(Date.UTC(1969, 11, 31, 16, 59))).toBe('1969-12-31');
  });

  it('rejects an invalid Date with INSTANT_INVALID', () => {
    expect(() => vietnamDateOf(new Date('not a date'))).toThrow(
      expect.objectContaining({ code: 'INSTANT_INVALID' }),
    );
  });
});

describe('startOfVietnamDay', () => {
  it('is 17:00 UTC on the day before', () => {
    const start = startOfVietnamDay(parseCivilDate('2025-01-01'));
    expect(start.toISOString()).toBe('2024-12-31T17:00:00.000Z');
  });

  it('round-trips through vietnamDateOf at the first and last millisecond of the day', () => {
    const date = parseCivilDate('2024-02-29');
    const start = startOfVietnamDay(date).getTime();
    expect(vietnamDateOf(start)).toBe(date);
    expect(vietnamDateOf(start - 1)).toBe('2024-02-28');
    expect(vietnamDateOf(start + 86_400_000 - 1)).toBe(date);
  });
});

import { type CalendarOverride } from './calendar-entry';
import { validateOverrides } from './validate-overrides';

const row = (fields: Partial<Record<keyof CalendarOverride, unknown>>) =>
  ({
    date: '2027-02-05',
    kind: 'holiday',
    name: 'Tết Âm lịch',
    source: 'TB 1/TB-BNV [C]',
    ...fields,
  }) as CalendarOverride;

describe('validateOverrides', () => {
  it('accepts a well-formed holiday, day_off and swap_workday', () => {
    const rows = [
      row({}),
      row({ date: '2027-04-29', kind: 'day_off' }),
      row({ date: '2027-05-08', kind: 'swap_workday' }),
    ];
    expect(validateOverrides(rows)).toEqual([]);
  });

  it.each([
    ['an impossible date', { date: '2027-02-30' }, 'overrides[0].date'],
    ['a date outside 1990–2100', { date: '2101-01-01' }, 'overrides[0].date'],
    ['an unknown kind', { kind: 'vacation' }, 'overrides[0].kind'],
    ['an empty name', { name: ' ' }, 'overrides[0].name'],
    ['a missing source', { source: undefined }, 'overrides[0].source'],
    ['a day_off on a Saturday', { date: '2027-05-08', kind: 'day_off' }, 'overrides[0].date'],
    ['a swap_workday on a weekday', { date: '2027-04-29', kind: 'swap_workday' }, 'overrides[0].date'],
  ])('reports %s', (_what, fields, field) => {
    expect(validateOverrides([row(fields)])).toEqual([{ field, message: expect.any(String) }]);
  });

  it('reports a second row for a date already used, naming the first', () => {
    expect(validateOverrides([row({}), row({ kind: 'day_off' })])).toEqual([
      { field: 'overrides[1].date', message: expect.stringContaining('overrides[0]') },
    ]);
  });
});

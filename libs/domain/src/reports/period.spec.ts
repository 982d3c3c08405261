import { DomainError } from '../errors';
import { resolveReportPeriod } from './period';

describe('resolveReportPeriod', () => {
  const today = '2026-11-27';

  it('defaults to the current calendar year', () => {
    expect(resolveReportPeriod({}, today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('runs a statistical year from its first day', () => {
    expect(resolveReportPeriod({ year: '2026', yearStart: '10-01' }, today)).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(resolveReportPeriod({ year: 2024, yearStart: '12-15' }, today)).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  });

  it('takes an explicit range, open ends falling back to the start of the year and today', () => {
    expect(resolveReportPeriod({ from: '2026-03-01', to: '2026-06-30' }, today)).toEqual({ from: '2026-03-01', to: '2026-06-30' });
    expect(resolveReportPeriod({ to: '2025-06-30' }, today)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(resolveReportPeriod({ from: '2026-10-01' }, today)).toEqual({ from: '2026-10-01', to: today });
  });

  it('lists every problem at once', () => {
    const error = (() => {
      try {
        resolveReportPeriod({ from: '2026-02-30', year: 'x', yearStart: '13-01' }, today);
      } catch (caught) {
        return caught as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error.details.fieldErrors?.map((problem) => problem.field).sort()).toEqual(['from', 'year', 'year', 'yearStart']);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => resolveReportPeriod({ from: '2026-06-01', to: '2026-05-01' }, today)).toThrow(DomainError);
  });
});

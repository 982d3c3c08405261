import { documentBasisChangeStart } from './basis-change.contract';
import { REAL_DAY_MS } from './draft.contract';

describe('documentBasisChangeStart', () => {
  const origin = '2026-11-27T10:00:00.000Z';

  it('reviews a change already in effect now, joining a run in progress', () => {
    const start = documentBasisChangeStart('doc-1', '2026-07-01', { origin, dayMs: REAL_DAY_MS });
    expect(start).toMatchObject({ workflowId: 'basis-change-doc-1', changeKey: 'doc-1', startsAt: origin, options: { workflowId: 'basis-change-doc-1', workflowIdConflictPolicy: 'USE_EXISTING' } });
    expect(start.options.startDelay).toBeUndefined();
    expect(start.options.args[0]).toMatchObject({ changeKey: 'doc-1', byDocumentId: 'doc-1', effectiveDate: '2026-07-01', changes: [] });
  });

  it('delays a change taking effect later to 00:00 of its effective day in Vietnam', () => {
    const start = documentBasisChangeStart('doc-1', '2026-12-01', { origin, dayMs: REAL_DAY_MS });
    expect(start.startsAt).toBe('2026-11-30T17:00:00.000Z');
    expect(start.options.startDelay).toBe(Date.parse('2026-11-30T17:00:00.000Z') - Date.parse(origin));
  });

  it('shortens the wait with a shortened procedure day', () => {
    const start = documentBasisChangeStart('doc-1', '2026-12-01', { origin, dayMs: 1_000 });
    expect(start.options.startDelay).toBe(Math.ceil(((Date.parse('2026-11-30T17:00:00.000Z') - Date.parse(origin)) * 1_000) / REAL_DAY_MS));
  });
});

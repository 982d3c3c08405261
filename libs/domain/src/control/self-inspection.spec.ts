import { applyCaseAction, caseDeadlineResolved, onCaseDeadline, openCase } from './machine';
import { resolveControlSettings } from './settings';
import { type CaseOpening, type ControlCaseState } from './case-state';
import { on, refusal } from './testing/case-spec-helpers';

const inspector = { userId: 'u-1', roles: ['inspector'] as const, agencyId: 'stp' };
const opening: CaseOpening = {
  kind: 'selfInspection',
  caseId: 'self-inspection-doc-1',
  documentId: 'doc-1',
  title: '15/2026/QĐ-UBND Quy định …',
  assigneeAgencyId: 'stp',
  source: { reason: 'issued' },
  input: { issuedDate: '2026-03-02' },
};

describe('self-inspection cases (tự kiểm tra, REFERENCE §4.7)', () => {
  const opened = () => openCase(opening, on('2026-03-02'), resolveControlSettings());

  it('opens with a time limit counted from the issue date, configurable', () => {
    const { state, effects } = opened();
    expect(state).toMatchObject({ status: 'OPEN', outcome: null, deadline: { id: 'deadline-1', label: 'Tự kiểm tra văn bản', status: 'running' } });
    expect(effects[0]).toEqual({
      kind: 'setDeadline',
      id: 'deadline-1',
      label: 'Tự kiểm tra văn bản',
      rule: { days: 30, unit: 'calendar', fromDate: '2026-03-02', beforeDate: null, periodRule: 'calendarDaysAfter' },
      remindWorkingDaysBefore: [2],
    });
    const shorter = openCase(opening, on('2026-03-02'), resolveControlSettings({ selfInspectionDays: 10 }));
    expect(shorter.effects[0]).toMatchObject({ rule: { days: 10 } });
  });

  it('closes clean when the inspection sheet records no finding', () => {
    const { state, effects } = applyCaseAction(opened().state, 'recordResult', { sheetRef: 'PKT-01/STP', findings: [] }, inspector, on('2026-03-20'));
    expect(state).toMatchObject({ status: 'CLEAN', outcome: 'clean', closedOn: '2026-03-20', deadline: null });
    expect(effects.map((effect) => effect.kind)).toEqual(['clearDeadline', 'notify', 'finish']);
  });

  it('opens a handling case with the findings and the conclusion', () => {
    const findings = [{ pathKey: 'd3.k2', kind: 'UNLAWFUL_CONTENT', description: 'Quy định thêm thủ tục hành chính.' }];
    const { state, effects } = applyCaseAction(opened().state, 'recordResult', { sheetRef: 'PKT-02/STP', findings, conclusionRef: 'KL-5/STP' }, inspector, on('2026-03-20'));
    expect(state).toMatchObject({ status: 'FINDINGS', outcome: 'handlingOpened', data: { findings, conclusionRef: 'KL-5/STP' } });
    expect(effects.find((effect) => effect.kind === 'openCase')).toEqual({
      kind: 'openCase',
      opening: expect.objectContaining({ kind: 'handling', caseId: 'handling-self-inspection-doc-1', documentId: 'doc-1', input: { findings, conclusionRef: 'KL-5/STP', conclusionDate: null } }),
    });
  });

  it('refuses findings without a conclusion, unknown kinds, other roles and a second result', () => {
    const state = opened().state;
    const invalid = refusal(() => applyCaseAction(state, 'recordResult', { sheetRef: 'PKT', findings: [{ kind: 'WRONG', description: '' }] }, inspector, on('2026-03-20')));
    expect(invalid).toMatchObject({ kind: 'invalid' });
    expect(invalid.details.fieldErrors?.map((error) => error.field)).toEqual(['findings[0].kind', 'findings[0].description', 'conclusionRef']);
    expect(refusal(() => applyCaseAction(state, 'recordResult', { sheetRef: 'PKT', findings: [] }, { roles: ['drafter'], agencyId: 'stp' }, on('2026-03-20')))).toMatchObject({
      kind: 'forbidden',
      code: 'ACTION_FORBIDDEN',
    });
    const closed = applyCaseAction(state, 'recordResult', { sheetRef: 'PKT', findings: [] }, inspector, on('2026-03-20')).state;
    expect(refusal(() => applyCaseAction(closed, 'recordResult', { sheetRef: 'PKT', findings: [] }, inspector, on('2026-03-21')))).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      details: { extensions: { allowedActions: [] } },
    });
    expect(refusal(() => applyCaseAction(state, 'approve', {}, inspector, on('2026-03-20')))).toMatchObject({ code: 'ACTION_UNKNOWN' });
  });

  it('records a breach and escalates once the limit has passed, without closing anything', () => {
    let state: ControlCaseState = opened().state;
    state = caseDeadlineResolved(state, 'deadline-1', '2026-04-01').state;
    expect(onCaseDeadline(state, 'deadline-1', on('2026-04-01')).effects).toEqual([]);
    const { state: breached, effects } = onCaseDeadline(state, 'deadline-1', on('2026-04-02'));
    expect(breached).toMatchObject({ status: 'OPEN', outcome: null, breaches: 1, deadline: { status: 'breached' } });
    expect(effects).toEqual([
      { kind: 'recordBreach', id: 'deadline-1', label: 'Tự kiểm tra văn bản', dueDate: '2026-04-01', detectedOn: '2026-04-02' },
      expect.objectContaining({ kind: 'notify', template: 'caseEscalation', audience: [{ role: 'inspector', ofAssignee: true }, { role: 'admin', ofAssignee: false }] }),
    ]);
    expect(onCaseDeadline(breached, 'deadline-1', on('2026-04-03')).effects).toEqual([]);
  });
});

import { applyCaseAction, caseDeadlineResolved, onCaseDeadline, onCaseReminder, openCase } from '../machine';
import { resolveControlSettings } from '../settings';
import { type CaseOpening, type ControlCaseState } from '../case-state';
import { on, refusal } from '../testing/case-spec-helpers';

const reviewer = { userId: 'u-2', roles: ['reviewer'] as const, agencyId: null };
const opening: CaseOpening = {
  kind: 'duty',
  caseId: 'duty-doc-c-d26.k2-council',
  documentId: 'doc-c',
  title: '138/2026/NĐ-CP khoản 2 Điều 26: mức hỗ trợ cao hơn',
  assigneeAgencyId: null,
  source: { reason: 'detected', sourceDocumentId: 'doc-c', addressee: 'council' },
  input: {
    sourceDocumentId: 'doc-c',
    sourceNumber: '138/2026/NĐ-CP',
    pathKey: 'd26.k2',
    citationKey: 'khoản 2 Điều 26',
    addressee: 'council',
    delegation: 'decide',
    subject: 'mức hỗ trợ cao hơn mức hỗ trợ quy định tại khoản 1 Điều này',
    phrases: ['Hội đồng nhân dân cấp tỉnh quyết định'],
    coveredPathKeys: ['d26.k2'],
    dueDate: '2026-07-01',
    dueDateSource: 'document',
  },
};

describe('detailed-regulation duties (REFERENCE §4.13)', () => {
  const opened = () => openCase(opening, on('2026-05-02'), resolveControlSettings());

  it('opens with the delegating provision\'s effective date as the deadline, reminded ahead', () => {
    const { state, effects } = opened();
    expect(state).toMatchObject({ status: 'IDENTIFIED', data: { addressee: 'council', dueDate: '2026-07-01', fulfilledBy: [] } });
    expect(effects[0]).toEqual({
      kind: 'setDeadline',
      id: 'deadline-1',
      label: 'Ban hành văn bản quy định chi tiết',
      rule: { days: 1, unit: 'calendar', fromDate: '2026-06-30', beforeDate: null, periodRule: 'calendarDaysAfter' },
      remindWorkingDaysBefore: [2],
    });
  });

  it('keeps the deadline running when assigned, then closes on time when a document issued by the due date is linked', () => {
    let state: ControlCaseState = opened().state;
    state = caseDeadlineResolved(state, 'deadline-1', '2026-07-01').state;
    const assigned = applyCaseAction(state, 'assign', { draftingAgencyId: 'agency-stc' }, reviewer, on('2026-05-05'));
    expect(assigned.state).toMatchObject({ status: 'ASSIGNED', deadline: { id: 'deadline-1' }, data: { draftingAgencyId: 'agency-stc' } });
    expect(assigned.effects.map((effect) => effect.kind)).toEqual(['notify']);
    const linked = applyCaseAction(assigned.state, 'link', { documentId: 'doc-l', number: '12/2026/NQ-HĐND', issuedDate: '2026-06-20', how: 'relation' }, reviewer, on('2026-06-22'));
    expect(linked.state).toMatchObject({ status: 'FULFILLED', outcome: 'fulfilled', deadline: null });
    expect(linked.state.data.fulfilledBy).toEqual([{ documentId: 'doc-l', number: '12/2026/NQ-HĐND', issuedDate: '2026-06-20', linkedOn: '2026-06-22', onTime: true, how: 'relation' }]);
    expect(linked.effects.map((effect) => effect.kind)).toEqual(['clearDeadline', 'notify', 'finish']);
  });

  it('reminds before, escalates after the due date, and records a late fulfilment as such', () => {
    let state: ControlCaseState = caseDeadlineResolved(opened().state, 'deadline-1', '2026-07-01').state;
    expect(onCaseReminder(state, 'deadline-1', on('2026-06-29')).effects).toEqual([expect.objectContaining({ kind: 'notify', template: 'caseReminder' })]);
    const breached = onCaseDeadline(state, 'deadline-1', on('2026-07-02'));
    expect(breached.state).toMatchObject({ status: 'IDENTIFIED', outcome: null, breaches: 1, deadline: { status: 'breached' } });
    expect(breached.effects.map((effect) => effect.kind)).toEqual(['recordBreach', 'notify']);
    state = breached.state;
    const late = applyCaseAction(state, 'link', { documentId: 'doc-l', issuedDate: '2026-08-15' }, reviewer, on('2026-08-16'));
    expect(late.state).toMatchObject({ status: 'FULFILLED', outcome: 'fulfilledLate' });
  });

  it('is dismissed as not needed with a reason, and refuses bad input, other roles and a second close', () => {
    const state = opened().state;
    expect(refusal(() => applyCaseAction(state, 'link', { issuedDate: 'soon' }, reviewer, on('2026-06-01'))).details.fieldErrors?.map((error) => error.field)).toEqual([
      'documentId',
      'issuedDate',
    ]);
    expect(refusal(() => applyCaseAction(state, 'assign', { draftingAgencyId: 'x' }, { roles: ['drafter'], agencyId: 'a' }, on('2026-06-01')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    const dismissed = applyCaseAction(state, 'dismiss', { reason: 'Điều 26 đã được sửa đổi' }, reviewer, on('2026-06-01')).state;
    expect(dismissed).toMatchObject({ status: 'NOT_NEEDED', outcome: 'notNeeded', data: { dismissedReason: 'Điều 26 đã được sửa đổi' } });
    expect(refusal(() => applyCaseAction(dismissed, 'link', { documentId: 'doc-l' }, reviewer, on('2026-06-02')))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
    expect(refusal(() => openCase({ ...opening, input: { ...opening.input, addressee: 'ministry' } }, on('2026-05-02'), resolveControlSettings()))).toMatchObject({
      code: 'CASE_INPUT_INVALID',
    });
  });

  it('runs no deadline when the central document states no effective date', () => {
    const { state, effects } = openCase({ ...opening, input: { ...opening.input, dueDate: null } }, on('2026-05-02'), resolveControlSettings());
    expect(state.deadline).toBeNull();
    expect(effects.map((effect) => effect.kind)).toEqual(['notify']);
  });
});

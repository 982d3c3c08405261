import { MASKS } from '../../petitions';
import { type CaseOpening, type ControlCaseState } from '../case-state';
import { applyCaseAction, caseDeadlineResolved, onCaseDeadline, openCase } from '../machine';
import { resolveControlSettings } from '../settings';
import { on, refusal } from '../testing/case-spec-helpers';

const agency = 'a7d0c7a4-0000-4000-8000-000000000001';
const reviewer = { userId: 'u-r', roles: ['reviewer'] as const, agencyId: agency };
const inspector = { userId: 'u-i', roles: ['inspector'] as const, agencyId: agency };
const opening: CaseOpening = {
  kind: 'petition',
  caseId: 'petition-p-1',
  documentId: 'doc-1',
  title: '15/2026/QĐ-UBND Quy định …',
  assigneeAgencyId: agency,
  source: { channel: 'portal', petitionId: 'p-1' },
  input: { petitionId: 'p-1', receivedDate: '2026-03-02', pathKeys: ['d3.k2'], categoryHint: 'unfit' },
};
const opened = () => openCase(opening, on('2026-03-02'), resolveControlSettings({ petitionResponseWorkingDays: 10 }));

describe('petition cases (phản ánh, kiến nghị, REFERENCE §5)', () => {
  it('opens with a response time limit in working days from receipt, configurable', () => {
    const { state, effects } = opened();
    expect(state).toMatchObject({ status: 'RECEIVED', data: { petitionId: 'p-1', pathKeys: ['d3.k2'], categoryHint: 'unfit', category: null } });
    expect(effects[0]).toEqual({
      kind: 'setDeadline',
      id: 'deadline-1',
      label: 'Trả lời phản ánh, kiến nghị',
      rule: { days: 10, unit: 'working', fromDate: '2026-03-02', beforeDate: null, periodRule: 'workingDaysAfter' },
      remindWorkingDaysBefore: [2],
    });
    const bad = refusal(() => openCase({ ...opening, input: { receivedDate: '2 March', categoryHint: 'angry' } }, on('2026-03-02'), resolveControlSettings()));
    expect(bad.details.fieldErrors?.map((error) => error.field)).toEqual(['input.petitionId', 'input.receivedDate', 'input.categoryHint']);
  });

  it('routes an unlawful petition to an inspection and keeps its time limit running', () => {
    const { state, effects } = applyCaseAction(opened().state, 'classify', { category: 'unlawful', noteId: 'note-1' }, inspector, on('2026-03-04'));
    expect(state).toMatchObject({ status: 'IN_INSPECTION', outcome: null, deadline: { id: 'deadline-1' }, data: { category: 'unlawful', routedCaseId: 'inspection-petition-p-1', noteId: 'note-1', classificationNote: null } });
    expect(effects.filter((effect) => effect.kind === 'setDeadline' || effect.kind === 'clearDeadline')).toEqual([]);
    expect(effects.find((effect) => effect.kind === 'openCase')).toEqual({
      kind: 'openCase',
      opening: {
        kind: 'inspection',
        caseId: 'inspection-petition-p-1',
        documentId: 'doc-1',
        title: opening.title,
        assigneeAgencyId: agency,
        source: { caseId: 'petition-p-1', kind: 'petition' },
        input: { trigger: 'petition', receivedDate: '2026-03-02' },
      },
    });
  });

  it.each(['conflicting', 'overlapping', 'unfit'] as const)('routes a %s petition to a review of the named provisions', (category) => {
    const { state, effects } = applyCaseAction(opened().state, 'classify', { category, pathKeys: ['d3.k2', 'd4'] }, reviewer, on('2026-03-04'));
    expect(state).toMatchObject({ status: 'IN_REVIEW', data: { category, pathKeys: ['d3.k2', 'd4'], routedCaseId: 'review-petition-p-1' } });
    expect(effects.find((effect) => effect.kind === 'openCase')).toMatchObject({
      opening: { kind: 'review', caseId: 'review-petition-p-1', source: { caseId: 'petition-p-1', kind: 'petition' }, input: { trigger: 'petition', affectedProvisions: ['d3.k2', 'd4'] } },
    });
    const withoutProvisions = openCase({ ...opening, input: { petitionId: 'p-1', receivedDate: '2026-03-02' } }, on('2026-03-02'), resolveControlSettings()).state;
    expect(refusal(() => applyCaseAction(withoutProvisions, 'classify', { category }, reviewer, on('2026-03-04'))).details.fieldErrors).toEqual([
      { field: 'pathKeys', message: 'is required for a review: name the provisions concerned' },
    ]);
  });

  it('answers a question with guidance by reference to the stored answer and publishes it through the activity', () => {
    let state: ControlCaseState = applyCaseAction(opened().state, 'classify', { category: 'question' }, reviewer, on('2026-03-04')).state;
    expect(state).toMatchObject({ status: 'GUIDANCE', data: { routedCaseId: null } });
    expect(refusal(() => applyCaseAction(state, 'publishAnswer', {}, reviewer, on('2026-03-05')))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
    const drafter = { userId: 'u-d', roles: ['drafter'] as const, agencyId: agency };
    expect(refusal(() => applyCaseAction(state, 'answer', { answerRef: '123/STP-XDPL' }, drafter, on('2026-03-06'))).details.fieldErrors).toEqual([{ field: 'answerId', message: 'is required' }]);
    state = applyCaseAction(state, 'answer', { answerId: 'answer-1', answerRef: '123/STP-XDPL' }, drafter, on('2026-03-06')).state;
    expect(state).toMatchObject({ status: 'ANSWERED', data: { answerId: 'answer-1', answer: null, answerRef: '123/STP-XDPL', answeredOn: '2026-03-06' } });
    const published = applyCaseAction(state, 'publishAnswer', {}, reviewer, on('2026-03-09'));
    expect(published.state).toMatchObject({ status: 'PUBLISHED', outcome: 'answered', closedOn: '2026-03-09', deadline: null, data: { publishedOn: '2026-03-09' } });
    expect(published.effects.map((effect) => effect.kind)).toEqual(['clearDeadline', 'run', 'notify', 'finish']);
    expect(published.effects[1]).toEqual({
      kind: 'run',
      activity: 'publishPetitionAnswer',
      input: { petitionId: 'p-1', caseId: 'petition-p-1', category: 'question', answerId: 'answer-1', answer: null, answerRef: '123/STP-XDPL', publishedOn: '2026-03-09' },
    });
  });

  it('takes the texts that updates recorded before carried themselves, masked by pattern as then, so their histories replay', () => {
    /** The data of a case opened before texts were kept by reference. */
    const legacy = (state: ControlCaseState): ControlCaseState => {
      const { noteId: _noteId, answerId: _answerId, ...data } = state.data;
      return { ...state, data };
    };
    const classified = applyCaseAction(legacy(opened().state), 'classify', { category: 'question', note: 'Ông Nguyễn Văn An hỏi.' }, reviewer, on('2026-03-04')).state;
    expect(classified.data).toMatchObject({ noteId: null, classificationNote: `Ông ${MASKS.name} hỏi.` });
    const answered = applyCaseAction(legacy(classified), 'answer', { answer: 'Trả lời ông Trần Văn Bình (0912345678): Khoản 2 Điều 3 áp dụng như sau…' }, reviewer, on('2026-03-06')).state;
    const answer = `Trả lời ông ${MASKS.name} (${MASKS.phone}): Khoản 2 Điều 3 áp dụng như sau…`;
    expect(answered.data).toMatchObject({ answerId: null, answer });
    const { answerId: _answerId, ...answeredBefore } = answered.data;
    const published = applyCaseAction({ ...answered, data: answeredBefore }, 'publishAnswer', {}, reviewer, on('2026-03-09'));
    expect(published.effects.find((effect) => effect.kind === 'run')).toMatchObject({ input: { answerId: null, answer } });
  });

  it('opens follow-up cases the inspection and review kinds accept', () => {
    for (const [category, kind] of [['unlawful', 'inspection'], ['unfit', 'review']] as const) {
      const effect = applyCaseAction(opened().state, 'classify', { category }, reviewer, on('2026-03-04')).effects.find((candidate) => candidate.kind === 'openCase');
      if (effect?.kind !== 'openCase') throw new Error('expected a follow-up case');
      expect(openCase(effect.opening, on('2026-03-04'), resolveControlSettings()).state).toMatchObject({ kind, caseId: `${kind}-petition-p-1`, outcome: null });
    }
  });

  it('forwards a petition about no normative document and ends it', () => {
    const { state } = applyCaseAction(opened().state, 'classify', { category: 'unrelated', forwardedTo: 'Thanh tra tỉnh' }, reviewer, on('2026-03-04'));
    expect(state).toMatchObject({ status: 'FORWARDED', outcome: 'forwarded', deadline: null, data: { forwardedTo: 'Thanh tra tỉnh' } });
    expect(refusal(() => applyCaseAction(opened().state, 'classify', { category: 'unrelated' }, reviewer, on('2026-03-04'))).details.fieldErrors).toEqual([{ field: 'forwardedTo', message: 'is required' }]);
  });

  it('refuses other agencies, other roles, unknown categories and a second classification', () => {
    const state = opened().state;
    expect(refusal(() => applyCaseAction(state, 'classify', { category: 'question' }, { ...reviewer, agencyId: 'elsewhere' }, on('2026-03-04')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    expect(refusal(() => applyCaseAction(state, 'classify', { category: 'question' }, { roles: ['drafter'], agencyId: agency }, on('2026-03-04')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    expect(refusal(() => applyCaseAction(state, 'classify', { category: 'rude' }, reviewer, on('2026-03-04')))).toMatchObject({ kind: 'invalid', details: { fieldErrors: [{ field: 'category' }] } });
    const classified = applyCaseAction(state, 'classify', { category: 'question' }, reviewer, on('2026-03-04')).state;
    expect(refusal(() => applyCaseAction(classified, 'classify', { category: 'unlawful' }, reviewer, on('2026-03-05')))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
  });

  it('records a breach and escalates to the responsible agency once the answer is late', () => {
    let state: ControlCaseState = caseDeadlineResolved(opened().state, 'deadline-1', '2026-03-16').state;
    expect(onCaseDeadline(state, 'deadline-1', on('2026-03-16')).effects).toEqual([]);
    const late = onCaseDeadline(state, 'deadline-1', on('2026-03-17'));
    state = late.state;
    expect(state).toMatchObject({ status: 'RECEIVED', breaches: 1, deadline: { status: 'breached' } });
    expect(late.effects.map((effect) => effect.kind)).toEqual(['recordBreach', 'notify']);
    expect(late.effects[1]).toMatchObject({ audience: [{ role: 'reviewer', ofAssignee: true }, { role: 'inspector', ofAssignee: true }, { role: 'admin', ofAssignee: false }], template: 'caseEscalation' });
  });
});

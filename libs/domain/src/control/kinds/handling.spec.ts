import { type CaseOpening, type ControlCaseState } from '../case-state';
import { applyCaseAction, caseDeadlineResolved, onCaseDeadline, openCase } from '../machine';
import { resolveControlSettings } from '../settings';
import { on, refusal } from '../testing/case-spec-helpers';

const issuer = { userId: 'u-2', roles: ['drafter'] as const, agencyId: 'snnmt' };
const inspector = { userId: 'u-1', roles: ['inspector'] as const, agencyId: 'snnmt' };
const admin = { userId: 'u-9', roles: ['admin'] as const, agencyId: null };
const findings = [
  { pathKey: 'd3.k2', kind: 'UNLAWFUL_CONTENT', description: 'Quy định thêm thủ tục hành chính.' },
  { pathKey: 'd1', kind: 'BASIS_OR_FORMAT_ERROR', description: 'Sai kỹ thuật trình bày.' },
];
const opening: CaseOpening = {
  kind: 'handling',
  caseId: 'handling-inspection-doc-1',
  documentId: 'doc-1',
  title: '15/2026/QĐ-UBND Quy định …',
  assigneeAgencyId: 'snnmt',
  source: { caseId: 'inspection-doc-1', kind: 'inspection' },
  input: { findings, conclusionRef: 'KL-12/STP', conclusionDate: '2026-03-20' },
};
const act = {
  number: '20/2026/QĐ-UBND',
  signedDate: '2026-04-10',
  measures: [
    { form: 'repeal', pathKeys: ['d3.k2'] },
    { form: 'correct', pathKeys: ['d1'] },
  ],
};

describe('handling of unlawful documents (xử lý văn bản, REFERENCE §4.9)', () => {
  const opened = (input: CaseOpening['input'] = opening.input) => openCase({ ...opening, input }, on('2026-03-25'), resolveControlSettings());

  it('runs the 30-day limit from the conclusion date, or from the opening when the date is unknown', () => {
    expect(opened().effects[0]).toMatchObject({ kind: 'setDeadline', label: 'Xử lý văn bản trái pháp luật', rule: { days: 30, fromDate: '2026-03-20' } });
    expect(opened({ findings, conclusionRef: 'KL-5', conclusionDate: null }).effects[0]).toMatchObject({ rule: { days: 30, fromDate: '2026-03-25' } });
    expect(refusal(() => opened({ findings: [], conclusionRef: 'KL', conclusionDate: null }))).toMatchObject({ code: 'CASE_INPUT_INVALID' });
  });

  it('records a handling act that fits the findings, applies it and starts the publication limit', () => {
    const { state, effects } = applyCaseAction(opened().state, 'recordHandlingAct', act, issuer, on('2026-04-11'));
    expect(state).toMatchObject({ status: 'ACT_SIGNED', data: { act: { ...act, by: 'issuer', publishedDate: null } }, deadline: { label: 'Đăng tải văn bản xử lý' } });
    expect(effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'setDeadline', rule: expect.objectContaining({ days: 3, fromDate: '2026-04-10' }) }),
        { kind: 'run', activity: 'applyHandlingResult', input: { caseId: opening.caseId, documentId: 'doc-1', number: act.number, signedDate: act.signedDate, measures: act.measures, by: 'issuer' } },
      ]),
    );
    const published = applyCaseAction(state, 'recordPublication', { publishedDate: '2026-04-12', publicationRef: 'Công báo số 15' }, issuer, on('2026-04-12')).state;
    expect(published).toMatchObject({ status: 'HANDLED', outcome: 'handled', deadline: null, data: { act: { publishedDate: '2026-04-12' } } });
  });

  it('refuses forms that do not fit the findings, measures on provisions without a finding, and findings left unhandled', () => {
    const state = opened().state;
    const misfit = refusal(() => applyCaseAction(state, 'recordHandlingAct', { ...act, measures: [{ form: 'correct', pathKeys: ['d3.k2'] }, { form: 'repeal', pathKeys: ['d1'] }] }, issuer, on('2026-04-11')));
    expect(misfit).toMatchObject({ kind: 'invalid', code: 'HANDLING_FORM_MISFIT' });
    expect(misfit.details.fieldErrors?.map((error) => error.field)).toEqual(['measures[0].form', 'measures[1].form', 'measures', 'measures']);
    const stray = refusal(() => applyCaseAction(state, 'recordHandlingAct', { ...act, measures: [...act.measures, { form: 'repeal', pathKeys: ['d9'] }] }, issuer, on('2026-04-11')));
    expect(stray.details.fieldErrors).toEqual([{ field: 'measures[2].pathKeys', message: expect.stringContaining('carry no finding') }]);
    const partial = refusal(() => applyCaseAction(state, 'recordHandlingAct', { ...act, measures: [act.measures[0]] }, issuer, on('2026-04-11')));
    expect(partial.details.fieldErrors).toEqual([{ field: 'measures', message: expect.stringContaining('BASIS_OR_FORMAT_ERROR on d1') }]);
    const replacedInPart = refusal(() => applyCaseAction(state, 'recordHandlingAct', { ...act, measures: [{ form: 'replace', pathKeys: ['d3'] }] }, issuer, on('2026-04-11')));
    expect(replacedInPart).toMatchObject({ code: 'ACTION_PAYLOAD_INVALID', details: { fieldErrors: [{ field: 'measures[0].pathKeys' }] } });
    expect(refusal(() => applyCaseAction(state, 'recordHandlingAct', act, { roles: ['reviewer'], agencyId: 'snnmt' }, on('2026-04-11')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
  });

  it('starts a new draft to amend or replace, keeping the same time limit', () => {
    const unlawful = opened({ findings: [findings[0]], conclusionRef: 'KL', conclusionDate: '2026-03-20' }).state;
    const redraft = { form: 'replace', docType: 'COMMITTEE_DECISION', title: 'Quy định thay thế', draftingAgencyId: 'snnmt', draftDocumentId: 'draft-1' };
    const { state, effects } = applyCaseAction(unlawful, 'startRedraft', redraft, issuer, on('2026-03-30'));
    expect(state).toMatchObject({ status: 'REDRAFTING', deadline: { id: 'deadline-1' }, data: { redraft: { ...redraft, startedOn: '2026-03-30' } } });
    expect(effects).toContainEqual({ kind: 'run', activity: 'startHandlingDraft', input: { caseId: opening.caseId, documentId: 'doc-1', ...redraft, startedOn: '2026-03-30' } });
    expect(effects.some((effect) => effect.kind === 'setDeadline')).toBe(false);
    const formatOnly = opened({ findings: [findings[1]], conclusionRef: 'KL', conclusionDate: '2026-03-20' }).state;
    expect(refusal(() => applyCaseAction(formatOnly, 'startRedraft', redraft, issuer, on('2026-03-30')))).toMatchObject({ code: 'HANDLING_FORM_MISFIT', details: { fieldErrors: [{ field: 'form' }] } });
  });

  it('escalates when overdue: a breach, then the inspector refers it to the competent authority, who decides', () => {
    let state: ControlCaseState = caseDeadlineResolved(opened().state, 'deadline-1', '2026-04-19').state;
    expect(refusal(() => applyCaseAction(state, 'escalate', { ref: 'CV-1/STP' }, inspector, on('2026-04-15')))).toMatchObject({ code: 'HANDLING_NOT_OVERDUE', kind: 'invalid_state' });
    const breach = onCaseDeadline(state, 'deadline-1', on('2026-04-20'));
    expect(breach.effects).toEqual([
      expect.objectContaining({ kind: 'recordBreach', dueDate: '2026-04-19' }),
      expect.objectContaining({ kind: 'notify', template: 'caseEscalation', audience: [{ role: 'inspector', ofAssignee: false }, { role: 'admin', ofAssignee: false }] }),
    ]);
    const escalation = applyCaseAction(breach.state, 'escalate', { ref: 'CV-1/STP' }, inspector, on('2026-04-21'));
    expect(escalation.state).toMatchObject({ status: 'ESCALATED', deadline: null, data: { escalation: { cause: 'overdue', ref: 'CV-1/STP' } } });
    expect(escalation.effects).toContainEqual(expect.objectContaining({ kind: 'notify', template: 'caseEscalated' }));
    state = escalation.state;
    expect(refusal(() => applyCaseAction(state, 'recordHandlingAct', act, issuer, on('2026-04-22')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    const bySuperior = applyCaseAction(state, 'recordHandlingAct', act, admin, on('2026-04-22')).state;
    const closed = applyCaseAction(bySuperior, 'recordPublication', { publishedDate: '2026-04-22', publicationRef: 'Công báo' }, issuer, on('2026-04-22')).state;
    expect(closed).toMatchObject({ status: 'HANDLED', outcome: 'handledBySuperior', data: { act: { by: 'superior' } } });
  });

  it('escalates a disputed conclusion; the competent authority closes it or gives the issuer a new limit', () => {
    const disputed = applyCaseAction(opened().state, 'dispute', { reason: 'Nội dung phù hợp Luật.', ref: 'CV-9/SNN' }, issuer, on('2026-04-01'));
    expect(disputed.state).toMatchObject({ status: 'ESCALATED', data: { escalation: { cause: 'dispute', reason: 'Nội dung phù hợp Luật.' } } });
    expect(disputed.effects).toContainEqual(expect.objectContaining({ kind: 'notify', template: 'caseDisputed', audience: [{ role: 'inspector', ofAssignee: false }, { role: 'admin', ofAssignee: false }] }));
    expect(refusal(() => applyCaseAction(disputed.state, 'decide', { ref: 'QĐ', outcome: 'noAction' }, inspector, on('2026-04-05')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    expect(applyCaseAction(disputed.state, 'decide', { ref: 'VB-3/UBND', outcome: 'noAction' }, admin, on('2026-04-05')).state).toMatchObject({ status: 'CLOSED_NO_ACTION', outcome: 'closedNoAction' });
    const again = applyCaseAction(disputed.state, 'decide', { ref: 'VB-4/UBND', outcome: 'issuerHandles' }, admin, on('2026-04-05'));
    expect(again.state).toMatchObject({ status: 'REQUIRED', data: { limitFrom: '2026-04-05' }, deadline: { id: 'deadline-2' } });
    expect(again.effects[0]).toMatchObject({ kind: 'setDeadline', rule: { fromDate: '2026-04-05' } });
  });
});

import { allowedActions } from './machine/access';
import { startDraft } from './machine/start-draft';
import { admin, appraiser, drafter, on, refusalOf, Scenario } from './testing/scenario';

const signPayload = {
  number: '5/2025/QĐ-CTUBND',
  signerName: 'Lê Văn C',
  signerTitle: 'Chủ tịch Ủy ban nhân dân tỉnh',
  signingCapacity: null,
  signedDate: '2025-10-01',
  effectiveDate: '2025-10-11',
};

/** Approved, a version, the mandatory consultees asked and the draft posted for comments. */
function postedAndAsked(options: { procedure?: 'normal' | 'simplified'; requiresAppraisal?: boolean } = {}): Scenario {
  const procedure = options.procedure ?? 'normal';
  return Scenario.start(
    { docType: 'CHAIR_DECISION', procedure, ...(procedure === 'simplified' ? { simplifiedGround: 'b' } : {}) },
    '2025-08-01',
    { settings: { chairDecisionRequiresAppraisal: options.requiresAppraisal ?? false } },
  )
    .act(admin, { name: 'approveProposal', payload: { actRef: 'VB-900/UBND' } }, '2025-08-04')
    .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-05')
    .act(drafter, { name: 'requestConsulteeOpinions', payload: { requestRef: 'CV-77/SNN' } }, '2025-08-06')
    .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-06');
}

function replyAll(scenario: Scenario): Scenario {
  return scenario
    .act(drafter, { name: 'recordConsulteeReply', payload: { consultee: 'finance', replyRef: 'CV-1/STC' } }, '2025-08-08')
    .act(drafter, { name: 'recordConsulteeReply', payload: { consultee: 'homeAffairs', replyRef: 'CV-2/SNV' } }, '2025-08-08')
    .act(appraiser, { name: 'recordConsulteeReply', payload: { consultee: 'justice', replyRef: 'CV-3/STP' } }, '2025-08-09')
    .act(drafter, { name: 'recordConsulteeReply', payload: { consultee: 'scienceTechnology', replyRef: 'CV-4/SKHCN' } }, '2025-08-11');
}

describe('a normative decision of the provincial Chairperson (Decree 187 Art. 51a)', () => {
  it('posts for at least 10 days and gives the four mandatory consultees 7 days to reply', () => {
    const scenario = postedAndAsked();
    expect(scenario.deadline('consulteeReplies')).toMatchObject({ days: 7, fromDate: '2025-08-06', dueDate: '2025-08-13' });
    expect(scenario.deadline('consultationPeriod')).toMatchObject({ days: 10, fromDate: '2025-08-06', dueDate: '2025-08-18' });
    expect(scenario.state.mandatoryConsultation?.replies.map((reply) => reply.consultee)).toEqual(['finance', 'homeAffairs', 'justice', 'scienceTechnology']);
  });

  it('runs from proposal to signature without formal appraisal by default', () => {
    const scenario = replyAll(postedAndAsked());
    expect(scenario.effectsOf('clearDeadline').map((effect) => effect.step)).toEqual(['consulteeReplies']);
    scenario
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20')
      .act(drafter, { name: 'submit', payload: { dossier: [{ item: 'submission', ref: 'TTr-60/SNN' }] } }, '2025-08-21');
    expect(scenario.state.state).toBe('SUBMITTED');
    expect(allowedActions(scenario.state, admin)).toEqual(['returnIncomplete', 'recordChairDecision', 'withdraw']);

    scenario
      .act(admin, { name: 'recordChairDecision', payload: { outcome: 'approved', actRef: 'PG-12/VP' } }, '2025-09-30')
      .act(admin, { name: 'sign', payload: signPayload }, '2025-10-01');
    expect(scenario.state.state).toBe('ISSUED');
    expect(scenario.state.history.entries.map((entry) => entry.event)).not.toContain('requestAppraisal');
  });

  it('does not let the draft go on before every consultee has replied or their period has passed', () => {
    const scenario = postedAndAsked()
      .act(drafter, { name: 'recordConsulteeReply', payload: { consultee: 'finance', replyRef: 'CV-1/STC' } }, '2025-08-08')
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20');
    expect(allowedActions(scenario.state, drafter)).not.toContain('submit');
    const error = refusalOf(() => scenario.act(drafter, { name: 'submit', payload: {} }, '2025-08-20'));
    expect(error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { extensions: { reason: expect.stringContaining('Sở Nội vụ, Sở Tư pháp, Sở Khoa học và Công nghệ') } } });
  });

  it('records a breach when the consultees do not reply in time, and lets the drafting agency go on without deeming them to agree', () => {
    const scenario = postedAndAsked().expire('consulteeReplies');
    expect(scenario.state.state).toBe('CONSULTATION');
    expect(scenario.effectsOf('recordBreach')).toEqual([{ kind: 'recordBreach', id: 'consulteeReplies-1', step: 'consulteeReplies', dueDate: '2025-08-13', detectedOn: '2025-08-14' }]);
    expect(scenario.effectsOf('notify')).toEqual([
      expect.objectContaining({ audience: ['mandatoryConsultees', 'draftingAgency'], template: 'deadlineEscalation' }),
    ]);
    expect(scenario.state.mandatoryConsultation?.replies.every((reply) => reply.replyRef === null)).toBe(true);

    scenario
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20')
      .act(drafter, { name: 'submit', payload: { dossier: [{ item: 'submission', ref: 'TTr-60/SNN' }] } }, '2025-08-21');
    expect(scenario.state.state).toBe('SUBMITTED');
  });

  it('lets the Department of Justice record only its own reply', () => {
    const scenario = postedAndAsked();
    const error = refusalOf(() => scenario.act(appraiser, { name: 'recordConsulteeReply', payload: { consultee: 'finance', replyRef: 'X' } }, '2025-08-08'));
    expect(error).toMatchObject({ kind: 'forbidden', code: 'ACTION_FORBIDDEN' });
  });

  it('goes through appraisal when the setting requires it', () => {
    const scenario = replyAll(postedAndAsked({ requiresAppraisal: true }))
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20');
    expect(allowedActions(scenario.state, drafter)).toEqual(['addVersion', 'requestAppraisal', 'withdraw']);
    scenario.act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-60' }] } }, '2025-08-21');
    expect(scenario.deadline('appraisal')).toMatchObject({ days: 10, fromDate: '2025-08-21' });
  });

  it('returns to drafting when the Chairperson sends the draft back', () => {
    const scenario = replyAll(postedAndAsked())
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20')
      .act(drafter, { name: 'submit', payload: { dossier: [{ item: 'submission', ref: 'TTr-60/SNN' }] } }, '2025-08-21')
      .act(admin, { name: 'recordChairDecision', payload: { outcome: 'returned', note: 'Bổ sung nội dung phân cấp.' } }, '2025-08-28');
    expect(scenario.state.state).toBe('DRAFTING');
  });

  it('gives the consultees 3 days in the simplified procedure', () => {
    expect(postedAndAsked({ procedure: 'simplified' }).deadline('consulteeReplies')).toMatchObject({ days: 3, dueDate: '2025-08-11' });
  });

  it.each(['LAW80_63_2020', 'LAW80_2015', 'LAW64_2025'] as const)('does not exist under the %s regime', (regime) => {
    const error = refusalOf(() =>
      startDraft({ documentId: 'd', docType: 'CHAIR_DECISION', procedure: 'normal', regime, draftingAgencyId: 'a', title: 't' }, on('2025-05-01')),
    );
    expect(error).toMatchObject({ kind: 'invalid', code: 'PROCEDURE_NOT_AVAILABLE', details: { fieldErrors: [{ field: 'docType' }] } });
  });

  it('is numbered QĐ-CTUBND by default, not as a committee decision', () => {
    const adopted = replyAll(postedAndAsked())
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-5/SNN' } }, '2025-08-20')
      .act(drafter, { name: 'submit', payload: { dossier: [{ item: 'submission', ref: 'TTr-60/SNN' }] } }, '2025-08-21')
      .act(admin, { name: 'recordChairDecision', payload: { outcome: 'approved' } }, '2025-09-30');
    const error = refusalOf(() => adopted.act(admin, { name: 'sign', payload: { ...signPayload, number: '5/2025/QĐ-UBND' } }, '2025-10-01'));
    expect(error).toMatchObject({ code: 'DOCUMENT_NUMBER_INVALID', details: { fieldErrors: [{ field: 'number', message: expect.stringContaining('QĐ-CTUBND') }] } });
  });
});

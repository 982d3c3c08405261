import { allowedActions } from './machine/access';
import { admin, appraiser, drafter, on, refusalOf, Scenario } from './testing/scenario';
import { startDraft } from './machine/start-draft';

function simplifiedDecision(ground = 'b'): Scenario {
  return Scenario.start({ docType: 'COMMITTEE_DECISION', procedure: 'simplified', simplifiedGround: ground }, '2025-08-01')
    .act(admin, { name: 'approveProposal', payload: { actRef: 'QĐ-1990/QĐ-UBND' } }, '2025-08-01')
    .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02');
}

const start = { documentId: 'd', docType: 'COMMITTEE_DECISION', procedure: 'simplified', regime: 'LAW64_87_2025', draftingAgencyId: 'a', title: 't' } as const;

describe('the simplified procedure (thủ tục rút gọn)', () => {
  it('needs a ground of Law 64 Art. 50(1), recorded with the approval', () => {
    expect(refusalOf(() => startDraft(start, on('2025-08-01')))).toMatchObject({
      code: 'DRAFT_INPUT_INVALID',
      details: { fieldErrors: [{ field: 'simplifiedGround', message: expect.stringContaining('a, b, c, d, đ, e') }] },
    });
    expect(refusalOf(() => startDraft({ ...start, simplifiedGround: 'g' }, on('2025-08-01')))).toMatchObject({ code: 'DRAFT_INPUT_INVALID' });
    expect(refusalOf(() => startDraft({ ...start, procedure: 'normal', simplifiedGround: 'a' }, on('2025-08-01')))).toMatchObject({ code: 'DRAFT_INPUT_INVALID' });

    const scenario = simplifiedDecision('đ');
    expect(scenario.state.simplifiedGround).toBe('đ');
    expect(scenario.state.history.entries[1]?.summary).toBe('Proposal approved by QĐ-1990/QĐ-UBND; simplified procedure approved on ground (đ)');
  });

  it('may skip public posting and ask for appraisal straight from drafting', () => {
    const scenario = simplifiedDecision();
    expect(allowedActions(scenario.state, drafter)).toEqual(['addVersion', 'openConsultation', 'requestAppraisal', 'withdraw']);
    scenario.act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-9' }] } }, '2025-08-04');
    expect(scenario.state.state).toBe('APPRAISAL_REQUESTED');
    expect(scenario.deadline('appraisal')).toMatchObject({ days: 7, fromDate: '2025-08-04', dueDate: '2025-08-11' });
  });

  it('extends the appraisal period to 15 days for a complex draft', () => {
    const scenario = simplifiedDecision()
      .act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-9' }] } }, '2025-08-04')
      .act(appraiser, { name: 'acceptForAppraisal', payload: { complex: true } }, '2025-08-05');
    expect(scenario.effectsOf('clearDeadline')).toEqual([{ kind: 'clearDeadline', id: 'appraisal-1', step: 'appraisal' }]);
    expect(scenario.deadline('appraisal')).toMatchObject({ id: 'appraisal-2', days: 15, fromDate: '2025-08-04', dueDate: '2025-08-19' });
  });

  it('allows a posting with no minimum period, closed at once', () => {
    const scenario = simplifiedDecision().act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04');
    expect(scenario.state.deadlines).toEqual([]);
    expect(allowedActions(scenario.state, drafter)).toContain('closeConsultation');
  });

  it('issues with immediate publication and an effective date on the signing day', () => {
    const scenario = simplifiedDecision()
      .act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-9' }] } }, '2025-08-04')
      .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-08-04')
      .act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-1/STP', conclusion: 'ELIGIBLE', items: [] } }, '2025-08-08')
      .act(drafter, { name: 'respondToAppraisal', payload: { responseReportRef: 'BC-2', responses: [] } }, '2025-08-08')
      .act(drafter, { name: 'submit', payload: {} }, '2025-08-08')
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'writtenConsultation', date: '2025-08-11' } }, '2025-08-08')
      .act(admin, { name: 'recordVote', payload: { inFavour: 25, members: 27, actRef: 'PLYK-9' } }, '2025-08-11')
      .act(
        admin,
        {
          name: 'sign',
          payload: { number: '40/2025/QĐ-UBND', signerName: 'A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate: '2025-08-11', effectiveDate: '2025-08-11' },
        },
        '2025-08-11',
      );
    expect(scenario.state.state).toBe('ISSUED');
    expect(scenario.effectsOf('startPublication')[0]).toMatchObject({ immediate: true, channels: ['gazette', 'nationalDatabase', 'issuerPortal', 'massMedia'] });
  });

  it('gives a council committee 7 days to vet a simplified resolution', () => {
    const scenario = Scenario.start({ docType: 'COUNCIL_RESOLUTION', procedure: 'simplified', simplifiedGround: 'a' }, '2025-08-01')
      .act(admin, { name: 'approveProposal', payload: { actRef: 'TB-1/TTHĐND' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02')
      .act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-9' }] } }, '2025-08-04')
      .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-08-04')
      .act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-1/STP', conclusion: 'ELIGIBLE', items: [] } }, '2025-08-06')
      .act(drafter, { name: 'respondToAppraisal', payload: { responseReportRef: 'BC-2', responses: [] } }, '2025-08-06')
      .act(drafter, { name: 'submit', payload: {} }, '2025-08-07')
      .act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-10/UBND', vettingCommittee: 'Ban Pháp chế' } }, '2025-08-08');
    expect(scenario.deadline('vetting')).toMatchObject({ days: 7, fromDate: '2025-08-08', dueDate: '2025-08-15' });
    expect(scenario.effectsOf('notify')[0]?.audience).toEqual(['councilStandingCommittee', 'councilCommittee']);
  });
});

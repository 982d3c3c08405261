import { allowedActions } from './machine/access';
import { consulted, submitted } from './testing/paths';
import { admin, drafter, refusalOf, Scenario } from './testing/scenario';

const signPayload = {
  number: '12/2025/NQ-HĐND',
  signerName: 'Trần Thị B',
  signerTitle: 'Chủ tịch',
  signingCapacity: null,
  signedDate: '2025-12-10',
  effectiveDate: '2025-12-20',
};

function policyResolution(): Scenario {
  return Scenario.start({ docType: 'COUNCIL_RESOLUTION', policyBearing: true, amendsOrReplaces: true }, '2025-07-28');
}

function filedAndSubmitted(): Scenario {
  const scenario = consulted(policyResolution()).act(
    drafter,
    {
      name: 'requestAppraisal',
      payload: {
        dossier: [
          { item: 'submission', ref: 'TTr-45/SNN' },
          { item: 'policyImpactAssessment', ref: 'BC-DGTD-3' },
          { item: 'comparisonTable', ref: 'SS-1' },
        ],
      },
    },
    '2025-09-02',
  );
  return scenario
    .act(admin, { name: 'planSchedule', payload: { councilSessionDate: '2025-12-09' } }, '2025-09-03')
    .act({ roles: ['appraiser'], agencyId: 'so-tu-phap' }, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03')
    .act({ roles: ['appraiser'], agencyId: 'so-tu-phap' }, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-300/STP', conclusion: 'ELIGIBLE', items: [] } }, '2025-09-12')
    .act(drafter, { name: 'respondToAppraisal', payload: { responseReportRef: 'BC-96/SNN', responses: [] } }, '2025-09-13')
    .act(drafter, { name: 'submit', payload: {} }, '2025-09-15');
}

describe('a resolution of the provincial council (NQ HĐND) under the 2025 regime', () => {
  it('needs the policy impact assessment and comparison table of a policy-bearing amendment before appraisal', () => {
    const scenario = consulted(policyResolution());
    const error = refusalOf(() =>
      scenario.act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-45/SNN' }] } }, '2025-09-02'),
    );
    expect(error).toMatchObject({ kind: 'invalid', code: 'DOSSIER_INCOMPLETE', details: { extensions: { missing: ['policyImpactAssessment', 'comparisonTable'] } } });
    expect(error.details.fieldErrors?.map((fieldError) => fieldError.field)).toEqual(['dossier.policyImpactAssessment', 'dossier.comparisonTable']);
  });

  it('goes from the committee to vetting, a deferred session, adoption and the council Chairperson’s signature', () => {
    const scenario = filedAndSubmitted();
    expect(scenario.state.state).toBe('SUBMITTED');
    expect(scenario.deadline('councilSubmission')).toMatchObject({ beforeDate: '2025-12-09', days: 20, dueDate: '2025-11-19' });

    scenario.act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-512/UBND', vettingCommittee: 'Ban Kinh tế - Ngân sách' } }, '2025-11-10');
    expect(scenario.state.state).toBe('UNDER_VETTING');
    expect(scenario.effectsOf('clearDeadline').map((effect) => effect.step)).toEqual(['councilSubmission']);
    expect(scenario.deadline('vetting')).toMatchObject({ beforeDate: '2025-12-09', days: 10, dueDate: '2025-11-28' });
    expect(scenario.state.history.entries.at(-1)).toMatchObject({ performer: 'committee', ref: 'TTr-512/UBND' });

    scenario
      .act(admin, { name: 'recordVetting', payload: { reportRef: 'BC-40/HĐND-KTNS', conclusion: 'ELIGIBLE' } }, '2025-11-25')
      .act(admin, { name: 'scheduleSession', payload: { sessionDate: '2025-12-09', sessionName: 'Kỳ họp thứ 35' } }, '2025-11-26')
      .act(admin, { name: 'recordVote', payload: { inFavour: 30, members: 60, actRef: 'BB-KH35' } }, '2025-12-09');
    expect(scenario.state.state).toBe('DEFERRED');

    scenario
      .act(admin, { name: 'scheduleSession', payload: { sessionDate: '2025-12-10', sessionName: 'Kỳ họp thứ 36 (chuyên đề)' } }, '2025-12-09')
      .act(admin, { name: 'recordVote', payload: { inFavour: 55, members: 60, actRef: 'BB-KH36' } }, '2025-12-10');
    expect(scenario.state.state).toBe('ADOPTED');
    expect(scenario.state.history.entries.at(-1)).toMatchObject({ performer: 'council' });

    scenario.act(admin, { name: 'sign', payload: signPayload }, '2025-12-10');
    expect(scenario.state.state).toBe('ISSUED');
    expect(scenario.state.signing).toMatchObject({ number: '12/2025/NQ-HĐND', signingCapacity: null });
    expect(scenario.state.history.entries.at(-1)).toMatchObject({ event: 'sign', performer: 'councilChair' });
  });

  it('counts the 10 days before the effective date from the adoption', () => {
    const adopted = filedAndSubmitted()
      .act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-512/UBND', vettingCommittee: 'Ban Pháp chế' } }, '2025-11-10')
      .act(admin, { name: 'recordVetting', payload: { reportRef: 'BC-40', conclusion: 'ELIGIBLE' } }, '2025-11-25')
      .act(admin, { name: 'scheduleSession', payload: { sessionDate: '2025-12-09' } }, '2025-11-26')
      .act(admin, { name: 'recordVote', payload: { inFavour: 55, members: 60, actRef: 'BB' } }, '2025-12-09');
    expect(() =>
      adopted.act(admin, { name: 'sign', payload: { ...signPayload, signedDate: '2025-12-12', effectiveDate: '2025-12-18' } }, '2025-12-12'),
    ).toThrow(expect.objectContaining({ code: 'EFFECTIVE_DATE_TOO_EARLY', details: { fieldErrors: [{ field: 'effectiveDate', message: expect.stringContaining('2025-12-19 or later') }] } }));
  });

  it('sends a draft found not eligible by the vetting committee back to drafting, to be submitted again', () => {
    const scenario = filedAndSubmitted()
      .act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-512/UBND', vettingCommittee: 'Ban Pháp chế' } }, '2025-11-10')
      .act(admin, { name: 'recordVetting', payload: { reportRef: 'BC-41', conclusion: 'NOT_ELIGIBLE', note: 'Chưa đánh giá tác động ngân sách.' } }, '2025-11-20');
    expect(scenario.state.state).toBe('DRAFTING');
    expect(allowedActions(scenario.state, drafter)).toEqual(expect.arrayContaining(['addVersion', 'requestAppraisal', 'submit', 'withdraw']));
    scenario
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-11-21')
      .act(drafter, { name: 'submit', payload: {} }, '2025-11-22')
      .act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-530/UBND', vettingCommittee: 'Ban Pháp chế' } }, '2025-11-24');
    expect(scenario.state.vetting).toMatchObject({ rounds: 2, report: null, actRef: 'TTr-530/UBND' });
  });

  it('has the council standing committee decide on the proposal', () => {
    const scenario = Scenario.start({ docType: 'COUNCIL_RESOLUTION' }, '2025-07-28');
    expect(scenario.effectsOf('notify')[0]).toMatchObject({ audience: ['councilStandingCommittee', 'office'], template: 'startDraft' });
    scenario.act(admin, { name: 'approveProposal', payload: { actRef: 'TB-77/TTHĐND' } }, '2025-08-01');
    expect(scenario.state.history.entries.at(-1)).toMatchObject({ performer: 'councilStandingCommittee', ref: 'TB-77/TTHĐND' });
  });

  it('rejects a proposal, ending the procedure', () => {
    const scenario = Scenario.start({ docType: 'COUNCIL_RESOLUTION' }, '2025-07-28').act(
      admin,
      { name: 'rejectProposal', payload: { reason: 'Không thuộc thẩm quyền của HĐND tỉnh.', actRef: 'TB-78/TTHĐND' } },
      '2025-08-01',
    );
    expect(scenario.state).toMatchObject({ state: 'REJECTED', outcome: 'rejected' });
    expect(scenario.effects.at(-1)).toEqual({ kind: 'finish', outcome: 'rejected' });
    expect(allowedActions(scenario.state, admin)).toEqual([]);
  });

  it('keeps the submitted dossier for the session: the vetting report joins it', () => {
    const scenario = submitted(Scenario.start({ docType: 'COUNCIL_RESOLUTION' }, '2025-07-28'))
      .act(admin, { name: 'submitToCouncil', payload: { actRef: 'TTr-1', vettingCommittee: 'Ban Pháp chế' } }, '2025-10-01')
      .act(admin, { name: 'recordVetting', payload: { reportRef: 'BC-VT-1', conclusion: 'ELIGIBLE' } }, '2025-10-05');
    expect(scenario.state.dossier.vettingReport).toEqual(['BC-VT-1']);
  });
});

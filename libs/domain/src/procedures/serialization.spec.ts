import { describeState } from './machine/describe-state';
import { historyOf } from './machine/history-query';
import { LIMITS } from './machine/limits';
import { enterIntoForce, recordPublication } from './machine/publication';
import { appraisalRequested, submitted } from './testing/paths';
import { admin, appraiser, drafter, on, otherDrafter, Scenario } from './testing/scenario';

function lifecycle(roundTrip: boolean): Scenario {
  const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28', { roundTrip }))
    .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } }, '2025-09-20')
    .act(admin, { name: 'recordVote', payload: { inFavour: 20, members: 27, actRef: 'BB-12' } }, '2025-10-01')
    .act(
      admin,
      {
        name: 'sign',
        payload: { number: '15/2025/QĐ-UBND', signerName: 'A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate: '2025-10-02', effectiveDate: '2025-10-15' },
      },
      '2025-10-02',
    );
  const reload = () => (roundTrip ? JSON.parse(JSON.stringify(scenario.state)) : scenario.state);
  scenario.take(recordPublication(reload(), { gazette: { reference: 'CB-45', publishedOn: '2025-10-04' }, nationalDatabase: { reference: 'vbpl-1', updatedOn: '2025-10-03' } }, on('2025-10-04')));
  return scenario.take(enterIntoForce(reload(), on('2025-10-15')));
}

describe('the procedure state', () => {
  it('is plain JSON at every step', () => {
    const scenario = lifecycle(false);
    expect(JSON.parse(JSON.stringify(scenario.state))).toStrictEqual(scenario.state);
    for (const effect of scenario.log) expect(JSON.parse(JSON.stringify(effect))).toStrictEqual(effect);
  });

  it('behaves the same when passed through JSON between every call, as Temporal does', () => {
    const direct = lifecycle(false);
    const reloaded = lifecycle(true);
    expect(reloaded.state).toStrictEqual(direct.state);
    expect(reloaded.log).toStrictEqual(direct.log);
    expect(reloaded.state.outcome).toBe('inForce');
  });

  it('never changes the state it is given', () => {
    const scenario = appraisalRequested(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'));
    const frozen = JSON.stringify(scenario.state);
    const before = scenario.state;
    scenario.act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('stays under 1 MB of JSON with every list at its cap', () => {
    const scenario = Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28')
      .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02')
      .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04');
    const long = 'Ý kiến góp ý rất dài về quy định. '.repeat(400).slice(0, LIMITS.commentTextMax);
    for (let index = 0; index < 300; index += 1) {
      scenario.act(otherDrafter, { name: 'addComment', payload: { authorKind: 'agency', text: long, pathKey: `dieu-${index}` } }, '2025-08-05');
    }
    expect(scenario.state.consultation.current?.comments).toMatchObject({ total: 300, byAuthor: { agency: 300, public: 0, fatherlandFront: 0 } });
    expect(scenario.state.consultation.current?.comments.kept).toHaveLength(LIMITS.commentsKept);
    expect(scenario.state.consultation.current?.comments.kept[0]?.excerpt).toHaveLength(LIMITS.commentExcerptMax);

    scenario
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC', commentCopiesRef: 'copies' } }, '2025-09-01')
      .act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr' }] } }, '2025-09-02')
      .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03');
    const text = 'x'.repeat(LIMITS.appraisalItemTextMax);
    const items = Array.from({ length: LIMITS.appraisalItemsMax }, (_, index) => ({ id: `a${index}`, pathKey: `dieu-${index}`, text }));
    scenario
      .act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-STP', conclusion: 'ELIGIBLE_WITH_REVISIONS', items } }, '2025-09-10')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-09-11')
      .act(
        drafter,
        {
          name: 'respondToAppraisal',
          payload: { responseReportRef: 'BC-R', responses: items.map((item) => ({ itemId: item.id, response: 'explained' as const, note: 'n'.repeat(LIMITS.noteMax) })) },
        },
        '2025-09-12',
      );
    for (let index = 0; index < LIMITS.historyKept; index += 1) {
      scenario.act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: index % 2 === 0 ? '2025-12-01' : '2025-12-02' } }, '2025-09-13');
    }
    expect(historyOf(scenario.state)).toMatchObject({ total: 411, dropped: 11 });
    expect(scenario.state.history.entries).toHaveLength(LIMITS.historyKept);
    expect(JSON.stringify(scenario.state).length).toBeLessThan(1_000_000);
    expect(JSON.stringify(describeState(scenario.state)).length).toBeLessThan(1_000_000);
  });
});

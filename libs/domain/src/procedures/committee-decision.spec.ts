import { enterIntoForce, recordPublication } from './machine/publication';
import { appraised, submitted } from './testing/paths';
import { admin, appraiser, drafter, on, Scenario } from './testing/scenario';

const signPayload = {
  number: '15/2025/QĐ-UBND',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Chủ tịch',
  signingCapacity: 'TM' as const,
  signedDate: '2025-10-02',
  effectiveDate: '2025-10-15',
};

describe('a decision of the provincial committee (QĐ UBND) under the 2025 regime', () => {
  it('runs from proposal to entry into force, recording every transition', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01', actRef: 'TB-301/VP' } }, '2025-09-20')
      .act(admin, { name: 'recordVote', payload: { inFavour: 20, members: 27, actRef: 'BB-12/UBND' } }, '2025-10-01')
      .act(admin, { name: 'sign', payload: signPayload }, '2025-10-02');

    expect(scenario.state.state).toBe('ISSUED');
    expect(scenario.effectsOf('startPublication')).toEqual([
      {
        kind: 'startPublication',
        documentId: 'doc-1',
        number: '15/2025/QĐ-UBND',
        signedDate: '2025-10-02',
        effectiveDate: '2025-10-15',
        channels: ['gazette', 'nationalDatabase'],
        immediate: false,
      },
    ]);
    expect(scenario.effectsOf('scheduleEntryIntoForce')).toEqual([{ kind: 'scheduleEntryIntoForce', documentId: 'doc-1', effectiveDate: '2025-10-15' }]);
    expect(scenario.effectsOf('setDeadline').map((effect) => [effect.step, effect.rule])).toEqual([
      ['gazette', { days: 3, unit: 'calendar', fromDate: '2025-10-02', beforeDate: null, periodRule: 'calendarDaysAfter' }],
      ['nationalDatabase', { days: 2, unit: 'working', fromDate: '2025-10-02', beforeDate: null, periodRule: 'workingDaysAfter' }],
    ]);

    scenario.take(recordPublication(scenario.state, { gazette: { reference: 'Công báo số 45', publishedOn: '2025-10-04' } }, on('2025-10-04')));
    expect(scenario.state.state).toBe('PUBLISHED');
    expect(scenario.effectsOf('clearDeadline').map((effect) => effect.step)).toEqual(['gazette']);

    scenario.take(enterIntoForce(scenario.state, on('2025-10-15')));
    expect(scenario.state.state).toBe('IN_FORCE');
    expect(scenario.effectsOf('finish')).toEqual([]);

    scenario.take(recordPublication(scenario.state, { nationalDatabase: { reference: 'vbpl-123456', updatedOn: '2025-10-15' } }, on('2025-10-15')));
    expect(scenario.state.outcome).toBe('inForce');
    expect(scenario.effects.at(-1)).toEqual({ kind: 'finish', outcome: 'inForce' });
    expect(scenario.state.deadlines).toEqual([]);

    const path = scenario.state.history.entries.map((entry) => `${entry.event}:${entry.from}->${entry.to}`);
    expect(path).toEqual([
      'startDraft:PROPOSED->PROPOSED',
      'approveProposal:PROPOSED->DRAFTING',
      'addVersion:DRAFTING->DRAFTING',
      'openConsultation:DRAFTING->CONSULTATION',
      'consultationPeriodElapsed:CONSULTATION->CONSULTATION',
      'closeConsultation:CONSULTATION->FEEDBACK_INCORPORATED',
      'requestAppraisal:FEEDBACK_INCORPORATED->APPRAISAL_REQUESTED',
      'acceptForAppraisal:APPRAISAL_REQUESTED->UNDER_APPRAISAL',
      'submitAppraisalReport:UNDER_APPRAISAL->APPRAISED',
      'addVersion:APPRAISED->APPRAISED',
      'respondToAppraisal:APPRAISED->READY_TO_SUBMIT',
      'submit:READY_TO_SUBMIT->SUBMITTED',
      'scheduleDecision:SUBMITTED->ON_COMMITTEE_AGENDA',
      'recordVote:ON_COMMITTEE_AGENDA->ADOPTED',
      'sign:ADOPTED->ISSUED',
      'recordPublication:ISSUED->PUBLISHED',
      'enterIntoForce:PUBLISHED->IN_FORCE',
      'recordPublication:IN_FORCE->IN_FORCE',
    ]);
  });

  it('records collegial acts as recorded by an admin of the office on behalf of the body, with the act reference', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } }, '2025-09-20')
      .act(admin, { name: 'recordVote', payload: { inFavour: 20, members: 27, actRef: 'BB-12/UBND' } }, '2025-10-01');

    const vote = scenario.state.history.entries.at(-1)!;
    expect(vote).toMatchObject({
      performer: 'committee',
      ref: 'BB-12/UBND',
      actor: { userId: 'u-office', roles: ['admin'], agencyId: 'vp-ubnd' },
      summary: 'Vote 20/27: adopted',
    });
    expect(scenario.state.history.entries[1]).toMatchObject({ event: 'approveProposal', performer: 'committeeChair', ref: '1523/UBND-KT' });
  });

  it('goes back to drafting when the vote fails, and can be resubmitted without a new appraisal', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'writtenConsultation', date: '2025-09-25' } }, '2025-09-18')
      .act(admin, { name: 'recordVote', payload: { inFavour: 13, members: 27, actRef: 'PLYK-4/VP' } }, '2025-09-26');

    expect(scenario.state.state).toBe('DRAFTING');
    expect(scenario.state.decision.votes).toEqual([{ inFavour: 13, members: 27, passed: false, votedOn: '2025-09-26', actRef: 'PLYK-4/VP' }]);

    scenario
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v3', versionNo: 3 } }, '2025-09-29')
      .act(drafter, { name: 'submit', payload: {} }, '2025-09-30')
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-08' } }, '2025-10-01')
      .act(admin, { name: 'recordVote', payload: { inFavour: 14, members: 27, actRef: 'BB-13/UBND' } }, '2025-10-08');
    expect(scenario.state.state).toBe('ADOPTED');
    expect(scenario.state.decision.adoptedOn).toBe('2025-10-08');
  });

  it('passes a vote only with more than half of all members', () => {
    const atHalf = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } }, '2025-09-20')
      .act(admin, { name: 'recordVote', payload: { inFavour: 13, members: 26, actRef: 'BB-1' } }, '2025-10-01');
    expect(atHalf.state.state).toBe('DRAFTING');
  });

  it('lets the office return an incomplete submission to the drafting agency', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28')).act(
      admin,
      { name: 'returnIncomplete', payload: { reasons: ['Thiếu bản so sánh.'] } },
      '2025-09-16',
    );
    expect(scenario.state.state).toBe('DRAFTING');
    expect(scenario.state.lastReturn).toEqual({ by: 'office', from: 'SUBMITTED', reasons: ['Thiếu bản so sánh.'], on: '2025-09-16' });
    expect(scenario.effectsOf('notify')[0]).toMatchObject({ audience: ['draftingAgency'], template: 'returnIncomplete' });
  });

  it('uses the appraisal comments answered item by item, anchored to provisions', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'));
    expect(scenario.state.appraisal.current?.report?.items).toEqual([
      {
        id: 'a1',
        pathKey: 'dieu-3.khoan-2',
        text: 'Khoản 2 vượt thẩm quyền quy định chi tiết.',
        severity: 'major',
        response: { response: 'accepted', note: 'Đã bỏ khoản 2.', versionNo: 2 },
      },
      {
        id: 'a2',
        pathKey: null,
        text: 'Rà soát kỹ thuật trình bày.',
        severity: null,
        response: { response: 'explained', note: 'Đã đúng mẫu theo Nghị định 78.', versionNo: null },
      },
    ]);
    expect(scenario.state.dossier).toMatchObject({
      submission: ['TTr-45/SNN'],
      feedbackReport: ['BC-88/SNN'],
      commentCopies: ['file-comments-1'],
      appraisalReport: ['BC-210/STP'],
      appraisalResponse: ['BC-95/SNN'],
    });
  });

  it('asks the shell for an appraisal pre-check when appraisal is requested', () => {
    const scenario = appraised(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'));
    const request = scenario.log.filter((effect) => effect.kind === 'buildAppraisalPrecheck');
    expect(request).toEqual([{ kind: 'buildAppraisalPrecheck', documentId: 'doc-1', versionId: 'v1', round: 1 }]);
  });
});

describe('a decision of the provincial committee under the 2020 regime (Law 80/2015 as amended)', () => {
  it('posts for 30 days, runs the appraisal periods back from the planned meeting and issues with a 10-day effective date', () => {
    const scenario = Scenario.start({ docType: 'COMMITTEE_DECISION', regime: 'LAW80_63_2020' }, '2024-03-01')
      .act(admin, { name: 'approveProposal', payload: { actRef: '88/UBND-NC' } }, '2024-03-04')
      .act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: '2024-06-20' } }, '2024-03-05');
    expect(scenario.effectsOf('setDeadline')).toEqual([
      expect.objectContaining({
        step: 'dossierToDoj',
        rule: { days: 20, unit: 'calendar', fromDate: null, beforeDate: '2024-06-20', periodRule: 'calendarDaysBefore' },
        escalateTo: ['draftingAgency', 'doj', 'office', 'committeeChair'],
      }),
    ]);
    expect(scenario.deadline('dossierToDoj')?.dueDate).toBe('2024-05-31');

    scenario
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2024-03-10')
      .act(drafter, { name: 'openConsultation', payload: {} }, '2024-03-11');
    expect(scenario.deadline('consultationPeriod')).toMatchObject({ days: 30, dueDate: '2024-04-10' });
    scenario
      .expire('consultationPeriod')
      .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-1' } }, '2024-04-15')
      .act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-1' }] } }, '2024-04-16');
    expect(scenario.effectsOf('clearDeadline').map((effect) => effect.step)).toEqual(['dossierToDoj']);
    expect(scenario.deadline('appraisal')).toMatchObject({ days: 10, beforeDate: '2024-06-20', dueDate: '2024-06-10' });

    scenario
      .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2024-04-17')
      .act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-7/STP', conclusion: 'ELIGIBLE', items: [] } }, '2024-05-02')
      .act(drafter, { name: 'respondToAppraisal', payload: { responseReportRef: 'BC-2', responses: [] } }, '2024-05-03')
      .act(drafter, { name: 'submit', payload: {} }, '2024-05-06')
      .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2024-06-20' } }, '2024-06-01')
      .act(admin, { name: 'recordVote', payload: { inFavour: 30, members: 35, actRef: 'BB-6' } }, '2024-06-20')
      .act(
        admin,
        {
          name: 'sign',
          payload: { ...signPayload, number: '21/2024/QĐ-UBND', signingCapacity: 'KT', signerTitle: 'Phó Chủ tịch', signedDate: '2024-06-21', effectiveDate: '2024-07-01' },
        },
        '2024-06-21',
      );
    expect(scenario.state.state).toBe('ISSUED');
    expect(scenario.effectsOf('setDeadline').map((effect) => [effect.step, effect.rule.days])).toEqual([
      ['gazette', 7],
      ['nationalDatabase', 2],
    ]);
  });
});

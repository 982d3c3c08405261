import { allowedActions } from './machine/access';
import { type ProcedureEffect } from './machine/effects';
import { deadlineResolved, onDeadline, onReminder } from './machine/timers';
import { appraisalRequested, approvedWithVersion, submitted } from './testing/paths';
import { admin, appraiser, drafter, on, refusalOf, Scenario } from './testing/scenario';

const decision = () => Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28');

function deadlineEffects(effects: ProcedureEffect[]): string[] {
  return effects.flatMap((effect) =>
    effect.kind === 'setDeadline' ? [`set ${effect.id}`] : effect.kind === 'clearDeadline' ? [`clear ${effect.id}`] : [],
  );
}

describe('deadlines', () => {
  it('are set when their step starts and cleared when it ends', () => {
    const scenario = approvedWithVersion(decision());
    const trace: string[] = [];
    const step = (label: string, run: () => unknown) => {
      run();
      trace.push(`${label}: ${deadlineEffects(scenario.effects).join(', ')}`);
    };
    step('plan', () => scenario.act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: '2025-10-30' } }, '2025-08-03'));
    step('open', () => scenario.act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04'));
    step('elapse', () => scenario.expire('consultationPeriod'));
    step('close', () => scenario.act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC' } }, '2025-08-26'));
    step('request', () => scenario.act(drafter, { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr' }] } }, '2025-08-27'));
    step('accept', () => scenario.act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-08-28'));
    step('report', () =>
      scenario.act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-STP', conclusion: 'ELIGIBLE', items: [] } }, '2025-09-04'),
    );
    expect(trace).toEqual([
      'plan: set dossierToDoj-1',
      'open: set consultationPeriod-2',
      'elapse: ',
      'close: ',
      'request: clear dossierToDoj-1, set appraisal-3',
      'accept: ',
      'report: clear appraisal-3',
    ]);
    expect(scenario.state.deadlines).toEqual([]);
  });

  it('carry the rule, the reminder lead and the escalation targets for the shell', () => {
    const scenario = appraisalRequested(decision());
    expect(scenario.effectsOf('setDeadline')).toEqual([
      {
        kind: 'setDeadline',
        id: 'appraisal-2',
        step: 'appraisal',
        type: 'dueBy',
        label: 'Hạn Sở Tư pháp gửi báo cáo thẩm định',
        rule: { days: 10, unit: 'calendar', fromDate: '2025-09-02', beforeDate: null, periodRule: 'calendarDaysAfter' },
        remindWorkingDaysBefore: [2],
        escalateTo: ['doj', 'draftingAgency', 'office', 'committeeChair'],
      },
    ]);
    expect(scenario.deadline('appraisal')).toMatchObject({ dueDate: '2025-09-12', status: 'running', remindersSent: 0 });
  });

  it('record a breach and ask for escalation when missed, and never move the draft', () => {
    const scenario = appraisalRequested(decision()).act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03');
    const before = allowedActions(scenario.state, appraiser);
    scenario.expire('appraisal');

    expect(scenario.state.state).toBe('UNDER_APPRAISAL');
    expect(allowedActions(scenario.state, appraiser)).toEqual(before);
    expect(scenario.effects).toEqual([
      { kind: 'recordBreach', id: 'appraisal-2', step: 'appraisal', dueDate: '2025-09-12', detectedOn: '2025-09-13' },
      {
        kind: 'notify',
        audience: ['doj', 'draftingAgency', 'office', 'committeeChair'],
        template: 'deadlineEscalation',
        data: expect.objectContaining({ documentId: 'doc-1', step: 'appraisal', dueDate: '2025-09-12', state: 'UNDER_APPRAISAL' }),
      },
    ]);
    expect(scenario.state.breaches).toEqual({ total: 1, kept: [{ id: 'appraisal-2', step: 'appraisal', dueDate: '2025-09-12', detectedOn: '2025-09-13' }] });
    expect(scenario.deadline('appraisal')?.status).toBe('breached');
    expect(scenario.state.history.entries.at(-1)).toMatchObject({ event: 'deadlineBreached', from: 'UNDER_APPRAISAL', to: 'UNDER_APPRAISAL', actor: null });

    const again = onDeadline(scenario.state, 'appraisal-2', on('2025-09-20'));
    expect(again).toEqual({ state: scenario.state, effects: [] });

    scenario.act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC', conclusion: 'ELIGIBLE', items: [] } }, '2025-09-22');
    expect(deadlineEffects(scenario.effects)).toEqual(['clear appraisal-2']);
    expect(scenario.state.breaches.total).toBe(1);
  });

  it('remind whoever answers for the step', () => {
    const scenario = appraisalRequested(decision());
    scenario.take(onReminder(scenario.state, 'appraisal-2', on('2025-09-10')));
    expect(scenario.effects).toEqual([
      { kind: 'notify', audience: ['doj'], template: 'deadlineReminder', data: expect.objectContaining({ deadlineId: 'appraisal-2', dueDate: '2025-09-12' }) },
    ]);
    expect(scenario.deadline('appraisal')?.remindersSent).toBe(1);
  });

  it('ignore timers of cleared deadlines, timers firing early, and unknown ids', () => {
    const scenario = appraisalRequested(decision());
    const running = scenario.state;
    expect(onDeadline(running, 'appraisal-2', on('2025-09-12'))).toEqual({ state: running, effects: [] });
    expect(onDeadline(running, 'dossierToDoj-99', on('2025-09-30'))).toEqual({ state: running, effects: [] });
    expect(deadlineResolved(running, 'nope', '2025-09-30')).toEqual({ state: running, effects: [] });

    scenario.act(appraiser, { name: 'returnIncomplete', payload: { reasons: ['Thiếu tờ trình.'] } }, '2025-09-03');
    expect(onDeadline(scenario.state, 'appraisal-2', on('2025-09-13'))).toEqual({ state: scenario.state, effects: [] });
    expect(onReminder(scenario.state, 'appraisal-2', on('2025-09-10'))).toEqual({ state: scenario.state, effects: [] });
  });

  it('refuse a resolved due date that is not a date', () => {
    const scenario = appraisalRequested(decision());
    expect(refusalOf(() => deadlineResolved(scenario.state, 'appraisal-2', '12/09/2025'))).toMatchObject({ code: 'DUE_DATE_INVALID' });
  });

  it('start again under a new id when the planned meeting moves', () => {
    const scenario = approvedWithVersion(decision())
      .act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: '2025-10-30' } }, '2025-08-03')
      .act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: '2025-11-27' } }, '2025-08-20');
    expect(deadlineEffects(scenario.effects)).toEqual(['clear dossierToDoj-1', 'set dossierToDoj-2']);
    expect(scenario.deadline('dossierToDoj')).toMatchObject({ beforeDate: '2025-11-27', dueDate: '2025-11-07' });
  });

  it('end the posting period without a breach, allowing the comments to be closed', () => {
    const scenario = approvedWithVersion(decision()).act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04');
    expect(scenario.state.consultation.current).toMatchObject({ periodDays: 20, periodEndsOn: '2025-08-25', periodElapsed: false });
    scenario.expire('consultationPeriod');
    expect(scenario.state.state).toBe('CONSULTATION');
    expect(scenario.effects).toEqual([expect.objectContaining({ kind: 'notify', audience: ['draftingAgency'], template: 'consultationPeriodElapsed' })]);
    expect(scenario.state.breaches.total).toBe(0);
    expect(scenario.state.deadlines).toEqual([]);
    expect(allowedActions(scenario.state, drafter)).toContain('closeConsultation');
  });

  it('do not come back for drafting once the appraisal is answered', () => {
    const scenario = submitted(decision())
      .act(admin, { name: 'planSchedule', payload: { committeeMeetingDate: '2025-10-30' } }, '2025-09-16')
      .act(admin, { name: 'returnIncomplete', payload: { reasons: ['Thiếu chữ ký.'] } }, '2025-09-17');
    expect(scenario.state.state).toBe('DRAFTING');
    expect(scenario.state.deadlines).toEqual([]);
  });

  it('remind one working day ahead for periods of three days or less', () => {
    const scenario = approvedWithVersion(
      Scenario.start({ docType: 'CHAIR_DECISION', procedure: 'simplified', simplifiedGround: 'a' }, '2025-07-28'),
    ).act(drafter, { name: 'requestConsulteeOpinions', payload: { requestRef: 'CV-1' } }, '2025-08-04');
    expect(scenario.effectsOf('setDeadline')[0]).toMatchObject({ step: 'consulteeReplies', remindWorkingDaysBefore: [1] });
  });
});

import { type PeriodRule } from '../../calendar';
import { type DeadlineRule, type DeadlineStep, type Rulebook } from '../rulebook/types';
import { type DraftState } from '../vocabulary';
import { type ProcedureEffect } from './effects';
import { appraisalAnswered } from './guards';
import { type DeadlineRecord, type DraftProcedureState } from './state';

/** A time limit the draft should have running now, with its resolved anchor and length. */
interface WantedDeadline {
  rule: DeadlineRule;
  days: number;
  fromDate: string | null;
  beforeDate: string | null;
}

const PREPARING: readonly DraftState[] = ['DRAFTING', 'CONSULTATION', 'FEEDBACK_INCORPORATED'];
const BEFORE_SUBMISSION: readonly DraftState[] = [
  ...PREPARING,
  'APPRAISAL_REQUESTED',
  'UNDER_APPRAISAL',
  'APPRAISED',
  'READY_TO_SUBMIT',
];

/** Whether the step a time limit belongs to is under way. */
function stepUnderWay(step: DeadlineStep, state: DraftProcedureState): boolean {
  switch (step) {
    case 'consultationPeriod': {
      const round = state.consultation.current;
      return state.state === 'CONSULTATION' && round !== null && !round.periodElapsed;
    }
    case 'consulteeReplies':
      return (
        BEFORE_SUBMISSION.includes(state.state) &&
        state.mandatoryConsultation !== null &&
        state.mandatoryConsultation.replies.some((reply) => reply.replyRef === null)
      );
    case 'dossierToDoj':
      return PREPARING.includes(state.state) && !appraisalAnswered(state);
    case 'appraisal':
      return state.state === 'APPRAISAL_REQUESTED' || state.state === 'UNDER_APPRAISAL';
    case 'councilSubmission':
      return [...BEFORE_SUBMISSION, 'SUBMITTED'].includes(state.state);
    case 'vetting':
      return state.state === 'UNDER_VETTING';
    case 'gazette':
      return state.signing !== null && state.publication.gazette === null;
    case 'nationalDatabase':
      return state.signing !== null && state.publication.nationalDatabase === null;
  }
}

function anchorOf(rule: DeadlineRule, state: DraftProcedureState): string | null {
  const { anchor } = rule;
  if (anchor.kind === 'before') return state.plannedDates[anchor.date];
  switch (anchor.event) {
    case 'consultationOpened':
      return state.consultation.current?.openedOn ?? null;
    case 'consulteesRequested':
      return state.mandatoryConsultation?.requestedOn ?? null;
    case 'appraisalRequested':
      return state.appraisal.current?.requestedOn ?? null;
    case 'councilSubmitted':
      return state.vetting.submittedOn;
    case 'issued':
      return state.signing?.signedDate ?? null;
  }
}

function lengthOf(rule: DeadlineRule, state: DraftProcedureState): number {
  if (rule.step === 'consultationPeriod') return state.consultation.current?.periodDays ?? 0;
  const complex =
    (rule.step === 'appraisal' && state.appraisal.current?.complex === true) || (rule.step === 'vetting' && state.vetting.complex);
  return complex && rule.complexDays !== null ? rule.complexDays : rule.days;
}

/** The time limits that should be running for the draft as it stands. */
function wantedDeadlines(state: DraftProcedureState, book: Rulebook): WantedDeadline[] {
  if (state.outcome === 'rejected' || state.outcome === 'withdrawn') return [];
  return book.deadlines.flatMap((rule) => {
    if (!stepUnderWay(rule.step, state)) return [];
    const anchor = anchorOf(rule, state);
    const days = lengthOf(rule, state);
    if (anchor === null || days < 1) return [];
    return [
      {
        rule,
        days,
        fromDate: rule.anchor.kind === 'after' ? anchor : null,
        beforeDate: rule.anchor.kind === 'before' ? anchor : null,
      },
    ];
  });
}

function periodRuleOf(unit: DeadlineRule['unit'], direction: 'after' | 'before'): PeriodRule {
  if (direction === 'after') return unit === 'calendar' ? 'calendarDaysAfter' : 'workingDaysAfter';
  return unit === 'calendar' ? 'calendarDaysBefore' : 'workingDaysBefore';
}

function sameTerms(record: DeadlineRecord, wanted: WantedDeadline): boolean {
  return (
    record.days === wanted.days &&
    record.unit === wanted.rule.unit &&
    record.fromDate === wanted.fromDate &&
    record.beforeDate === wanted.beforeDate
  );
}

/**
 * Brings the running time limits in line with the draft: clears those whose step is over or whose
 * terms changed (a new meeting date, a complex draft), sets those whose step has begun. Ids are
 * `<step>-<n>`, never reused, so a stale timer cannot touch a newer deadline.
 */
export function syncDeadlines(state: DraftProcedureState, book: Rulebook, on: string): { state: DraftProcedureState; effects: ProcedureEffect[] } {
  const wanted = wantedDeadlines(state, book);
  const clears: ProcedureEffect[] = [];
  const sets: ProcedureEffect[] = [];
  const kept: DeadlineRecord[] = [];
  for (const record of state.deadlines) {
    const match = wanted.find((candidate) => candidate.rule.step === record.step);
    if (match !== undefined && sameTerms(record, match)) kept.push(record);
    else clears.push({ kind: 'clearDeadline', id: record.id, step: record.step });
  }
  let seq = state.deadlineSeq;
  for (const want of wanted) {
    if (kept.some((record) => record.step === want.rule.step)) continue;
    seq += 1;
    const id = `${want.rule.step}-${seq}`;
    kept.push({
      id,
      step: want.rule.step,
      type: want.rule.type,
      days: want.days,
      unit: want.rule.unit,
      fromDate: want.fromDate,
      beforeDate: want.beforeDate,
      setOn: on,
      dueDate: null,
      status: 'running',
      remindersSent: 0,
    });
    sets.push({
      kind: 'setDeadline',
      id,
      step: want.rule.step,
      type: want.rule.type,
      label: want.rule.label,
      rule: {
        days: want.days,
        unit: want.rule.unit,
        fromDate: want.fromDate,
        beforeDate: want.beforeDate,
        periodRule: periodRuleOf(want.rule.unit, want.rule.anchor.kind),
      },
      remindWorkingDaysBefore: [...want.rule.remindWorkingDaysBefore],
      escalateTo: [...want.rule.escalateTo],
    });
  }
  if (clears.length === 0 && sets.length === 0) return { state, effects: [] };
  return { state: { ...state, deadlines: kept, deadlineSeq: seq }, effects: [...clears, ...sets] };
}

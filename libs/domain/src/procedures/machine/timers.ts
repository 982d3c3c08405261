import { isCivilDate } from '../../calendar';
import { DomainError } from '../../errors';
import { bookOf } from './book';
import { type ProcedureTransition } from './effects';
import { LIMITS } from './limits';
import { checkMoment } from './moment';
import { type DeadlineRecord, type DraftProcedureState, type Moment } from './state';
import { completeTransition, notify } from './transition';

function unchanged(state: DraftProcedureState): ProcedureTransition {
  return { state, effects: [] };
}

function replaceDeadline(state: DraftProcedureState, record: DeadlineRecord): DraftProcedureState {
  return { ...state, deadlines: state.deadlines.map((candidate) => (candidate.id === record.id ? record : candidate)) };
}

/**
 * The shell reports the due date it resolved for a `setDeadline` effect. An id that is no longer
 * running (cleared meanwhile) is ignored.
 */
export function deadlineResolved(state: DraftProcedureState, deadlineId: string, dueDate: string): ProcedureTransition {
  if (!isCivilDate(dueDate)) {
    throw new DomainError('invalid', 'DUE_DATE_INVALID', 'The due date must be a date in YYYY-MM-DD form.', {
      fieldErrors: [{ field: 'dueDate', message: 'must be a date in YYYY-MM-DD form' }],
    });
  }
  const record = state.deadlines.find((candidate) => candidate.id === deadlineId);
  if (record === undefined) return unchanged(state);
  const resolved = replaceDeadline(state, { ...record, dueDate });
  const round = resolved.consultation.current;
  if (record.step !== 'consultationPeriod' || round === null) return { state: resolved, effects: [] };
  return { state: { ...resolved, consultation: { ...resolved.consultation, current: { ...round, periodEndsOn: dueDate } } }, effects: [] };
}

/** A reminder day of a running time limit has come: remind whoever answers for it. */
export function onReminder(state: DraftProcedureState, deadlineId: string, at: Moment): ProcedureTransition {
  checkMoment(at);
  const record = state.deadlines.find((candidate) => candidate.id === deadlineId);
  if (record === undefined || record.status !== 'running' || record.type !== 'dueBy') return unchanged(state);
  const rule = bookOf(state).deadlines.find((candidate) => candidate.step === record.step)!;
  return {
    state: replaceDeadline(state, { ...record, remindersSent: record.remindersSent + 1 }),
    effects: [notify(state, rule.responsible, 'deadlineReminder', { deadlineId, step: record.step, label: rule.label, dueDate: record.dueDate })],
  };
}

/**
 * A time limit has ended. A due date passing never approves or advances anything (REFERENCE §4.1):
 * it records a breach and asks for escalation to the heads of the bodies concerned. The one
 * exception is the minimum posting period, whose end allows the comments to be closed. Stale ids,
 * already breached limits and timers firing before the due date has ended change nothing.
 */
export function onDeadline(state: DraftProcedureState, deadlineId: string, at: Moment): ProcedureTransition {
  const moment = checkMoment(at);
  const record = state.deadlines.find((candidate) => candidate.id === deadlineId);
  if (record === undefined || record.status !== 'running') return unchanged(state);
  if (record.dueDate !== null && moment.date <= record.dueDate) return unchanged(state);
  const book = bookOf(state);
  const rule = book.deadlines.find((candidate) => candidate.step === record.step)!;
  const meta = { actor: null, performer: null, at: moment, book };
  if (record.type === 'notBefore') {
    const round = state.consultation.current!;
    const next = {
      ...state,
      deadlines: state.deadlines.filter((candidate) => candidate.id !== deadlineId),
      consultation: { ...state.consultation, current: { ...round, periodElapsed: true, periodEndsOn: record.dueDate ?? round.periodEndsOn } },
    };
    const applied = {
      next,
      effects: [notify(next, ['draftingAgency'], 'consultationPeriodElapsed', { periodDays: round.periodDays })],
      summary: `The minimum posting period of ${round.periodDays} days has passed; comments may be closed`,
    };
    return completeTransition(state, applied, { ...meta, event: 'consultationPeriodElapsed' });
  }
  const breach = { id: record.id, step: record.step, dueDate: record.dueDate, detectedOn: moment.date };
  const kept = [...state.breaches.kept, breach];
  const breached = replaceDeadline(state, { ...record, status: 'breached' });
  const next: DraftProcedureState = {
    ...breached,
    breaches: { total: state.breaches.total + 1, kept: kept.slice(Math.max(0, kept.length - LIMITS.breachesKept)) },
    mandatoryConsultation:
      record.step === 'consulteeReplies' && state.mandatoryConsultation !== null
        ? { ...state.mandatoryConsultation, deadlinePassed: true }
        : state.mandatoryConsultation,
  };
  const applied = {
    next,
    effects: [
      { kind: 'recordBreach' as const, ...breach },
      notify(next, rule.escalateTo, 'deadlineEscalation', { deadlineId, step: record.step, label: rule.label, dueDate: record.dueDate }),
    ],
    summary: `Missed: ${rule.label}${record.dueDate === null ? '' : ` (due ${record.dueDate})`}`,
  };
  return completeTransition(state, applied, { ...meta, event: 'deadlineBreached' });
}

import { type PeriodRule } from '../../calendar';
import { type ActionName } from '../actions';
import { type DeadlineRule, type DeadlineStep, type PublicationChannel } from '../rulebook/types';
import { type Audience, type CommentAuthorKind, type ProcedureOutcome } from '../vocabulary';
import { type DraftProcedureState, type SystemEvent } from './state';

/**
 * A period to resolve with the working-day calendar: `calendar.explain(periodRule, fromDate ??
 * beforeDate, days).result` is the due date. Exactly one of `fromDate` and `beforeDate` is set.
 */
export interface DeadlinePeriod {
  days: number;
  unit: DeadlineRule['unit'];
  fromDate: string | null;
  beforeDate: string | null;
  periodRule: PeriodRule;
}

export type NotificationTemplate = ActionName | SystemEvent | 'deadlineReminder' | 'deadlineEscalation';

export type NotificationData = Record<string, string | number | boolean | null | string[]>;

/**
 * What the shell must do after a call. Effects are listed in order: deadline clears, then deadline
 * sets, then the rest; `finish` comes last.
 *
 * Deadline round trip: on `setDeadline` the shell resolves the due date (and the reminder dates,
 * N working days before it), calls `deadlineResolved(state, id, dueDate)`, then arms timers that
 * call `onReminder` at the start of each reminder day and `onDeadline` once the due date has ended.
 * On `clearDeadline` it cancels them; a timer that still fires for a cleared id is ignored.
 */
export type ProcedureEffect =
  | {
      kind: 'setDeadline';
      id: string;
      step: DeadlineStep;
      type: DeadlineRule['type'];
      label: string;
      rule: DeadlinePeriod;
      remindWorkingDaysBefore: number[];
      escalateTo: Audience[];
    }
  | { kind: 'clearDeadline'; id: string; step: DeadlineStep }
  | { kind: 'notify'; audience: Audience[]; template: NotificationTemplate; data: NotificationData }
  | { kind: 'recordBreach'; id: string; step: DeadlineStep; dueDate: string | null; detectedOn: string }
  | {
      kind: 'storeComment';
      commentId: string;
      round: number;
      authorKind: CommentAuthorKind;
      authorName: string | null;
      agencyId: string | null;
      pathKey: string | null;
      text: string;
    }
  | { kind: 'buildAppraisalPrecheck'; documentId: string; versionId: string; round: number }
  | {
      kind: 'startPublication';
      documentId: string;
      number: string;
      signedDate: string;
      effectiveDate: string;
      channels: PublicationChannel[];
      /** Simplified procedure: post at once on every channel (Law 64 Art. 53(1)). */
      immediate: boolean;
    }
  | { kind: 'scheduleEntryIntoForce'; documentId: string; effectiveDate: string }
  | { kind: 'finish'; outcome: ProcedureOutcome };

/** The result of every call that changes the procedure. */
export interface ProcedureTransition {
  state: DraftProcedureState;
  effects: ProcedureEffect[];
}

import { type Role } from '../identity';
import { type DeadlinePeriod, type Moment, type NotificationData } from '../procedures';
import { type ControlSettings } from './settings';
import { type CaseAudience, type CaseKind } from './vocabulary';

/** JSON a case may carry about itself (kind-specific data, sources). */
export type CaseJson = string | number | boolean | null | CaseJson[] | { [key: string]: CaseJson };

export interface CaseActor {
  userId?: string | null;
  roles: readonly Role[];
  agencyId: string | null;
}

/** The time limit of the case's current step; the shell resolves `dueDate` with the calendar. */
export interface CaseDeadline {
  id: string;
  label: string;
  rule: DeadlinePeriod;
  dueDate: string | null;
  status: 'running' | 'breached';
  remindersSent: number;
}

export interface CaseHistoryEntry {
  seq: number;
  at: string;
  date: string;
  actor: { userId: string | null; roles: Role[]; agencyId: string | null } | null;
  event: string;
  from: string;
  to: string;
  summary: string;
  ref: string | null;
}

/** One control case: plain JSON, kept by its workflow and passed back to every call. */
export interface ControlCaseState<D extends { [key: string]: CaseJson } = { [key: string]: CaseJson }> {
  schemaVersion: 1;
  caseId: string;
  kind: CaseKind;
  /** The document the case is about (null for a petition not yet tied to one). */
  documentId: string | null;
  title: string;
  status: string;
  outcome: string | null;
  assigneeAgencyId: string | null;
  openedOn: string;
  closedOn: string | null;
  /** What opened it: a signing, an inspection, a changed basis, a petition… */
  source: { [key: string]: CaseJson };
  settings: ControlSettings;
  deadline: CaseDeadline | null;
  deadlineSeq: number;
  breaches: number;
  history: { total: number; entries: CaseHistoryEntry[] };
  data: D;
}

/** A case to open next (a finding opens handling, a petition opens an inspection…). */
export interface CaseOpening {
  kind: CaseKind;
  caseId: string;
  documentId: string | null;
  title: string;
  assigneeAgencyId: string | null;
  source: { [key: string]: CaseJson };
  input: { [key: string]: CaseJson };
}

export type CaseEffect =
  | { kind: 'setDeadline'; id: string; label: string; rule: DeadlinePeriod; remindWorkingDaysBefore: number[] }
  | { kind: 'clearDeadline'; id: string }
  | { kind: 'notify'; audience: CaseAudience[]; template: string; data: NotificationData }
  | { kind: 'recordBreach'; id: string; label: string; dueDate: string | null; detectedOn: string }
  | { kind: 'openCase'; opening: CaseOpening }
  /** Kind-specific work the shell hands to an activity of that name (`apply<Kind>…`), with its input. */
  | { kind: 'run'; activity: string; input: { [key: string]: CaseJson } }
  | { kind: 'finish'; outcome: string };

export interface CaseTransition<D extends { [key: string]: CaseJson } = { [key: string]: CaseJson }> {
  state: ControlCaseState<D>;
  effects: CaseEffect[];
}

export type { Moment };

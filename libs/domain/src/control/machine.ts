import { isCivilDate } from '../calendar';
import { DomainError } from '../errors';
import { type Moment, type NotificationData } from '../procedures';
import { type CaseActionDefinition, type CaseKindDefinition, type CaseStep } from './case-kind';
import { type CaseActor, type CaseEffect, type CaseHistoryEntry, type CaseJson, type CaseOpening, type CaseTransition, type ControlCaseState } from './case-state';
import { caseDefinition } from './kinds';
import { type ControlSettings } from './settings';

const HISTORY_KEPT = 200;
type Data = { [key: string]: CaseJson };

/** Opens a case of `opening.kind` (the kind validates its input: 422 listing every bad field). */
export function openCase(opening: CaseOpening, at: Moment, settings: ControlSettings): CaseTransition {
  const definition = caseDefinition(opening.kind);
  const { data, summary } = definition.open(opening.input, at);
  const state: ControlCaseState = {
    schemaVersion: 1,
    caseId: opening.caseId,
    kind: opening.kind,
    documentId: opening.documentId,
    title: opening.title,
    status: definition.initialStatus,
    outcome: null,
    assigneeAgencyId: opening.assigneeAgencyId,
    openedOn: at.date,
    closedOn: null,
    source: opening.source,
    settings,
    deadline: null,
    deadlineSeq: 0,
    breaches: 0,
    history: { total: 0, entries: [] },
    data,
  };
  const opened = record(state, { event: 'open', from: definition.initialStatus, to: definition.initialStatus, summary, ref: null, actor: null }, at);
  return finishTransition(opened, [notify(opened, definition.followers, 'caseOpened')], definition);
}

/** What this actor may do now, in the kind's order. */
export function allowedCaseActions(state: ControlCaseState, actor: CaseActor): string[] {
  const definition = caseDefinition(state.kind);
  return definition.actions.filter((action) => action.from.includes(state.status) && mayAct(state, action, actor)).map((action) => action.name);
}

/**
 * Applies a human action: unknown (422 `ACTION_UNKNOWN`), not now (409 `ACTION_NOT_ALLOWED` with
 * `allowedActions`), not this actor (403 `ACTION_FORBIDDEN`), bad payload (422). Pure.
 */
export function applyCaseAction(state: ControlCaseState, name: string, payload: unknown, actor: CaseActor, at: Moment): CaseTransition {
  const definition = caseDefinition(state.kind);
  const candidates = definition.actions.filter((action) => action.name === name);
  if (candidates.length === 0) {
    throw new DomainError('invalid', 'ACTION_UNKNOWN', `Unknown action ${JSON.stringify(name)} for a ${state.kind} case.`, {
      fieldErrors: [{ field: 'action', message: `must be one of ${[...new Set(definition.actions.map((action) => action.name))].join(', ')}` }],
    });
  }
  const action = candidates.find((candidate) => candidate.from.includes(state.status) && state.outcome === null);
  if (action === undefined) {
    throw new DomainError('invalid_state', 'ACTION_NOT_ALLOWED', `The action ${name} is not possible while the case is ${state.status}.`, {
      extensions: { state: state.status, action: name, allowedActions: allowedCaseActions(state, actor) },
    });
  }
  if (!mayAct(state, action, actor)) {
    throw new DomainError('forbidden', 'ACTION_FORBIDDEN', `You may not take the action ${name} on this case.`, {
      extensions: { action: name, allowedActions: allowedCaseActions(state, actor), roles: [...action.roles] },
    });
  }
  const step: CaseStep<Data> = action.apply({ state, payload, actor, at });
  const moved: ControlCaseState = {
    ...state,
    status: step.status,
    data: step.data,
    ...(step.outcome === undefined ? {} : { outcome: step.outcome, closedOn: at.date }),
  };
  const recorded = record(moved, { event: name, from: state.status, to: step.status, summary: step.summary, ref: step.ref ?? null, actor: historyActor(actor) }, at);
  const effects: CaseEffect[] = [...(step.effects ?? []), notify(recorded, definition.followers, name, step.ref ? { ref: step.ref } : {})];
  if (step.outcome !== undefined) effects.push({ kind: 'finish', outcome: step.outcome });
  return finishTransition(recorded, effects, definition);
}

/** The shell reports the due date it resolved; a stale id changes nothing. */
export function caseDeadlineResolved(state: ControlCaseState, deadlineId: string, dueDate: string): CaseTransition {
  if (!isCivilDate(dueDate)) throw new DomainError('invalid', 'DUE_DATE_INVALID', 'The due date must be a date in YYYY-MM-DD form.');
  if (state.deadline?.id !== deadlineId) return { state, effects: [] };
  return { state: { ...state, deadline: { ...state.deadline, dueDate } }, effects: [] };
}

export function onCaseReminder(state: ControlCaseState, deadlineId: string, at: Moment): CaseTransition {
  const deadline = state.deadline;
  if (deadline?.id !== deadlineId || deadline.status !== 'running') return { state, effects: [] };
  const next = { ...state, deadline: { ...deadline, remindersSent: deadline.remindersSent + 1 } };
  return { state: next, effects: [notify(next, caseDefinition(state.kind).followers, 'caseReminder', { label: deadline.label, dueDate: deadline.dueDate, date: at.date })] };
}

/** A time limit has passed: a breach and an escalation, never an automatic decision. */
export function onCaseDeadline(state: ControlCaseState, deadlineId: string, at: Moment): CaseTransition {
  const deadline = state.deadline;
  if (deadline?.id !== deadlineId || deadline.status !== 'running') return { state, effects: [] };
  if (deadline.dueDate !== null && at.date <= deadline.dueDate) return { state, effects: [] };
  const rule = caseDefinition(state.kind).deadlineOf(state);
  const breached = record(
    { ...state, deadline: { ...deadline, status: 'breached' }, breaches: state.breaches + 1 },
    { event: 'deadlineBreached', from: state.status, to: state.status, summary: `${deadline.label}: due ${deadline.dueDate ?? '?'}, not done`, ref: null, actor: null },
    at,
  );
  return {
    state: breached,
    effects: [
      { kind: 'recordBreach', id: deadline.id, label: deadline.label, dueDate: deadline.dueDate, detectedOn: at.date },
      notify(breached, rule?.escalateTo ?? [{ role: 'admin', ofAssignee: false }], 'caseEscalation', { label: deadline.label, dueDate: deadline.dueDate }),
    ],
  };
}

function mayAct(state: ControlCaseState, action: CaseActionDefinition<Data>, actor: CaseActor): boolean {
  if (actor.roles.includes('admin')) return true;
  if (!actor.roles.some((role) => action.roles.includes(role))) return false;
  return state.assigneeAgencyId === null || actor.agencyId === state.assigneeAgencyId;
}

function historyActor(actor: CaseActor): CaseHistoryEntry['actor'] {
  return { userId: actor.userId ?? null, roles: [...actor.roles], agencyId: actor.agencyId };
}

function record(state: ControlCaseState, entry: Omit<CaseHistoryEntry, 'seq' | 'at' | 'date'>, at: Moment): ControlCaseState {
  const full: CaseHistoryEntry = { seq: state.history.total + 1, at: at.instant, date: at.date, ...entry };
  return { ...state, history: { total: state.history.total + 1, entries: [...state.history.entries, full].slice(-HISTORY_KEPT) } };
}

function notify(state: ControlCaseState, audience: CaseKindDefinition['followers'], template: string, data: NotificationData = {}): CaseEffect {
  return { kind: 'notify', audience, template, data: { caseId: state.caseId, kind: state.kind, title: state.title, status: state.status, documentId: state.documentId, ...data } };
}

/**
 * Keeps the running time limit in step with the status: a new rule clears the old deadline and
 * sets a new one (ids are never reused, so a late timer cannot touch its successor); a finished
 * case runs none.
 */
function finishTransition(state: ControlCaseState, effects: CaseEffect[], definition: CaseKindDefinition): CaseTransition {
  const rule = state.outcome === null ? definition.deadlineOf(state) : null;
  const running = state.deadline;
  const same = running !== null && rule !== null && running.label === rule.label && JSON.stringify(running.rule) === JSON.stringify(rule.rule);
  if (same || (running === null && rule === null)) return { state, effects: ordered(effects) };
  const deadlineEffects: CaseEffect[] = running === null ? [] : [{ kind: 'clearDeadline', id: running.id }];
  let next: ControlCaseState = { ...state, deadline: null };
  if (rule !== null) {
    const id = `deadline-${state.deadlineSeq + 1}`;
    next = { ...next, deadlineSeq: state.deadlineSeq + 1, deadline: { id, label: rule.label, rule: rule.rule, dueDate: null, status: 'running', remindersSent: 0 } };
    const lead = state.settings.reminderLeadWorkingDays;
    deadlineEffects.push({ kind: 'setDeadline', id, label: rule.label, rule: rule.rule, remindWorkingDaysBefore: lead > 0 ? [lead] : [] });
  }
  return { state: next, effects: ordered([...deadlineEffects, ...effects]) };
}

/** Deadline changes first, `finish` last. */
function ordered(effects: CaseEffect[]): CaseEffect[] {
  return [...effects.filter((effect) => effect.kind !== 'finish'), ...effects.filter((effect) => effect.kind === 'finish')];
}

export type { ControlSettings };

import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { ActionSample } from './drafts-flow';
import { distribution, type Distribution } from './drafts-stats';

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** When the workflow task that took an action was scheduled, started and completed (epoch ms). */
export interface ActionTask {
  action: string;
  scheduledAt: number;
  startedAt: number;
  completedAt: number;
}

/** What one workflow's history says about where its time went. */
export interface HistoryFacts {
  activitiesByType: Record<string, number>;
  activityCount: number;
  /** Local activities (markers), per type: run inside a workflow task, never queued. */
  localActivitiesByType: Record<string, number>;
  localActivityCount: number;
  /**
   * Per local activity type: from the end of the previous local activity of the same workflow task
   * (or the task's start) to its own end. The draft runs one at a time, so this is its own time.
   */
  localActivityMs: Record<string, number[]>;
  /** The workflow task that accepted (and answered) each action's update, in history order. */
  actionTasks: ActionTask[];
  /** Scheduled → started of first attempts: waiting for a free activity slot on the worker (and the matching service). */
  activityQueueMs: number[];
  /** Activities that needed more than one attempt, per type (e.g. the pre-check waiting for intake). */
  retriedByType: Record<string, number>;
  /** Started → completed, per activity type. */
  activityRunMs: Record<string, number[]>;
  /** Scheduled → started of workflow tasks. */
  workflowTaskQueueMs: number[];
  /** Started → completed of workflow tasks (the workflow code on the worker, plus the round trip). */
  workflowTaskRunMs: number[];
  /** Update accepted → completed, per update (action) name: the action's work inside the workflow. */
  updateMs: Record<string, number[]>;
  timersFired: number;
  /** Workflow tasks not started or finished in time (a busy worker misses its sticky queue's 10 s): each sends the task back to the shared queue. */
  workflowTaskTimeouts: number;
  events: number;
}

const noFacts = (): HistoryFacts => ({
  activitiesByType: {},
  activityCount: 0,
  localActivitiesByType: {},
  localActivityCount: 0,
  localActivityMs: {},
  actionTasks: [],
  activityQueueMs: [],
  retriedByType: {},
  activityRunMs: {},
  workflowTaskQueueMs: [],
  workflowTaskRunMs: [],
  updateMs: {},
  timersFired: 0,
  workflowTaskTimeouts: 0,
  events: 0,
});

type Timestamp = { seconds?: number | string | { toString(): string } | null; nanos?: number | null } | null | undefined;

function ms(event: HistoryEvent): number {
  return timestampMs(event.eventTime);
}

function timestampMs(time: Timestamp): number {
  return time ? Number(time.seconds ?? 0) * 1000 + (time.nanos ?? 0) / 1e6 : 0;
}

/**
 * A local activity's marker: its type and when it completed, as the SDK core records it (JSON
 * metadata; the time is the task's start plus the time spent in the task), else null.
 */
function localActivityOf(event: HistoryEvent): { type: string; completedMs: number | null } | null {
  const attributes = event.markerRecordedEventAttributes;
  if (attributes?.markerName !== 'core_local_activity') return null;
  const data = attributes.details?.data?.payloads?.[0]?.data;
  try {
    const metadata = data ? (JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type?: string; complete_time?: Timestamp }) : {};
    return { type: metadata.activity_type ?? '?', completedMs: metadata.complete_time ? timestampMs(metadata.complete_time) : null };
  } catch {
    return { type: '?', completedMs: null };
  }
}

/** Activity counts and latencies read from one workflow's history (empty facts if it does not exist). */
export async function historyFacts(client: Client, workflowId: string): Promise<HistoryFacts> {
  const facts = noFacts();
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const byId = new Map<number, HistoryEvent>();
  let lastTaskCompleted: HistoryEvent | undefined;
  /** Where the next local activity's time starts: its task's start, or the end of the one before it. */
  let localFromMs = 0;
  for (const event of history.events ?? []) {
    facts.events++;
    const id = Number(event.eventId);
    byId.set(id, event);
    switch (event.eventType) {
      case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
        const type = event.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
        facts.activitiesByType[type] = (facts.activitiesByType[type] ?? 0) + 1;
        facts.activityCount++;
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED: {
        // The started event records the last attempt: after a retry its time includes the backoff.
        const scheduled = byId.get(Number(event.activityTaskStartedEventAttributes?.scheduledEventId));
        const type = scheduled?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
        if ((event.activityTaskStartedEventAttributes?.attempt ?? 1) > 1) facts.retriedByType[type] = (facts.retriedByType[type] ?? 0) + 1;
        else if (scheduled) facts.activityQueueMs.push(ms(event) - ms(scheduled));
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: {
        const attributes = event.activityTaskCompletedEventAttributes;
        const scheduled = byId.get(Number(attributes?.scheduledEventId));
        const started = byId.get(Number(attributes?.startedEventId));
        const type = scheduled?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
        if (started) (facts.activityRunMs[type] ??= []).push(ms(event) - ms(started));
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED: {
        const scheduled = byId.get(Number(event.workflowTaskStartedEventAttributes?.scheduledEventId));
        if (scheduled) facts.workflowTaskQueueMs.push(ms(event) - ms(scheduled));
        localFromMs = ms(event);
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED: {
        const started = byId.get(Number(event.workflowTaskCompletedEventAttributes?.startedEventId));
        if (started) facts.workflowTaskRunMs.push(ms(event) - ms(started));
        lastTaskCompleted = event;
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
        // Accepted by the workflow task whose completion it follows.
        const name = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? '?';
        const started = byId.get(Number(lastTaskCompleted?.workflowTaskCompletedEventAttributes?.startedEventId));
        const scheduled = byId.get(Number(started?.workflowTaskStartedEventAttributes?.scheduledEventId));
        if (lastTaskCompleted && started && scheduled) facts.actionTasks.push({ action: name, scheduledAt: ms(scheduled), startedAt: ms(started), completedAt: ms(lastTaskCompleted) });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED: {
        const accepted = byId.get(Number(event.workflowExecutionUpdateCompletedEventAttributes?.acceptedEventId));
        const name = accepted?.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? '?';
        if (accepted) (facts.updateMs[name] ??= []).push(ms(event) - ms(accepted));
        break;
      }
      case EventType.EVENT_TYPE_MARKER_RECORDED: {
        const local = localActivityOf(event);
        if (local === null) break;
        facts.localActivitiesByType[local.type] = (facts.localActivitiesByType[local.type] ?? 0) + 1;
        facts.localActivityCount++;
        if (local.completedMs !== null) {
          (facts.localActivityMs[local.type] ??= []).push(local.completedMs - localFromMs);
          localFromMs = local.completedMs;
        }
        break;
      }
      case EventType.EVENT_TYPE_TIMER_FIRED:
        facts.timersFired++;
        break;
      case EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT:
        facts.workflowTaskTimeouts++;
        break;
      default:
        break;
    }
  }
  return facts;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
}

function addSamples(into: Record<string, number[]>, from: Record<string, number[]>): void {
  for (const [key, samples] of Object.entries(from)) (into[key] ??= []).push(...samples);
}

/** A measure of each action's task, grouped by action. */
export function byAction(tasks: ActionTask[], measure: (task: ActionTask) => number): Record<string, number[]> {
  const grouped: Record<string, number[]> = {};
  for (const task of tasks) (grouped[task.action] ??= []).push(measure(task));
  return grouped;
}

/** The facts of many workflows, merged. */
export function mergeFacts(all: HistoryFacts[]): HistoryFacts {
  const merged = noFacts();
  for (const facts of all) {
    addCounts(merged.activitiesByType, facts.activitiesByType);
    merged.activityCount += facts.activityCount;
    addCounts(merged.localActivitiesByType, facts.localActivitiesByType);
    merged.localActivityCount += facts.localActivityCount;
    merged.activityQueueMs.push(...facts.activityQueueMs);
    addCounts(merged.retriedByType, facts.retriedByType);
    addSamples(merged.activityRunMs, facts.activityRunMs);
    addSamples(merged.localActivityMs, facts.localActivityMs);
    merged.actionTasks.push(...facts.actionTasks);
    merged.workflowTaskQueueMs.push(...facts.workflowTaskQueueMs);
    merged.workflowTaskRunMs.push(...facts.workflowTaskRunMs);
    addSamples(merged.updateMs, facts.updateMs);
    merged.timersFired += facts.timersFired;
    merged.workflowTaskTimeouts += facts.workflowTaskTimeouts;
    merged.events += facts.events;
  }
  return merged;
}

/** The merged facts as distributions, for the report. */
export function summarizeFacts(facts: HistoryFacts, workflows: number) {
  const perType = (samples: Record<string, number[]>) => Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, distribution(values)])) as Record<string, Distribution>;
  return {
    workflows,
    activities: facts.activityCount,
    activitiesByType: facts.activitiesByType,
    localActivities: facts.localActivityCount,
    localActivitiesByType: facts.localActivitiesByType,
    timersFired: facts.timersFired,
    historyEvents: facts.events,
    activityQueueMs: distribution(facts.activityQueueMs),
    retriedByType: facts.retriedByType,
    activityRunMs: perType(facts.activityRunMs),
    workflowTasks: facts.workflowTaskRunMs.length,
    workflowTaskQueueMs: distribution(facts.workflowTaskQueueMs),
    workflowTaskRunMs: distribution(facts.workflowTaskRunMs),
    workflowTaskTimeouts: facts.workflowTaskTimeouts,
    updateInsideWorkflowMs: perType(facts.updateMs),
    localActivityMs: perType(facts.localActivityMs),
    actionTaskQueueMs: perType(byAction(facts.actionTasks, (task) => task.startedAt - task.scheduledAt)),
    actionTaskRunMs: perType(byAction(facts.actionTasks, (task) => task.completedAt - task.startedAt)),
  };
}

/**
 * Where an action's time went, joining the client's samples with the tasks that took them (same
 * machine, same clock): before its workflow task was scheduled (the API, and the workflow's
 * previous task still running), waiting for a worker, running, and the way back to the client.
 */
export function actionPhases(samples: ActionSample[], tasksByDocument: Map<string, ActionTask[]>) {
  const phases = { beforeTaskMs: [] as number[], taskQueueMs: [] as number[], taskRunMs: [] as number[], answerMs: [] as number[] };
  const seen = new Map<string, number>();
  for (const sample of samples) {
    const key = `${sample.documentId}:${sample.action}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const task = (tasksByDocument.get(sample.documentId) ?? []).filter((candidate) => candidate.action === sample.action)[occurrence];
    if (!task || sample.status !== 200) continue;
    phases.beforeTaskMs.push(task.scheduledAt - sample.sentAt);
    phases.taskQueueMs.push(task.startedAt - task.scheduledAt);
    phases.taskRunMs.push(task.completedAt - task.startedAt);
    phases.answerMs.push(sample.sentAt + sample.ms - task.completedAt);
  }
  return { beforeTaskMs: distribution(phases.beforeTaskMs), taskQueueMs: distribution(phases.taskQueueMs), taskRunMs: distribution(phases.taskRunMs), answerMs: distribution(phases.answerMs) };
}

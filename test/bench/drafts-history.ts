import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { distribution, type Distribution } from './drafts-stats';

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** What one workflow's history says about where its time went. */
export interface HistoryFacts {
  activitiesByType: Record<string, number>;
  activityCount: number;
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

function ms(event: HistoryEvent): number {
  const time = event.eventTime;
  return time ? Number(time.seconds ?? 0) * 1000 + (time.nanos ?? 0) / 1e6 : 0;
}

/** Activity counts and latencies read from one workflow's history (empty facts if it does not exist). */
export async function historyFacts(client: Client, workflowId: string): Promise<HistoryFacts> {
  const facts: HistoryFacts = { activitiesByType: {}, activityCount: 0, activityQueueMs: [], retriedByType: {}, activityRunMs: {}, workflowTaskQueueMs: [], workflowTaskRunMs: [], updateMs: {}, timersFired: 0, workflowTaskTimeouts: 0, events: 0 };
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const byId = new Map<number, HistoryEvent>();
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
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED: {
        const started = byId.get(Number(event.workflowTaskCompletedEventAttributes?.startedEventId));
        if (started) facts.workflowTaskRunMs.push(ms(event) - ms(started));
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED: {
        const accepted = byId.get(Number(event.workflowExecutionUpdateCompletedEventAttributes?.acceptedEventId));
        const name = accepted?.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? '?';
        if (accepted) (facts.updateMs[name] ??= []).push(ms(event) - ms(accepted));
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

/** The facts of many workflows, merged. */
export function mergeFacts(all: HistoryFacts[]): HistoryFacts {
  const merged: HistoryFacts = { activitiesByType: {}, activityCount: 0, activityQueueMs: [], retriedByType: {}, activityRunMs: {}, workflowTaskQueueMs: [], workflowTaskRunMs: [], updateMs: {}, timersFired: 0, workflowTaskTimeouts: 0, events: 0 };
  for (const facts of all) {
    for (const [type, count] of Object.entries(facts.activitiesByType)) merged.activitiesByType[type] = (merged.activitiesByType[type] ?? 0) + count;
    merged.activityCount += facts.activityCount;
    merged.activityQueueMs.push(...facts.activityQueueMs);
    for (const [type, count] of Object.entries(facts.retriedByType)) merged.retriedByType[type] = (merged.retriedByType[type] ?? 0) + count;
    for (const [type, samples] of Object.entries(facts.activityRunMs)) (merged.activityRunMs[type] ??= []).push(...samples);
    merged.workflowTaskQueueMs.push(...facts.workflowTaskQueueMs);
    merged.workflowTaskRunMs.push(...facts.workflowTaskRunMs);
    for (const [name, samples] of Object.entries(facts.updateMs)) (merged.updateMs[name] ??= []).push(...samples);
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
  };
}

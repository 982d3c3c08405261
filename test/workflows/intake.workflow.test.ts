import { randomUUID } from 'node:crypto';
import { extractQueue, INTAKE_WORKFLOW, type IntakeActivities, type IntakeInput, type IntakeProgress } from '@legis/workflows/contracts';
import { Context } from '@temporalio/activity';
import { tsToMs } from '@temporalio/common/lib/time';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sharedStack } from '../support/shared-stack';
import { timeSkippingEnvironment, workflowBundle } from '../support/workflow-env';

/** The start-to-close timeout of indexing and the overlap check: what a silent attempt cost before they heartbeat. */
const START_TO_CLOSE_MS = 10 * 60_000;

describe('intake workflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const shared = sharedStack();

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });

  afterAll(async () => {
    await env?.teardown();
  });

  it('retries an index attempt that goes silent after the heartbeat timeout, not after start-to-close', async () => {
    // A first attempt that never answers nor heartbeats: what a worker sees of a task the server
    // recorded as started but never delivered (a Temporal server under load), or of a dead worker.
    let indexAttempts = 0;
    const versionId = randomUUID();
    const activities: IntakeActivities = {
      extractVersion: () => Promise.resolve({ outcome: 'extracted', pages: 1, chars: 1000, method: 'text' }),
      parseVersion: () => Promise.resolve({ outcome: 'parsed', documentId: randomUUID(), kind: 'draft', provisions: 3, relations: 0, warnings: 0 }),
      indexVersion: async () => {
        if (++indexAttempts === 1) await Context.current().sleep(START_TO_CLOSE_MS * 2);
        return { provisions: 3 };
      },
      checkDraftOverlaps: () => Promise.resolve({ units: 3, findings: 1, durationMs: 5 }),
    };
    const taskQueue = `test-${randomUUID()}`;
    const workerOptions = { connection: env.nativeConnection, shutdownGraceTime: 1000 };
    const main = await Worker.create({ ...workerOptions, taskQueue, workflowBundle: await workflowBundle(shared.dataDir), activities });
    const extract = await Worker.create({ ...workerOptions, taskQueue: extractQueue(taskQueue), activities: { extractVersion: () => activities.extractVersion({ versionId }) } });

    const workflowId = `intake-${versionId}`;
    const input: IntakeInput = { versionId, taskQueue };
    const result = await extract.runUntil(
      main.runUntil(env.client.workflow.execute<(input: IntakeInput) => Promise<IntakeProgress>>(INTAKE_WORKFLOW, { workflowId, taskQueue, args: [input] })),
    );

    expect(result).toMatchObject({ status: 'indexed', stage: 'done', provisions: 3, overlapFindings: 1 });
    expect(indexAttempts).toBe(2);
    const { events } = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const scheduled = events!.find((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'indexVersion')!;
    const started = events!.find((event) => event.activityTaskStartedEventAttributes?.scheduledEventId?.toString() === scheduled.eventId!.toString())!;
    expect(started.activityTaskStartedEventAttributes!.attempt).toBe(2);
    // The second attempt began once the first was 20 s silent (the test server's clock; it does not
    // record the attempt's failure in history), far from the 10 minutes of start-to-close.
    const waitedMs = tsToMs(started.eventTime) - tsToMs(scheduled.eventTime);
    expect(waitedMs).toBeGreaterThanOrEqual(20_000);
    expect(waitedMs).toBeLessThan(START_TO_CLOSE_MS / 10);
  });
});

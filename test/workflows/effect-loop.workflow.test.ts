import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { finishProbeUpdate, releaseBackgroundSignal, type effectLoopProbe } from './effect-loop-probe';
import { timeSkippingEnvironment } from '../support/workflow-env';

/**
 * The effect loop shared by drafts and control cases, on a probe workflow: a procedure that
 * finishes while work it started still runs in the background (a draft in force before its
 * publication child has returned) must wait for that work, not spin on a wake-up condition that is
 * already true (which never yields: the worker thread crashes and the workflow can never end).
 */
describe('effect loop (time-skipping)', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });

  afterAll(async () => env?.teardown());

  it('ends a finished run once its background work is done, without spinning meanwhile', async () => {
    const taskQueue = `effect-loop-${randomUUID()}`;
    const { code } = await bundleWorkflowCode({ workflowsPath: path.join(__dirname, 'effect-loop-probe.ts') });
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code } });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start<typeof effectLoopProbe>('effectLoopProbe', { workflowId: `probe-${randomUUID()}`, taskQueue });
      await handle.executeUpdate(finishProbeUpdate);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      await handle.signal(releaseBackgroundSignal);
      // The start and the finishing transition, each projected once.
      expect(await handle.result()).toBe(2);
      const failedTasks = (await handle.fetchHistory()).events?.filter((event) => event.workflowTaskFailedEventAttributes) ?? [];
      expect(failedTasks).toEqual([]);
    });
  });
});

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import type { BareCounts } from './drafts-bare-workflow';
import { pool, progress } from './drafts-stats';

export interface BareRun {
  workflows: number;
  activities: number;
  localActivities: number;
  completed: number;
  totalMs: number;
  bundleMs: number;
  maxConcurrentActivityTaskExecutions: number;
}

/**
 * The baseline: one workflow per draft, each running as many no-op activities as that draft's
 * workflow and publication child did (as activity tasks or local activities, as `counts` says), started `concurrency` at a time on the same Temporal server,
 * by a worker of this process on its own task queue with the activity slots of the real worker.
 */
export async function runBare(options: { address: string; namespace: string; client: Client; counts: BareCounts[]; concurrency: number; maxConcurrentActivityTaskExecutions: number }): Promise<BareRun> {
  const bundleStarted = performance.now();
  const bundle = await bundleWorkflowCode({ workflowsPath: path.join(__dirname, 'drafts-bare-workflow.ts'), logger: quietBundler });
  const bundleMs = performance.now() - bundleStarted;
  const taskQueue = `bench-bare-${randomUUID().slice(0, 8)}`;
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue,
    workflowBundle: bundle,
    activities: { benchNoop: () => Promise.resolve() },
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions,
  });
  const running = worker.run();
  try {
    const started = performance.now();
    let done = 0;
    const results = await pool(options.counts.length, options.concurrency, async (index) => {
      const result = await options.client.workflow.execute('benchBareDraft', { workflowId: `${taskQueue}-${index}`, taskQueue, args: [options.counts[index]] });
      if (++done % 50 === 0) progress(`bare: ${done}/${options.counts.length} workflows done`);
      return result;
    });
    const totalMs = performance.now() - started;
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed.length > 0) progress(`bare: ${failed.length} workflows failed, first: ${String(failed[0].reason)}`);
    return {
      workflows: options.counts.length,
      activities: options.counts.reduce((sum, count) => sum + count.activities, 0),
      localActivities: options.counts.reduce((sum, count) => sum + count.localActivities, 0),
      completed: results.length - failed.length,
      totalMs,
      bundleMs,
      maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions,
    };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
  }
}

const quietBundler = { trace: () => undefined, debug: () => undefined, info: () => undefined, log: () => undefined, warn: (message: string) => progress(`bundler: ${message}`), error: (message: string) => progress(`bundler: ${message}`) };

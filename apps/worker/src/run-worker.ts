import os from 'node:os';
import v8 from 'node:v8';
import { createDataSource } from '@legis/db';
import type { Logger } from '@legis/runtime';
import { bundleWorkflowCode, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { extractQueue } from '@legis/workflows/contracts';
import { buildActivityDependencies, createActivities, createExtractActivities } from './activities';
import { setUpEmail } from './mailer';
import { createWorkerMeiliClient } from './search/worker-meili-client';
import { startReconciler } from './start-reconciler';
import { withBackoff } from './retry';
import { temporalLogger } from './temporal-logger';
import type { WorkerConfig } from './worker.config';

/**
 * Runs the worker until SIGTERM/SIGINT. The workflow bundle is built once; if Temporal goes away the
 * worker reconnects with backoff instead of exiting. On a signal it stops polling and lets running
 * activities finish (up to WORKER_SHUTDOWN_GRACE_SECONDS) before closing its connections.
 */
export async function runWorker(config: WorkerConfig, logger: Logger): Promise<void> {
  Runtime.install({ logger: temporalLogger(logger.child({ component: 'temporal-sdk' })), shutdownSignals: [] });
  let stopping = false;
  let current: Worker[] = [];
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'worker.draining', signal }, 'draining: finishing running activities');
    for (const worker of current) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  const dataSource = createDataSource(config.database);
  await withBackoff('connecting to PostgreSQL', logger, () => dataSource.initialize(), () => stopping);
  const meili = createWorkerMeiliClient(config.search);
  const identity = `${process.pid}@${os.hostname()}`;
  const email = setUpEmail(dataSource, config.smtp, logger);
  const deps = {
    ...buildActivityDependencies(dataSource, meili, config.search, identity, { maxBytes: config.uploadMaxBytes }, { provinceName: config.provinceName, nationalDb: config.nationalDb }, { justiceAgencyCode: config.justiceAgencyCode, controlSettings: config.controlSettings }),
    notifications: email.notifications,
  };
  const workflowBundle = await bundleWorkflows(logger);
  const reconciler = startReconciler(dataSource, config.temporal, logger);

  while (!stopping) {
    const connection = await withBackoff(`connecting to Temporal at ${config.temporal.address}`, logger, () =>
      NativeConnection.connect({ address: config.temporal.address }), () => stopping);
    if (!connection) break;
    try {
      const shared = { connection, identity, namespace: config.temporal.namespace, shutdownGraceTime: config.shutdownGraceSeconds * 1000 };
      current = [
        await Worker.create({
          ...shared,
          taskQueue: config.temporal.taskQueue,
          workflowBundle,
          activities: createActivities(deps),
          maxConcurrentActivityTaskExecutions: config.maxConcurrentActivities,
          // Intake parses as a local activity, in a transaction: more at once than there are
          // connections would only hold parsed documents in memory while waiting for one.
          maxConcurrentLocalActivityExecutions: Math.min(config.maxConcurrentActivities, config.database.poolMax),
        }),
        await Worker.create({
          ...shared,
          taskQueue: extractQueue(config.temporal.taskQueue),
          activities: createExtractActivities(deps),
          maxConcurrentActivityTaskExecutions: config.extractConcurrency,
        }),
      ];
      logger.info({ event: 'worker.ready', taskQueue: config.temporal.taskQueue, namespace: config.temporal.namespace, heapLimitMiB: heapLimitMiB() }, 'worker polling');
      const runs = current.map((worker) => worker.run());
      try {
        await Promise.all(runs);
      } finally {
        // If one worker fails, stop its sibling before the shared connection closes.
        for (const worker of current) if (worker.getState() === 'RUNNING') worker.shutdown();
        await Promise.allSettled(runs);
      }
    } catch (error) {
      if (!stopping) logger.error({ err: error }, 'worker stopped unexpectedly; reconnecting');
    } finally {
      current = [];
      await connection.close().catch(() => undefined);
    }
  }
  await reconciler.stop();
  await email.mailer?.stop();
  if (dataSource.isInitialized) await dataSource.destroy();
  logger.info({ event: 'worker.stopped' }, 'worker stopped');
}

/** What the worker was started with (WORKER_HEAP_MB through `--max-old-space-size`): shown at start, since the starter sets it. */
function heapLimitMiB(): number {
  return Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
}

async function bundleWorkflows(logger: Logger): Promise<WorkflowBundleWithSourceMap> {
  const started = Date.now();
  const bundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('@legis/workflows'),
    logger: temporalLogger(logger.child({ component: 'bundler' })),
  });
  logger.info({ ms: Date.now() - started, bytes: bundle.code.length }, 'workflow bundle built');
  return bundle;
}

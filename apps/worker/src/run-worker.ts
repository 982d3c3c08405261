import os from 'node:os';
import { createDataSource } from '@legis/db';
import type { Logger } from '@legis/runtime';
import { createMeiliClient } from '@legis/search';
import { bundleWorkflowCode, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { buildActivityDependencies, createActivities } from './activities';
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
  let current: Worker | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'worker.draining', signal }, 'draining: finishing running activities');
    if (current?.getState() === 'RUNNING') current.shutdown();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  const dataSource = createDataSource(config.database);
  await withBackoff('connecting to PostgreSQL', logger, () => dataSource.initialize(), () => stopping);
  const meili = createMeiliClient(config.search);
  const identity = `${process.pid}@${os.hostname()}`;
  const activities = createActivities(buildActivityDependencies(dataSource, meili, config.search, identity));
  const workflowBundle = await bundleWorkflows(logger);

  while (!stopping) {
    const connection = await withBackoff(`connecting to Temporal at ${config.temporal.address}`, logger, () =>
      NativeConnection.connect({ address: config.temporal.address }), () => stopping);
    if (!connection) break;
    try {
      current = await Worker.create({
        connection,
        identity,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
        workflowBundle,
        activities,
        maxConcurrentActivityTaskExecutions: config.maxConcurrentActivities,
        shutdownGraceTime: `${config.shutdownGraceSeconds} seconds`,
      });
      logger.info({ event: 'worker.ready', taskQueue: config.temporal.taskQueue, namespace: config.temporal.namespace }, 'worker polling');
      await current.run();
    } catch (error) {
      if (!stopping) logger.error({ err: error }, 'worker stopped unexpectedly; reconnecting');
    } finally {
      current = undefined;
      await connection.close().catch(() => undefined);
    }
  }
  if (dataSource.isInitialized) await dataSource.destroy();
  logger.info({ event: 'worker.stopped' }, 'worker stopped');
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

import type { Logger } from '@legis/runtime';
import { createLazyTemporalClient, type TemporalConfig } from '@legis/temporal';
import { INTAKE_WORKFLOW, intakeWorkflowId } from '@legis/workflows/contracts';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource } from 'typeorm';

/** A version still `received` this long after its last change probably has no intake workflow. */
const STALE_AFTER_SECONDS = 30;
const BATCH = 100;

/**
 * Starts intake for uploads whose workflow never started: the API crashed between storing the file
 * and starting the workflow, or Temporal was down at the time. Starting is idempotent (the workflow
 * id is derived from the version), so a version that is merely queued is left as it is.
 */
export function startIntakeReconciler(dataSource: DataSource, temporal: TemporalConfig, logger: Logger, intervalMs = 30_000): { stop: () => Promise<void> } {
  const client = createLazyTemporalClient(temporal);
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const stale: { id: string }[] = await dataSource.query(
      `SELECT id FROM document_versions WHERE status = 'received' AND updated_at < now() - make_interval(secs => $1) ORDER BY updated_at LIMIT $2`,
      [STALE_AFTER_SECONDS, BATCH],
    );
    let started = 0;
    for (const { id } of stale) {
      try {
        await client.workflow.start(INTAKE_WORKFLOW, { workflowId: intakeWorkflowId(id), taskQueue: temporal.taskQueue, args: [{ versionId: id, taskQueue: temporal.taskQueue }] });
        started++;
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    if (started > 0) logger.info({ event: 'intake.reconciled', started }, `started intake for ${started} waiting upload(s)`);
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => logger.warn({ err: error }, 'intake reconciler pass failed; will retry'));
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await client.connection.close().catch(() => undefined);
    },
  };
}

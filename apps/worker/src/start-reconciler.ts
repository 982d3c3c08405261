import { DraftProcedureRepository } from '@legis/db';
import type { Logger } from '@legis/runtime';
import { createLazyTemporalClient, type TemporalConfig } from '@legis/temporal';
import { DRAFT_WORKFLOW, INTAKE_WORKFLOW, intakeWorkflowId } from '@legis/workflows/contracts';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource } from 'typeorm';

/** A record still waiting this long after its last change probably has no workflow. */
const STALE_AFTER_SECONDS = 30;
const BATCH = 100;

interface PendingStart {
  workflowType: string;
  workflowId: string;
  args: unknown[];
  what: string;
  /** A retried intake reuses its id once the earlier run has closed; a draft procedure starts once only. */
  reuse: 'ALLOW_DUPLICATE' | 'REJECT_DUPLICATE';
}

/** Uploads still `received`: their intake never started. */
async function pendingIntakes(dataSource: DataSource, taskQueue: string): Promise<PendingStart[]> {
  const stale: { id: string }[] = await dataSource.query(
    `SELECT id FROM document_versions WHERE status = 'received' AND updated_at < now() - make_interval(secs => $1) ORDER BY updated_at LIMIT $2`,
    [STALE_AFTER_SECONDS, BATCH],
  );
  return stale.map(({ id }) => ({ workflowType: INTAKE_WORKFLOW, workflowId: intakeWorkflowId(id), args: [{ versionId: id, taskQueue }], what: 'intake', reuse: 'ALLOW_DUPLICATE' as const }));
}

/** Drafts created whose procedure workflow has never reported. */
async function pendingDrafts(drafts: DraftProcedureRepository): Promise<PendingStart[]> {
  const stale = await drafts.pendingStarts(STALE_AFTER_SECONDS, BATCH);
  return stale.map((row) => ({ workflowType: DRAFT_WORKFLOW, workflowId: row.workflowId, args: [row.startInput], what: 'draft procedure', reuse: 'REJECT_DUPLICATE' as const }));
}

/**
 * Starts the workflows the API stored work for but could not start: it crashed between storing
 * and starting, or Temporal was down at the time. Ids are derived from the record and duplicates
 * are rejected, so a workflow that is merely slow to report is left as it is.
 */
export function startReconciler(dataSource: DataSource, temporal: TemporalConfig, logger: Logger, intervalMs = 30_000): { stop: () => Promise<void> } {
  const client = createLazyTemporalClient(temporal);
  const drafts = new DraftProcedureRepository(dataSource);
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const pending = [...(await pendingIntakes(dataSource, temporal.taskQueue)), ...(await pendingDrafts(drafts))];
    const started = new Map<string, number>();
    for (const start of pending) {
      try {
        await client.workflow.start(start.workflowType, { workflowId: start.workflowId, taskQueue: temporal.taskQueue, args: start.args, workflowIdReusePolicy: start.reuse });
        started.set(start.what, (started.get(start.what) ?? 0) + 1);
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    for (const [what, count] of started) logger.info({ event: 'workflows.reconciled', what, started: count }, `started ${count} waiting ${what} workflow(s)`);
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => logger.warn({ err: error }, 'start reconciler pass failed; will retry'));
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await client.connection.close().catch(() => undefined);
    },
  };
}

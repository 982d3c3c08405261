import { setTimeout as sleep } from 'node:timers/promises';
import { assertTaskSucceeded, indexUid } from '@legis/search';
import type { SystemCheckActivities, SystemCheckResult } from '@legis/workflows/contracts';
import { Context } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';

const INDEX = 'system_checks';

export function createSystemCheckActivities(deps: ActivityDependencies): SystemCheckActivities {
  return {
    async runSystemCheck({ checkId, holdMs }): Promise<SystemCheckResult> {
      const context = Context.current();
      const row = await deps.systemChecks.recordAttempt(checkId, deps.workerIdentity);
      if (holdMs > 0 && context.info.attempt === 1) await holdWithHeartbeats(context, holdMs);

      const index = indexUid(deps.search, INDEX);
      // Meilisearch document ids allow only [A-Za-z0-9_-].
      const documentId = checkId.replace(/[^A-Za-z0-9_-]/g, '_');
      assertTaskSucceeded(
        await deps.meili.index(index).addDocuments([{ id: documentId, checkId, writtenAt: new Date().toISOString() }], { primaryKey: 'id' }).waitTask({ timeout: 30_000 }),
      );
      const stored = await deps.meili.index(index).getDocument<{ checkId: string }>(documentId);

      await deps.dataSource.transaction(async (manager) => {
        await deps.audit.record(manager, {
          actorType: 'workflow',
          action: 'systemCheck.completed',
          entityType: 'systemCheck',
          entityId: checkId,
          after: { attempts: row.attempts },
          workflowId: context.info.workflowExecution?.workflowId ?? checkId,
          idempotencyKey: `${checkId}:completed`,
        });
      });
      await deps.systemChecks.markCompleted(checkId);
      return {
        checkId,
        postgres: { ok: true, rows: await deps.systemChecks.count(checkId), attempts: row.attempts },
        meilisearch: { ok: stored.checkId === checkId, index, documentId },
        workerIdentity: deps.workerIdentity,
        completedAt: new Date().toISOString(),
      };
    },
  };
}

async function holdWithHeartbeats(context: Context, holdMs: number): Promise<void> {
  const until = Date.now() + holdMs;
  while (Date.now() < until) {
    context.heartbeat({ holdingUntil: until });
    await sleep(Math.min(500, until - Date.now()));
  }
}

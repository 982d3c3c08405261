/** `systemCheck`: proves API → Temporal → worker → PostgreSQL and Meilisearch work end to end. */
export const SYSTEM_CHECK_WORKFLOW = 'systemCheck';

export const systemCheckWorkflowId = (checkId: string) => `system-check-${checkId}`;

export interface SystemCheckInput {
  /**
   * Keeps the first activity attempt busy (heartbeating) for this long after it has written its row,
   * so a test can kill the worker mid-activity. Zero in normal use.
   */
  holdMs?: number;
}

export interface SystemCheckResult {
  checkId: string;
  postgres: { ok: boolean; rows: number; attempts: number };
  meilisearch: { ok: boolean; index: string; documentId: string };
  workerIdentity: string;
  completedAt: string;
}

export interface SystemCheckActivities {
  runSystemCheck(input: { checkId: string; holdMs: number }): Promise<SystemCheckResult>;
}

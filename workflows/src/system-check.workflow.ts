import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { SystemCheckActivities, SystemCheckInput, SystemCheckResult } from './contracts';

const { runSystemCheck } = proxyActivities<SystemCheckActivities>({
  startToCloseTimeout: '2 minutes',
  // A worker that dies mid-activity is noticed within seconds, and the attempt moves to another worker.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 20 },
});

export async function systemCheck(input: SystemCheckInput): Promise<SystemCheckResult> {
  return runSystemCheck({ checkId: workflowInfo().workflowId, holdMs: input.holdMs ?? 0 });
}

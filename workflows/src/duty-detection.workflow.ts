import { proxyActivities } from '@temporalio/workflow';
import type { DutyActivities, DutyDetectionInput, DutyDetectionOutcome } from './contracts';

const { detectDuties } = proxyActivities<DutyActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 10 },
});

/** Detailed-regulation duties of a document already loaded (`POST /api/v1/duties/detect`). */
export async function dutyDetection(input: DutyDetectionInput): Promise<DutyDetectionOutcome> {
  return detectDuties(input);
}

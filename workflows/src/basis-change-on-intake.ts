import { proxyActivities } from '@temporalio/workflow';
import type { BasisChangeIntakeActivities } from './contracts';

/**
 * Intake's step for an issued document that changes others (REFERENCE §4.10): it starts the review
 * of what rests on them, which waits for the effective day by itself, so intake ends at once.
 */
export const { reviewBasisChangeOnIntake } = proxyActivities<BasisChangeIntakeActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

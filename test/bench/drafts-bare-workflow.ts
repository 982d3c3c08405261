import { proxyActivities } from '@temporalio/workflow';

/** Bench-only workflow code, bundled by test/bench/drafts-bare.ts: never part of the product. */
const { benchNoop } = proxyActivities<{ benchNoop(): Promise<void> }>({ startToCloseTimeout: '1 minute', retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' } });

/** The baseline of the drafts benchmark: as many activities as a draft runs, one after the other, doing nothing. */
export async function benchBareDraft(activities: number): Promise<number> {
  for (let i = 0; i < activities; i++) await benchNoop();
  return activities;
}

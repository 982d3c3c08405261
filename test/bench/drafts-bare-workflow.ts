import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';

/** Bench-only workflow code, bundled by test/bench/drafts-bare.ts: never part of the product. */
const options = { startToCloseTimeout: '1 minute', retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' } } as const;
const regular = proxyActivities<{ benchNoop(): Promise<void> }>(options);
const local = proxyLocalActivities<{ benchNoop(): Promise<void> }>(options);

/** How many no-op activities a bare workflow runs: as activity tasks, then as local activities. */
export interface BareCounts {
  activities: number;
  localActivities: number;
}

/** The baseline of the drafts benchmark: as many activities as a draft runs, one after the other, doing nothing. */
export async function benchBareDraft(counts: BareCounts): Promise<number> {
  for (let i = 0; i < counts.activities; i++) await regular.benchNoop();
  for (let i = 0; i < counts.localActivities; i++) await local.benchNoop();
  return counts.activities + counts.localActivities;
}

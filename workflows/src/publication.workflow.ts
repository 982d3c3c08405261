import { condition, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { DeadlineActivities, PublicationActivities, PublicationInput, PublicationResult } from './contracts';

const { publishToGazette, publishToNationalDb } = proxyActivities<PublicationActivities>({
  startToCloseTimeout: '5 minutes',
  // The receiver being down is retried for about a day; a refusal is an outcome, not a failure.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', maximumAttempts: 60 },
});
const { resolveDueDate, recordBreach } = proxyActivities<DeadlineActivities>({ startToCloseTimeout: '1 minute' });

/**
 * Publishes an issued document: first the provincial e-Gazette (within 3 days of issue, Law 64
 * Art. 9), then the National Legal Database (within 2 working days, Decree 52/2015; the record
 * carries the gazette reference). A missed limit is recorded as a breach; it does not stop anything.
 */
export async function publication(input: PublicationInput): Promise<PublicationResult> {
  const { workflowId } = workflowInfo();
  const gazetteDue = await resolveDueDate({ days: 3, unit: 'calendar', from: input.issuedDate });
  const databaseDue = await resolveDueDate({ days: 2, unit: 'working', from: input.issuedDate });

  const gazette = await publishToGazette({ documentId: input.documentId });
  const nationalDbPromise = publishToNationalDb({ documentId: input.documentId });
  let nationalDbDone = false;
  void nationalDbPromise.finally(() => (nationalDbDone = true));
  const late = !(await condition(() => nationalDbDone, msUntil(databaseDue.dueAt)));
  if (late) {
    await recordBreach({ workflowId, deadlineId: 'national-db', documentId: input.documentId, agencyId: null, step: 'publication.nationalDb', dueDate: databaseDue.dueDate });
  }
  const nationalDb = await nationalDbPromise;
  if (gazette.outcome !== 'published' || Date.parse(gazetteDue.dueAt) < Date.now()) {
    await recordBreach({ workflowId, deadlineId: 'gazette', documentId: input.documentId, agencyId: null, step: 'publication.gazette', dueDate: gazetteDue.dueDate });
  }
  return { gazette, nationalDb };
}

/** Milliseconds from now (workflow time) until an instant, at least 0. */
function msUntil(instant: string): number {
  return Math.max(0, Date.parse(instant) - Date.now());
}

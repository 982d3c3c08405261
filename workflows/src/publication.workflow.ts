import { vietnamDateOf } from '@legis/domain/calendar';
import { condition, getExternalWorkflowHandle, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  publicationRecordedSignal,
  retryNationalDbSignal,
  type ChannelOutcome,
  type ChannelRecorded,
  type PublicationActivities,
  type PublicationInput,
  type PublicationResult,
} from './contracts';

const { publishToGazette, publishToNationalDb } = proxyActivities<PublicationActivities>({
  startToCloseTimeout: '5 minutes',
  // The activities heartbeat: a worker that dies mid-push is noticed in seconds, not after 5 minutes.
  heartbeatTimeout: '20 seconds',
  // The receiver being down is retried for about a day; a refusal is an outcome, not a failure.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', maximumAttempts: 60 },
});

/**
 * Publishes an issued document: the provincial e-Gazette first, then the National Legal Database
 * (its record carries the gazette reference). A refused or unconfigured push leaves an admin task
 * and waits for `retryNationalDb`. The draft workflow that started it hears of each channel as
 * soon as it is done; its rulebook holds the time limits (3 days, 2 working days) and records any
 * breach.
 */
export async function publication(input: PublicationInput): Promise<PublicationResult> {
  let retryRequested = false;
  setHandler(retryNationalDbSignal, () => void (retryRequested = true));

  const today = vietnamDateOf(Date.now());
  const gazette = await publishToGazette({ documentId: input.documentId, publishedOn: input.issuedDate > today ? input.issuedDate : today });
  await reportToParent('gazette', gazette);

  let nationalDb = await publishToNationalDb({ documentId: input.documentId });
  while (nationalDb.outcome !== 'published') {
    await condition(() => retryRequested);
    retryRequested = false;
    nationalDb = await publishToNationalDb({ documentId: input.documentId });
  }
  await reportToParent('nationalDatabase', nationalDb);
  return { gazette, nationalDb };
}

async function reportToParent(channel: ChannelRecorded['channel'], outcome: ChannelOutcome): Promise<void> {
  const parent = workflowInfo().parent;
  if (!parent || outcome.outcome !== 'published') return;
  await getExternalWorkflowHandle(parent.workflowId).signal(publicationRecordedSignal, { channel, reference: outcome.externalId, url: outcome.url });
}

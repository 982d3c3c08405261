import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  SYSTEMATISATION_BATCH_SIZE,
  SYSTEMATISATION_STEPS_PER_RUN,
  systematisationCloseSignal,
  systematisationResultsSignal,
  systematisationStatusQuery,
  type SystematisationActivities,
  type SystematisationInput,
  type SystematisationOutcome,
  type SystematisationStatus,
} from './contracts';

const activities = proxyActivities<SystematisationActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Progress is re-read at least this often, in case a results signal was lost (e.g. Temporal was down). */
const PROGRESS_RECHECK = '1 hour';

/**
 * A systematisation campaign (REFERENCE §4.12), id `systematisation-<campaignId>`: gathers the
 * documents in scope page by page, assigns them to the agencies that review them, waits until every
 * result is in (or an administrator closes it), then classifies them into the lists. Documents stay
 * in PostgreSQL; the state holds counts and a cursor, and the workflow continues as new every
 * `SYSTEMATISATION_STEPS_PER_RUN` activities, so 20,000 documents make no large history.
 */
export async function systematisation(input: SystematisationInput): Promise<SystematisationOutcome> {
  const state: SystematisationStatus =
    'carried' in input
      ? { ...input.carried, runs: input.carried.runs + 1 }
      : { campaignId: input.campaignId, phase: 'COLLECTING', cursor: null, gathered: 0, total: 0, answered: 0, agencies: [], closeRequest: null, listCounts: null, runs: 1 };
  const campaignId = state.campaignId;
  // A new run re-reads progress once: a signal may have come while the previous run was ending.
  let nudged = true;
  setHandler(systematisationStatusQuery, () => state);
  setHandler(systematisationResultsSignal, () => {
    nudged = true;
  });
  setHandler(systematisationCloseSignal, (request) => {
    state.closeRequest ??= request;
  });
  let steps = 0;
  const runIsFull = () => ++steps >= SYSTEMATISATION_STEPS_PER_RUN || workflowInfo().continueAsNewSuggested;
  const carryOn = () => continueAsNew<typeof systematisation>({ carried: state });

  if (state.phase === 'COLLECTING') {
    for (;;) {
      const batch = await activities.gatherSystematisationBatch({ campaignId, afterId: state.cursor, limit: SYSTEMATISATION_BATCH_SIZE });
      state.cursor = batch.lastId;
      state.gathered += batch.count;
      if (batch.count < SYSTEMATISATION_BATCH_SIZE) break;
      if (runIsFull()) return carryOn();
    }
    const dispatched = await activities.dispatchSystematisation({ campaignId });
    Object.assign(state, { phase: 'REVIEWING', cursor: null, total: dispatched.total, agencies: dispatched.agencies });
  }

  if (state.phase === 'REVIEWING') {
    while (state.answered < state.total && state.closeRequest === null) {
      await condition(() => nudged || state.closeRequest !== null, PROGRESS_RECHECK);
      nudged = false;
      const progress = await activities.systematisationProgress({ campaignId });
      Object.assign(state, progress);
      if (runIsFull()) return carryOn();
    }
    await activities.beginSystematisationClassification({ campaignId, close: state.answered < state.total ? state.closeRequest : null });
    state.phase = 'CLASSIFYING';
  }

  if (state.phase === 'CLASSIFYING') {
    for (;;) {
      const batch = await activities.classifySystematisationBatch({ campaignId, afterId: state.cursor, limit: SYSTEMATISATION_BATCH_SIZE });
      state.cursor = batch.lastId;
      if (batch.count < SYSTEMATISATION_BATCH_SIZE) break;
      if (runIsFull()) return carryOn();
    }
    const completed = await activities.completeSystematisation({ campaignId });
    Object.assign(state, { phase: 'COMPLETED', cursor: null, listCounts: completed.listCounts });
  }

  return { campaignId, total: state.total, answered: state.answered, closedEarly: state.answered < state.total, listCounts: state.listCounts ?? {}, runs: state.runs };
}

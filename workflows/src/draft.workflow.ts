import { ACTION_NAMES, startDraft } from '@legis/domain/procedures';
import { continueAsNew, setHandler } from '@temporalio/workflow';
import {
  draftActionUpdate,
  draftActionRefusalQuery,
  draftAllowedActionsQuery,
  draftHistoryQuery,
  draftViewQuery,
  publicationRecordedSignal,
  type DraftActionRequest,
  type DraftWorkflowInput,
  type DraftWorkflowResult,
} from './contracts';
import { refusalsAsFailures } from './shell/domain-failure';
import { DraftShell } from './draft/draft-shell';
import { ProcedureClock } from './shell/procedure-clock';

/**
 * The drafting procedure of one document (`draft-<documentId>`), from the proposal to entry into
 * force (REFERENCE §4). Every human action is an update named as the action; the procedure itself
 * is the pure state machine of `@legis/domain/procedures`. Long procedures continue as new with
 * their state and timers.
 */
export async function draft(input: DraftWorkflowInput): Promise<DraftWorkflowResult> {
  const shell = 'carried' in input ? new DraftShell(input.carried) : startShell(input);

  setHandler(draftViewQuery, () => shell.view());
  setHandler(draftHistoryQuery, () => shell.history());
  setHandler(draftAllowedActionsQuery, (actor) => shell.allowedActions(actor));
  setHandler(draftActionRefusalQuery, (name, actor) => shell.actionRefusal(name, actor));
  setHandler(publicationRecordedSignal, (record) => shell.published(record));
  for (const name of ACTION_NAMES) {
    setHandler(draftActionUpdate(name), (request: DraftActionRequest) => shell.act(name, request), { validator: (request: DraftActionRequest) => shell.check(name, request) });
  }

  const carried = await shell.run();
  if (carried !== null) return continueAsNew<typeof draft>({ carried, taskQueue: input.taskQueue });
  return shell.outcome();
}

/** A new procedure: the proposal is registered at the workflow's start (the API has validated the input). */
function startShell(input: Extract<DraftWorkflowInput, { start: unknown }>): DraftShell {
  const transition = refusalsAsFailures(() => startDraft(input.start, new ProcedureClock(input.clock).now(), input.settings));
  return new DraftShell({ procedure: transition.state, armed: [], entryIntoForceAt: null, effectSeq: 0, revision: 0, clock: input.clock }, transition.effects);
}

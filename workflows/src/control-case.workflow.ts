import { openCase, type ControlSettings } from '@legis/domain/control';
import { condition, continueAsNew, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import { caseActionUpdate, caseViewQuery, type CaseActionRequest, type ControlActivities, type ControlCaseInput } from './contracts';
import { CaseShell } from './control/case-shell';
import { refusalsAsFailures } from './shell/domain-failure';
import { ProcedureClock } from './shell/procedure-clock';

const { loadControlSettings } = proxyActivities<ControlActivities>({ startToCloseTimeout: '1 minute' });

type Opening = Extract<ControlCaseInput, { opening: unknown }>;

/**
 * One case of control of issued documents (REFERENCE §4.7–§5), id = case id
 * (`self-inspection-<documentId>`, `handling-…`). Actions arrive through the `act` update.
 */
export async function controlCase(input: ControlCaseInput): Promise<{ outcome: string; status: string }> {
  let shell = 'carried' in input ? new CaseShell(input.carried) : input.settings === null ? null : openShell(input, input.settings);
  // A case opened without settings loads them first. Its handlers are set before that, so an action
  // sent as it opens waits for the case instead of being refused; cases opened before this replay
  // with the handlers set after the load.
  const handlersFirst = shell === null && patched('case-handlers-before-settings');
  if (handlersFirst) setHandlers(() => shell);
  shell ??= openShell(input as Opening, await loadControlSettings());
  if (!handlersFirst) setHandlers(() => shell);
  const carried = await shell.run();
  if (carried !== null) return continueAsNew<typeof controlCase>({ carried });
  return shell.outcome();
}

function openShell(input: Opening, settings: ControlSettings): CaseShell {
  const transition = refusalsAsFailures(() => openCase(input.opening, new ProcedureClock(input.clock).now(), settings));
  return new CaseShell({ state: transition.state, armed: [], effectSeq: 0, revision: 0, clock: input.clock }, transition.effects);
}

/** The view and the `act` update of the case `current()` returns once it is open (null until then). */
function setHandlers(current: () => CaseShell | null): void {
  setHandler(caseViewQuery, () => {
    const shell = current();
    if (!shell) throw new Error('The case is opening: its settings are being loaded.');
    return shell.view();
  });
  setHandler(
    caseActionUpdate,
    (name: string, request: CaseActionRequest) => {
      const shell = current();
      // Checked by `act` once the case is open (the validator lets it through until then).
      return shell ? shell.act(name, request) : condition(() => current() !== null).then(() => current()!.act(name, request));
    },
    { validator: (name: string, request: CaseActionRequest) => current()?.check(name, request) },
  );
}

import { openCase } from '@legis/domain/control';
import { continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import { caseActionUpdate, caseViewQuery, type CaseActionRequest, type ControlActivities, type ControlCaseInput } from './contracts';
import { CaseShell } from './control/case-shell';
import { refusalsAsFailures } from './shell/domain-failure';
import { ProcedureClock } from './shell/procedure-clock';

const { loadControlSettings } = proxyActivities<ControlActivities>({ startToCloseTimeout: '1 minute' });

/**
 * One case of control of issued documents (REFERENCE §4.7–§5), id = case id
 * (`self-inspection-<documentId>`, `handling-…`). Actions arrive through the `act` update.
 */
export async function controlCase(input: ControlCaseInput): Promise<{ outcome: string; status: string }> {
  const shell = 'carried' in input ? new CaseShell(input.carried) : await startShell(input);
  setHandler(caseViewQuery, () => shell.view());
  setHandler(caseActionUpdate, (name: string, request: CaseActionRequest) => shell.act(name, request), {
    validator: (name: string, request: CaseActionRequest) => shell.check(name, request),
  });
  const carried = await shell.run();
  if (carried !== null) return continueAsNew<typeof controlCase>({ carried });
  return shell.outcome();
}

async function startShell(input: Extract<ControlCaseInput, { opening: unknown }>): Promise<CaseShell> {
  const settings = input.settings ?? (await loadControlSettings());
  const transition = refusalsAsFailures(() => openCase(input.opening, new ProcedureClock(input.clock).now(), settings));
  return new CaseShell({ state: transition.state, armed: [], effectSeq: 0, revision: 0, clock: input.clock }, transition.effects);
}

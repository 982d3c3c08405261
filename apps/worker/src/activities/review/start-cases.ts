import { CONTROL_CASE_WORKFLOW, type ControlCaseInput } from '@legis/workflows/contracts';
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

/** Starts in flight at once: enough to keep the Temporal frontend busy without flooding it. */
const IN_FLIGHT = 32;

/**
 * Starts one case workflow per input through the worker's client, with the case id as workflow id;
 * a case that exists (open or closed) is left as it is, so a retried activity or a repeated change
 * opens nothing twice.
 */
export async function startCases(inputs: readonly Extract<ControlCaseInput, { opening: unknown }>[]): Promise<{ opened: number; alreadyOpen: number }> {
  const context = Context.current();
  const taskQueue = context.info.taskQueue;
  let next = 0;
  let opened = 0;
  let alreadyOpen = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const input = inputs[next++];
      try {
        await context.client.workflow.start(CONTROL_CASE_WORKFLOW, { workflowId: input.opening.caseId, taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
        opened++;
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        alreadyOpen++;
      }
      context.heartbeat({ done: opened + alreadyOpen });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, inputs.length) }, lane));
  return { opened, alreadyOpen };
}

import { createHash } from 'node:crypto';
import { DomainError, domainErrorFromDetails, type ActionName, type ProcedureActor } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { callTemporal } from '@legis/temporal';
import {
  DRAFT_WORKFLOW,
  draftActionRefusalQuery,
  draftActionUpdate,
  draftViewQuery,
  draftWorkflowId,
  type DraftActionRequest,
  type DraftActionResult,
  type DraftView,
  type DraftWorkflowInput,
} from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { LOGGER } from '../common/infrastructure/tokens';

/** How long a read waits for the live workflow before answering from the read model. */
const LIVE_READ_TIMEOUT_MS = 2000;

/** The draft workflows as the API sees them: start, read, act. */
@Injectable()
export class DraftEngine {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Starts the procedure. When Temporal is unreachable the draft stays pending and the worker's
   * reconciler starts it from the stored input: a proposal is never lost.
   */
  async start(documentId: string, input: DraftWorkflowInput): Promise<void> {
    try {
      await callTemporal('Starting the draft procedure', () =>
        this.temporal.workflow.start(DRAFT_WORKFLOW, { workflowId: draftWorkflowId(documentId), taskQueue: input.taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' }),
      );
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'unavailable') {
        this.logger.warn({ documentId }, 'Temporal unreachable; the draft procedure will be started by the reconciler');
        return;
      }
      throw error;
    }
  }

  /** The live state, or null when the workflow engine does not answer in time. */
  async view(documentId: string): Promise<DraftView | null> {
    const handle = this.temporal.workflow.getHandle(draftWorkflowId(documentId));
    return this.temporal.connection.withDeadline(Date.now() + LIVE_READ_TIMEOUT_MS, () => handle.query(draftViewQuery)).catch(() => null);
  }

  /** Refuses (409/403) an action the actor cannot take now, before anything is stored for it. */
  async assertPossible(documentId: string, action: ActionName, actor: ProcedureActor): Promise<void> {
    const refusal = await callTemporal('The draft procedure', () => this.temporal.workflow.getHandle(draftWorkflowId(documentId)).query(draftActionRefusalQuery, action, actor));
    const error = domainErrorFromDetails(refusal);
    if (error) throw error;
  }

  /**
   * Sends the action as the update of the same name. With an idempotency key the update id is
   * derived from it, so a retried request gets the first result instead of acting twice.
   */
  act(documentId: string, action: ActionName, request: DraftActionRequest, idempotencyKey: string | undefined): Promise<DraftActionResult> {
    const updateId = idempotencyKey ? createHash('sha256').update(`${request.actor.userId ?? ''}:${action}:${idempotencyKey}`).digest('hex') : undefined;
    return callTemporal(`The action ${action}`, () =>
      this.temporal.workflow.getHandle(draftWorkflowId(documentId)).executeUpdate(draftActionUpdate(action), { args: [request as never], updateId }),
    );
  }
}

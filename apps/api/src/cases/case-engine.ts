import { createHash } from 'node:crypto';
import { DomainError, type CaseActor } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { callTemporal } from '@legis/temporal';
import { caseActionUpdate, caseViewQuery, CONTROL_CASE_WORKFLOW, type CaseActionResult, type CaseView, type ControlCaseInput } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { LOGGER } from '../common/infrastructure/tokens';

const LIVE_READ_TIMEOUT_MS = 2000;

/** Control-case workflows as the API sees them: open, read, act. */
@Injectable()
export class CaseEngine {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Opens the case; a case with this id already open is a 409 (`existingId`). */
  async open(input: Extract<ControlCaseInput, { opening: unknown }>, taskQueue: string): Promise<void> {
    await callTemporal('Opening the case', () =>
      this.temporal.workflow.start(CONTROL_CASE_WORKFLOW, { workflowId: input.opening.caseId, taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' }),
    ).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'WORKFLOW_ALREADY_STARTED') {
        throw new DomainError('conflict', 'CASE_EXISTS', `The case ${input.opening.caseId} already exists.`, { extensions: { existingId: input.opening.caseId } });
      }
      throw error;
    });
    this.logger.info({ caseId: input.opening.caseId, kind: input.opening.kind }, 'case opened');
  }

  async view(caseId: string): Promise<CaseView | null> {
    const handle = this.temporal.workflow.getHandle(caseId);
    return this.temporal.connection.withDeadline(Date.now() + LIVE_READ_TIMEOUT_MS, () => handle.query(caseViewQuery)).catch(() => null);
  }

  act(caseId: string, action: string, payload: unknown, actor: CaseActor, idempotencyKey: string | undefined): Promise<CaseActionResult> {
    const updateId = idempotencyKey ? createHash('sha256').update(`${actor.userId ?? ''}:${action}:${idempotencyKey}`).digest('hex') : undefined;
    return callTemporal(`The action ${action}`, () => this.temporal.workflow.getHandle(caseId).executeUpdate(caseActionUpdate, { args: [action, { payload, actor }], updateId }));
  }
}

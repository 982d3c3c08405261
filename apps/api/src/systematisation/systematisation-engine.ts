import { DomainError } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { callTemporal } from '@legis/temporal';
import {
  SYSTEMATISATION_WORKFLOW,
  systematisationCloseSignal,
  systematisationResultsSignal,
  systematisationStatusQuery,
  systematisationWorkflowId,
  type SystematisationCloseRequest,
  type SystematisationInput,
  type SystematisationStatus,
} from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { ApiConfig } from '../api.config';
import { API_CONFIG, LOGGER } from '../common/infrastructure/tokens';

const LIVE_READ_TIMEOUT_MS = 2000;

/** Campaign workflows as the API sees them: start (idempotent by id), nudge, close, read. */
@Injectable()
export class SystematisationEngine {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts the campaign's workflow; one already started (a retried request) is left alone. */
  async start(campaignId: string): Promise<void> {
    const input: SystematisationInput = { campaignId };
    await callTemporal('Starting the campaign', () =>
      this.temporal.workflow.start(SYSTEMATISATION_WORKFLOW, { workflowId: systematisationWorkflowId(campaignId), taskQueue: this.config.temporal.taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' }),
    ).catch((error: unknown) => {
      if (!(error instanceof DomainError && error.code === 'WORKFLOW_ALREADY_STARTED')) throw error;
    });
  }

  /**
   * Tells the workflow results were recorded. Best effort: the results are already stored, and the
   * workflow re-reads progress on its own schedule if this signal is lost.
   */
  async resultsRecorded(campaignId: string): Promise<void> {
    await this.temporal.workflow
      .getHandle(systematisationWorkflowId(campaignId))
      .signal(systematisationResultsSignal)
      .catch((error: unknown) => this.logger.warn({ campaignId, err: error }, 'systematisation results signal not delivered'));
  }

  close(campaignId: string, request: SystematisationCloseRequest): Promise<void> {
    return callTemporal('Closing the campaign', () => this.temporal.workflow.getHandle(systematisationWorkflowId(campaignId)).signal(systematisationCloseSignal, request));
  }

  async status(campaignId: string): Promise<SystematisationStatus | null> {
    const handle = this.temporal.workflow.getHandle(systematisationWorkflowId(campaignId));
    return this.temporal.connection.withDeadline(Date.now() + LIVE_READ_TIMEOUT_MS, () => handle.query(systematisationStatusQuery)).catch(() => null);
  }
}

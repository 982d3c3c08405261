import { DomainError } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { callTemporal } from '@legis/temporal';
import { INTAKE_WORKFLOW, intakeProgressQuery, intakeWorkflowId, type IntakeProgress } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { ApiConfig } from '../api.config';
import { API_CONFIG, LOGGER } from '../common/infrastructure/tokens';

/**
 * Starts intake workflows (id `intake-<versionId>`, so a repeated start is harmless). When Temporal
 * is unreachable the version stays `received` and the worker's reconciler starts it later: an
 * upload is never lost and never refused because the workflow engine is down.
 */
@Injectable()
export class IntakeStarter {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  /**
   * `running` when a run of this version's intake is still going (the upload path ignores it: the
   * id makes a repeated start harmless); `deferred` when Temporal is unreachable.
   */
  async start(versionId: string): Promise<'started' | 'running' | 'deferred'> {
    try {
      await callTemporal('Starting intake', () =>
        this.temporal.workflow.start(INTAKE_WORKFLOW, {
          workflowId: intakeWorkflowId(versionId),
          taskQueue: this.config.temporal.taskQueue,
          args: [{ versionId, taskQueue: this.config.temporal.taskQueue }],
        }),
      );
      return 'started';
    } catch (error) {
      if (error instanceof DomainError && error.code === 'WORKFLOW_ALREADY_STARTED') return 'running';
      if (error instanceof DomainError && error.kind === 'unavailable') {
        this.logger.warn({ versionId }, 'Temporal unreachable; intake will be started by the reconciler');
        return 'deferred';
      }
      throw error;
    }
  }

  async isRunning(versionId: string): Promise<boolean> {
    try {
      const description = await callTemporal('Intake', () => this.temporal.workflow.getHandle(intakeWorkflowId(versionId)).describe());
      return description.status.name === 'RUNNING';
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') return false;
      throw error;
    }
  }

  /** Live progress of a running intake, or undefined when none runs or Temporal cannot say. */
  async progress(versionId: string): Promise<IntakeProgress | undefined> {
    try {
      return await this.temporal.workflow.getHandle(intakeWorkflowId(versionId)).query(intakeProgressQuery);
    } catch {
      return undefined;
    }
  }
}

import { randomUUID } from 'node:crypto';
import { AuditRepository } from '@legis/db';
import { callTemporal } from '@legis/temporal';
import { SYSTEM_CHECK_WORKFLOW, systemCheckWorkflowId, type SystemCheckResult } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowFailedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import type { SystemCheckStartedDto, SystemCheckStatusDto } from './system-check.dto';

const ID = /^[0-9a-f-]{36}$/;

@Injectable()
export class SystemCheckService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(Client) private readonly temporal: Client,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async start(holdMs: number, context: RequestContext): Promise<SystemCheckStartedDto> {
    const id = randomUUID();
    const workflowId = systemCheckWorkflowId(id);
    await callTemporal('Starting the system check', () =>
      this.temporal.workflow.start(SYSTEM_CHECK_WORKFLOW, {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [{ holdMs }],
      }),
    );
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { ...auditActor(context), action: 'systemCheck.start', entityType: 'systemCheck', entityId: workflowId, workflowId }),
    );
    return { id, workflowId, status: 'RUNNING', statusUrl: `/api/v1/admin/system-check/${id}` };
  }

  async status(id: string): Promise<SystemCheckStatusDto> {
    const workflowId = systemCheckWorkflowId(ID.test(id) ? id : 'invalid');
    const handle = this.temporal.workflow.getHandle(workflowId);
    const description = await callTemporal(`System check ${id}`, () => handle.describe());
    const status: SystemCheckStatusDto = {
      id,
      workflowId,
      status: description.status.name,
      startedAt: description.startTime.toISOString(),
      closedAt: description.closeTime?.toISOString(),
    };
    if (description.status.name === 'COMPLETED') status.result = await handle.result() as SystemCheckResult;
    if (description.status.name === 'FAILED') {
      status.failure = await handle.result().then(
        () => undefined,
        (error: unknown) => (error instanceof WorkflowFailedError ? (error.cause?.message ?? error.message) : String(error)),
      );
    }
    return status;
  }
}

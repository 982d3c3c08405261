import { AdminTaskRepository, AuditRepository, type AdminTaskEntity } from '@legis/db';
import { DomainError } from '@legis/domain';
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { callTemporal } from '@legis/temporal';
import { publicationWorkflowId, retryNationalDbSignal } from '@legis/workflows/contracts';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorators';
import { auditActor, Ctx, type RequestContext } from '../common/http/request-context';
import { PageMetaDto, PageQueryDto, toPage, type Page } from '../common/pagination/page';

class AdminTaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'done'] }) @IsOptional() @IsIn(['open', 'done']) status?: 'open' | 'done';
}

class AdminTaskDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'national_db_rejected' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Object }) detail!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) entityType!: string | null;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

class AdminTaskPageDto extends PageMetaDto {
  @ApiProperty({ type: [AdminTaskDto] }) items!: AdminTaskDto[];
}

const toDto = (t: AdminTaskEntity): AdminTaskDto => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  detail: t.detail,
  entityType: t.entityType,
  entityId: t.entityId,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
});

/** What only a person can fix: a refused publication, a missing connector configuration… */
@ApiTags('admin')
@Controller('admin/tasks')
@Roles('admin')
export class AdminTasksController {
  constructor(
    @Inject(AdminTaskRepository) private readonly tasks: AdminTaskRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Admin tasks, newest first.' })
  @ApiOkResponse({ type: AdminTaskPageDto })
  async list(@Query() query: AdminTaskQueryDto): Promise<Page<AdminTaskDto>> {
    return toPage(await this.tasks.list(query.status, query.page, query.pageSize), query, toDto);
  }

  @Post(':id/resolve')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a task done. A National Legal Database task then retries the publication it stopped (after you fixed the configuration or the record).' })
  @ApiNoContentResponse()
  async resolve(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: RequestContext): Promise<void> {
    const task = await this.tasks.resolve(id);
    if (!task) throw new DomainError('not_found', 'TASK_NOT_FOUND', `No open task ${id}.`);
    await this.dataSource.transaction((manager) => this.audit.record(manager, { ...auditActor(context), action: 'adminTask.resolve', entityType: 'adminTask', entityId: id }));
    if (task.kind.startsWith('national_db') && task.entityId) await this.retryPublication(task.entityId);
  }

  private async retryPublication(documentId: string): Promise<void> {
    try {
      await callTemporal('Retrying the publication', () => this.temporal.workflow.getHandle(publicationWorkflowId(documentId)).signal(retryNationalDbSignal));
    } catch (error) {
      // A publication that has already finished, or never ran, has nothing to retry.
      if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
    }
  }
}

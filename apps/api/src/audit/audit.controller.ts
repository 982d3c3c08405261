import { AuditRepository } from '@legis/db';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorators';
import { toPage, type Page } from '../common/pagination/page';
import { type AuditEntryDto, AuditPageDto, AuditQueryDto, toAuditEntryDto } from './audit.dto';

@ApiTags('audit')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The append-only audit log, newest first, filterable.' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const result = await this.audit.list(this.dataSource.manager, {
      ...query,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    return toPage(result, query, toAuditEntryDto);
  }
}

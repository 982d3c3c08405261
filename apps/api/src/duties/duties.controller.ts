import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, Roles } from '../auth/access.decorators';
import { csvFile } from '../common/http/csv-file';
import { Ctx, type RequestContext } from '../common/http/request-context';
import type { Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { DetectDutiesDto, DutyDetectionDto, DutyDto, DutyPageDto, DutyQueryDto, LinkDutyDto } from './duty.dto';
import { DutiesService } from './duties.service';


/** Văn bản quy định chi tiết được giao (REFERENCE §4.13): each duty is a control case of kind `duty` (`/cases/{caseId}` shows its history). */
@ApiTags('control')
@Controller('duties')
@Authenticated()
export class DutiesController {
  constructor(@Inject(DutiesService) private readonly duties: DutiesService) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Detailed-regulation duties the province owes central documents, soonest due first (`format=csv` for a spreadsheet).' })
  @ApiOkResponse({ type: DutyPageDto })
  async list(@Query() query: DutyQueryDto, @Res({ passthrough: true }) response: Response): Promise<Page<DutyDto> | StreamableFile> {
    if (query.format === 'csv') return csvFile(response, 'duties-backlog.csv', await this.duties.csv(query));
    return this.duties.list(query);
  }

  @Get('backlog.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The backlog (nợ đọng văn bản quy định chi tiết) as CSV: duties past their due date by default, any `status` on request.' })
  async backlog(@Query() query: DutyQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return csvFile(response, 'duties-backlog.csv', await this.duties.csv({ ...query, status: query.status ?? 'overdue' }));
  }

  @Post('detect')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Detect the duties of a document already loaded (intake does it for new ones); idempotent. A provincial document is linked to the duties it fulfils.' })
  @ApiOkResponse({ type: DutyDetectionDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`DOCUMENT_NOT_ISSUED`: no such issued document.' })
  detect(@Body() dto: DetectDutiesDto): Promise<DutyDetectionDto> {
    return this.duties.detect(dto);
  }

  @Post(':caseId/link')
  @HttpCode(200)
  @Roles('admin', 'reviewer', 'drafter')
  @ApiOperation({ summary: 'Link the provincial document that details the duty; the duty closes as fulfilled (on time or late).' })
  @ApiOkResponse({ type: DutyDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`DUTY_NOT_FOUND`.' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`DOCUMENT_NOT_ISSUED`, `DOCUMENT_NOT_LOCAL`; 409 `ACTION_NOT_ALLOWED` when the duty is already closed.' })
  link(@Param('caseId') caseId: string, @Body() dto: LinkDutyDto, @Headers('idempotency-key') idempotencyKey: string | undefined, @Ctx() context: RequestContext): Promise<DutyDto> {
    return this.duties.link(caseId, dto, { ...context, idempotencyKey });
  }
}

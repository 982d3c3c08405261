import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, Public, Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageQueryDto } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import {
  AnnualListQueryDto,
  AssignmentQueryDto,
  CampaignDto,
  CampaignPageDto,
  CloseCampaignDto,
  CloseCampaignResponseDto,
  CreateCampaignDto,
  ListParamsDto,
  ListQueryDto,
  RecordResultsDto,
  RecordResultsResponseDto,
} from './systematisation.dto';
import { SystematisationService, type ListResponse } from './systematisation.service';

const FILE_TYPES = ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

@ApiTags('systematisation')
@Controller('systematisation')
export class SystematisationController {
  constructor(@Inject(SystematisationService) private readonly systematisation: SystematisationService) {}

  @Post('campaigns')
  @Roles('admin')
  @ApiOperation({ summary: 'Plan a systematisation campaign (REFERENCE §4.12) and start its workflow systematisation-<id>.' })
  @ApiCreatedResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`CAMPAIGN_EXISTS` (`existingId`): same period and scope.' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Invalid dates or period; `UNKNOWN_REFERENCE` for agencies or issuers that do not exist.' })
  create(@Body() dto: CreateCampaignDto, @Ctx() context: RequestContext): Promise<CampaignDto> {
    return this.systematisation.create(dto, context);
  }

  @Get('campaigns')
  @Authenticated()
  @ApiOperation({ summary: 'Campaigns, latest reference date first.' })
  @ApiOkResponse({ type: CampaignPageDto })
  list(@Query() query: PageQueryDto) {
    return this.systematisation.list(query.page, query.pageSize);
  }

  @Get('campaigns/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A campaign and its progress: documents per agency and result, and the live workflow state.' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CampaignDto> {
    return this.systematisation.get(id);
  }

  @Get('campaigns/:id/assignments')
  @Roles('admin', 'reviewer', 'inspector', 'drafter')
  @ApiOperation({ summary: 'Documents to review with their proposed and recorded results; drafters see their agency’s.' })
  assignments(@Param('id', ParseUUIDPipe) id: string, @Query() query: AssignmentQueryDto, @Ctx() context: RequestContext) {
    return this.systematisation.assignments(id, query, context.principal!);
  }

  @Post('campaigns/:id/results')
  @HttpCode(200)
  @Roles('admin', 'reviewer', 'drafter')
  @ApiOperation({ summary: 'Record review results of documents assigned to your agency (all or nothing; a later result replaces an earlier one).' })
  @ApiOkResponse({ type: RecordResultsResponseDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`CAMPAIGN_NOT_REVIEWING` (`phase`).' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`DOCUMENT_NOT_IN_CAMPAIGN`, invalid results, or a document twice.' })
  record(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordResultsDto, @Ctx() context: RequestContext): Promise<RecordResultsResponseDto> {
    return this.systematisation.recordResults(id, dto, context);
  }

  @Post('campaigns/:id/close')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Close the review now; documents without a result are listed as unanswered and keep their proposed result.' })
  @ApiAcceptedResponse({ type: CloseCampaignResponseDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`CAMPAIGN_CLOSED` (`phase`).' })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseCampaignDto, @Ctx() context: RequestContext): Promise<CloseCampaignResponseDto> {
    return this.systematisation.close(id, dto, context);
  }

  @Get('campaigns/:id/lists/:list')
  @Authenticated()
  @ApiProduces(...FILE_TYPES)
  @ApiOperation({ summary: 'A list of a completed campaign: in force, expired or suspended, needing action, the compilation, or unanswered (JSON page, CSV or DOCX).' })
  @ApiConflictResponse({ type: ProblemDto, description: '`LISTS_NOT_READY` (`phase`).' })
  async exportList(@Param() params: ListParamsDto, @Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response) {
    return send(await this.systematisation.exportList(params.id, params.list, query), response);
  }

  @Get('annual-list')
  @Public()
  @ApiProduces(...FILE_TYPES)
  @ApiOperation({ summary: 'The annual list of provincial documents expired or suspended, in whole or in part, during a year (REFERENCE §4.11).' })
  async annualList(@Query() query: AnnualListQueryDto, @Res({ passthrough: true }) response: Response) {
    return send(await this.systematisation.annualList(query), response);
  }
}

function send(result: ListResponse, response: Response): unknown {
  if (result.kind === 'json') return result.body;
  response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(result.fileName)}`);
  return new StreamableFile(result.bytes, { type: result.contentType, length: result.bytes.length });
}

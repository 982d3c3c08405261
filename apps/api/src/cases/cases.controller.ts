import { CONTROL_SETTING_KEYS, DEFAULT_CONTROL_SETTINGS } from '@legis/domain';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { ApiConfig } from '../api.config';
import { Authenticated, Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import type { Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { CaseActionResultDto, CaseDto, CasePageDto, CaseQueryDto, OpenCaseDto, type CaseSummaryDto } from './case.dto';
import { CasesService } from './cases.service';

@ApiTags('control')
@Controller('cases')
@Authenticated()
export class CasesController {
  constructor(
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Post()
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: 'Open a self-inspection (signing a draft opens one by itself) or an inspection by competence of a document received, found or petitioned.' })
  @ApiCreatedResponse({ type: CaseDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`CASE_EXISTS` (`existingId`).' })
  open(@Body() dto: OpenCaseDto, @Ctx() context: RequestContext): Promise<CaseDto> {
    return this.cases.open(dto, context);
  }

  @Get()
  @ApiOperation({ summary: 'Control cases (self-inspection, inspection, handling, review, petitions, duties), soonest due first.' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: CaseQueryDto, @Ctx() context: RequestContext): Promise<Page<CaseSummaryDto>> {
    return this.cases.list(query, context.principal!);
  }

  @Get('settings')
  @ApiOperation({ summary: 'The time limits of control cases: value in force (CONTROL_SETTINGS), default, legal source and confidence.' })
  settings() {
    const values = this.config.procedures.controlSettings;
    return { items: CONTROL_SETTING_KEYS.map((key) => ({ key, value: values[key], ...DEFAULT_CONTROL_SETTINGS[key] })) };
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'A case: status, what you may do, its data, time limit and history.' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('caseId') caseId: string, @Ctx() context: RequestContext): Promise<CaseDto> {
    return this.cases.get(caseId, context.principal!);
  }

  @Post(':caseId/actions/:action')
  @HttpCode(200)
  @ApiBody({
    schema: { type: 'object' },
    description:
      'The action payload; e.g. self-inspection `recordResult`: `{ sheetRef, findings: [{ pathKey, kind, description }], conclusionRef }`; inspection `recordConclusion`: `{ sheetRef, findings, conclusionRef, conclusionDate, legalGrounds: [{ document, pathKey }], requestedForms, accountability, reviewRecommendation, otherRecommendations }`; handling `recordHandlingAct`: `{ number, signedDate, measures: [{ form, pathKeys }] }`, `startRedraft`: `{ form: amend|replace, docType, title, draftingAgencyId }`, `dispute`: `{ reason, ref }`, `escalate`: `{ ref, reason }`, `decide` (admin): `{ ref, outcome: issuerHandles|noAction }`, `recordPublication`: `{ publishedDate, publicationRef }`.',
  })
  @ApiOperation({ summary: 'Take a step of a case (a Temporal update). Findings must name provisions of the document.' })
  @ApiOkResponse({ type: CaseActionResultDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`ACTION_NOT_ALLOWED` (`allowedActions`).' })
  @ApiForbiddenResponse({ type: ProblemDto, description: '`ACTION_FORBIDDEN` (`allowedActions`).' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Invalid payload; `PROVISION_UNKNOWN` for findings or measures on provisions the document does not have; `HANDLING_FORM_MISFIT` for a handling form that does not fit the findings.' })
  act(
    @Param('caseId') caseId: string,
    @Param('action') action: string,
    @Body() body: Record<string, unknown>,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<CaseActionResultDto> {
    return this.cases.act(caseId, action, body, { ...context, idempotencyKey });
  }
}

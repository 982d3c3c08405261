import { ACTION_NAMES } from '@legis/domain';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Authenticated } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageQueryDto, type Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { AcceptsUpload } from '../common/upload/upload.interceptor';
import { submission } from '../documents/submission';
import { DraftsService } from './drafts.service';
import { CreateDraftDto, DraftActionResultDto, DraftCommentPageDto, DraftDto, DraftPageDto, DraftQueryDto, type DraftCommentDto, type DraftSummaryDto } from './dto/draft.dto';

class CommentQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) round?: number;
}

const ACTION_DESCRIPTION = `The JSON body is the action's payload. Actions: ${ACTION_NAMES.join(', ')}. \`addVersion\` takes an upload instead (multipart \`file\`, or JSON \`{ "text": … }\`), like POST /documents. Collegial acts (approval, vote, signing) are recorded by an admin of the office with \`actRef\`, the reference of the act. See GET /api/v1/rules for who may do what and when.`;

@ApiTags('drafts')
@Controller('drafts')
@Authenticated()
export class DraftsController {
  constructor(@Inject(DraftsService) private readonly drafts: DraftsService) {}

  @Post()
  @ApiOperation({ summary: 'Register a drafting proposal: creates the document and starts its procedure (workflow draft-<id>).' })
  @ApiCreatedResponse({ type: DraftDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Invalid fields, an unknown agency, a simplified procedure without its ground.' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'Only drafters (for their agency) and admins register drafts.' })
  create(@Body() dto: CreateDraftDto, @Ctx() context: RequestContext): Promise<DraftDto> {
    return this.drafts.create(dto, context);
  }

  @Get()
  @ApiOperation({ summary: 'Drafts under a procedure, soonest deadline first; drafters see their agency’s.' })
  @ApiOkResponse({ type: DraftPageDto })
  list(@Query() query: DraftQueryDto, @Ctx() context: RequestContext): Promise<Page<DraftSummaryDto>> {
    return this.drafts.list(query, context.principal!);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A draft’s procedure: state, what you may do, deadlines, dossier, consultation, appraisal (with its automated pre-check), history.' })
  @ApiOkResponse({ type: DraftDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id') id: string, @Ctx() context: RequestContext): Promise<DraftDto> {
    return this.drafts.get(id, context.principal!);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @AcceptsUpload()
  @ApiParam({ name: 'action', enum: ACTION_NAMES })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ description: ACTION_DESCRIPTION, schema: { type: 'object' } })
  @ApiOperation({ summary: 'Take a step of the procedure (a Temporal update named as the action).', description: ACTION_DESCRIPTION })
  @ApiOkResponse({ type: DraftActionResultDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`ACTION_NOT_ALLOWED`: not possible in this state (`allowedActions` lists what is); `NUMBER_TAKEN`.' })
  @ApiForbiddenResponse({ type: ProblemDto, description: '`ACTION_FORBIDDEN`: another role or agency acts here (`allowedActions` lists yours).' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Invalid payload: per-field errors (`DOSSIER_INCOMPLETE`, `DOCUMENT_NUMBER_INVALID`, `EFFECTIVE_DATE_TOO_EARLY`, …).' })
  act(
    @Param('id') id: string,
    @Param('action') action: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown>,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<DraftActionResultDto> {
    const upload = action === 'addVersion' ? submission(file, body ?? {}) : null;
    return this.drafts.act(id, action, body, upload, { ...context, idempotencyKey });
  }

  @Get(':id/comments')
  @ApiOperation({ summary: 'Comments received on the posted draft, in full (the procedure keeps counts and excerpts).' })
  @ApiOkResponse({ type: DraftCommentPageDto })
  comments(@Param('id') id: string, @Query() query: CommentQueryDto, @Ctx() context: RequestContext): Promise<Page<DraftCommentDto>> {
    return this.drafts.commentsOf(id, query, context.principal!);
  }
}

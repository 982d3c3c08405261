import { RateLimitRepository } from '@legis/db';
import { DomainError, type ProcedureActor } from '@legis/domain';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageMetaDto, PageQueryDto, type Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { PublicDraftsService, type PostedDraftDto } from './public-drafts.service';

/** Comments from one address: enough for a citizen, too few for a flood. */
const COMMENTS_PER_ADDRESS = { max: 10, windowSeconds: 3600 };

/**
 * Public comments reach the procedure through the portal, which records them as the office does
 * for comments received by post (REFERENCE §1: the public comments on posted drafts).
 */
const PORTAL: ProcedureActor = { userId: null, roles: ['admin'], agencyId: null };

class PublicCommentDto {
  @ApiProperty({ minLength: 3, maxLength: 10_000 }) @IsString() @MinLength(3) @MaxLength(10_000) text!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) authorName?: string;
  @ApiPropertyOptional({ example: 'd3.k2', description: 'The provision commented on (path key from the draft’s provisions).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pathKey?: string;
}

class PostedDraftSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day of the posting period.' }) commentsUntil!: string | null;
}

class PostedDraftPageDto extends PageMetaDto {
  @ApiProperty({ type: [PostedDraftSummaryDto] }) items!: PostedDraftSummaryDto[];
}

@ApiTags('public')
@Controller('public/drafts')
@Public()
export class PublicDraftsController {
  constructor(
    @Inject(PublicDraftsService) private readonly posted: PublicDraftsService,
    @Inject(RateLimitRepository) private readonly rateLimits: RateLimitRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Drafts posted for public comment (lấy ý kiến), no account needed.' })
  @ApiOkResponse({ type: PostedDraftPageDto })
  list(@Query() query: PageQueryDto): Promise<Page<PostedDraftSummaryDto>> {
    return this.posted.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A posted draft with its text and posting period.' })
  @ApiOkResponse({ type: PostedDraftSummaryDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such draft, or it is not open for comments.' })
  get(@Param('id') id: string): Promise<PostedDraftDto> {
    return this.posted.get(id);
  }

  @Post(':id/comments')
  @HttpCode(202)
  @ApiOperation({ summary: 'Comment on a posted draft. Limited to 10 comments an hour per address.' })
  @ApiAcceptedResponse({ description: 'Recorded in the procedure; the drafting agency answers it in its feedback report.' })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async comment(@Param('id') id: string, @Body() body: PublicCommentDto, @Ctx() context: RequestContext): Promise<{ received: true }> {
    await this.posted.get(id);
    const limit = await this.rateLimits.hit(`public-comment:${context.ip}`, COMMENTS_PER_ADDRESS.max, COMMENTS_PER_ADDRESS.windowSeconds);
    if (!limit.allowed) {
      throw new DomainError('rate_limited', 'TOO_MANY_COMMENTS', 'Too many comments from this address; try again later.', { retryAfterSeconds: limit.retryAfterSeconds });
    }
    await this.posted.comment(id, { authorKind: 'public', text: body.text, pathKey: body.pathKey ?? null, ...(body.authorName ? { authorName: body.authorName } : {}) }, PORTAL);
    return { received: true };
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageQueryDto, type Page } from '../common/pagination/page';
import { DraftsService } from './drafts.service';
import { DraftPageDto, type DraftSummaryDto } from './dto/draft.dto';

class AppraisalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['me', 'any'], default: 'me', description: '`me`: dossiers waiting to be taken and those you took; `any`: every dossier under appraisal.' })
  @IsOptional()
  @IsIn(['me', 'any'])
  assignee: 'me' | 'any' = 'me';
}

@ApiTags('drafts')
@Controller('appraisals')
@Roles('appraiser', 'admin')
export class AppraisalsController {
  constructor(@Inject(DraftsService) private readonly drafts: DraftsService) {}

  @Get()
  @ApiOperation({ summary: 'The appraiser’s inbox (Sở Tư pháp): drafts sent for appraisal, soonest due first.' })
  @ApiOkResponse({ type: DraftPageDto })
  list(@Query() query: AppraisalQueryDto, @Ctx() context: RequestContext): Promise<Page<DraftSummaryDto>> {
    return this.drafts.appraisals(query.assignee, query, context.principal!);
  }
}

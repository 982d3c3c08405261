import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import type { Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { PetitionDto, PetitionPageDto, PetitionQueryDto } from './petition.dto';
import { PetitionsService } from './petitions.service';

@ApiTags('control')
@Controller('petitions')
@Authenticated()
export class PetitionsController {
  constructor(@Inject(PetitionsService) private readonly petitions: PetitionsService) {}

  @Get()
  @ApiOperation({ summary: 'Petitions, newest first; the petitioner only for admins, inspectors and reviewers (others see the text masked). Act through /cases/{caseId}/actions.' })
  @ApiOkResponse({ type: PetitionPageDto })
  list(@Query() query: PetitionQueryDto, @Ctx() context: RequestContext): Promise<Page<PetitionDto>> {
    return this.petitions.list(query, context.principal!);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One petition with where its case stands.' })
  @ApiOkResponse({ type: PetitionDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: RequestContext): Promise<PetitionDto> {
    return this.petitions.get(id, context.principal!);
  }
}

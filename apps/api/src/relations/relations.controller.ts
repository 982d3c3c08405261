import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { ProblemDto } from '../common/problem/problem.dto';
import { BasisChangeAcceptedDto, BasisChangeRequestDto, RelationGraphDto, RelationGraphQueryDto } from './relation-graph.dto';
import { RelationsService } from './relations.service';

@ApiTags('documents')
@Controller('documents')
export class RelationsController {
  constructor(@Inject(RelationsService) private readonly relations: RelationsService) {}

  @Get(':id/relations')
  @Public()
  @ApiOperation({ summary: 'The relation graph around a document, outgoing and incoming, up to `depth` relations away (REFERENCE §2.5).' })
  @ApiOkResponse({ type: RelationGraphDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A depth outside 1–5.' })
  graph(@Param('id') id: string, @Query() query: RelationGraphQueryDto, @Ctx() context: RequestContext): Promise<RelationGraphDto> {
    return this.relations.around(id, query.depth ?? 1, context.principal);
  }

  @Post(':id/basis-change-review')
  @HttpCode(202)
  @Roles('admin', 'reviewer')
  @ApiOperation({
    summary:
      'The document changed what it amends, replaces, repeals or suspends: open a review case for every local document resting on those (REFERENCE §4.10). ' +
      'Drafts do this when they enter into force and intake when it loads an issued document; repeating it opens only the cases missing. ' +
      'A change taking effect later is reviewed from its effective day.',
  })
  @ApiAcceptedResponse({ type: BasisChangeAcceptedDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not an issued document with an effective date.' })
  reviewBasisChange(@Param('id') id: string, @Body() body: BasisChangeRequestDto, @Ctx() context: RequestContext): Promise<BasisChangeAcceptedDto> {
    return this.relations.reviewBasisChange(id, body, context);
  }
}

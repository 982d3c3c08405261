import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { ProblemDto } from '../common/problem/problem.dto';
import { OverlapReportDto, OverlapRequestDto } from './overlap.dto';
import { OverlapsService } from './overlaps.service';

@ApiTags('overlaps')
@Controller()
export class OverlapsController {
  constructor(@Inject(OverlapsService) private readonly overlaps: OverlapsService) {}

  @Post('overlaps')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary:
      'For each provision of a document or text: the provisions in force that it duplicates, overlaps, contradicts (different values or opposite modality) or relates to, best first, with explanations.',
  })
  @ApiOkResponse({ type: OverlapReportDto })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: 'Meilisearch is down (Retry-After).' })
  check(@Body() body: OverlapRequestDto, @Ctx() context: RequestContext): Promise<OverlapReportDto> {
    return this.overlaps.check(body, context.principal);
  }

  @Get('documents/:id/versions/:v/overlaps')
  @Public()
  @ApiOperation({ summary: 'The overlap report intake stored for a draft version.' })
  @ApiOkResponse({ type: OverlapReportDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  stored(@Param('id') id: string, @Param('v', ParseIntPipe) v: number, @Ctx() context: RequestContext): Promise<OverlapReportDto> {
    return this.overlaps.stored(id, v, context.principal);
  }
}

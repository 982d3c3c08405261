import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { ProblemDto } from '../common/problem/problem.dto';
import { StartSystemCheckDto, SystemCheckStartedDto, SystemCheckStatusDto } from './system-check.dto';
import { SystemCheckService } from './system-check.service';

@ApiTags('admin')
@Controller('admin/system-check')
@Roles('admin')
export class SystemCheckController {
  constructor(@Inject(SystemCheckService) private readonly checks: SystemCheckService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start an end-to-end check: API → Temporal → worker → PostgreSQL and Meilisearch.' })
  @ApiAcceptedResponse({ type: SystemCheckStartedDto })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: 'Temporal is unreachable.' })
  start(@Body() body: StartSystemCheckDto, @Ctx() context: RequestContext): Promise<SystemCheckStartedDto> {
    return this.checks.start(body.holdMs ?? 0, context);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The state of a system check and, once completed, what it wrote and read back.' })
  @ApiOkResponse({ type: SystemCheckStatusDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  status(@Param('id') id: string): Promise<SystemCheckStatusDto> {
    return this.checks.status(id);
  }
}

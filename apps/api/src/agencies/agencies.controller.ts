import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Authenticated, Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageQueryDto, type Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { AgenciesService } from './agencies.service';
import { AgencyDto, AgencyPageDto, CreateAgencyDto } from './agency.dto';

@ApiTags('agencies')
@Controller()
export class AgenciesController {
  constructor(@Inject(AgenciesService) private readonly agencies: AgenciesService) {}

  @Post('admin/agencies')
  @Roles('admin')
  @ApiOperation({ summary: 'Create an agency (drafting department, Department of Justice, council, committee…).' })
  @ApiCreatedResponse({ type: AgencyDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The code is taken; `existingId` names the agency.' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  create(@Body() body: CreateAgencyDto, @Ctx() context: RequestContext): Promise<AgencyDto> {
    return this.agencies.create(body, context);
  }

  @Get('agencies')
  @Authenticated()
  @ApiOperation({ summary: 'List agencies by code.' })
  @ApiOkResponse({ type: AgencyPageDto })
  list(@Query() query: PageQueryDto): Promise<Page<AgencyDto>> {
    return this.agencies.list(query);
  }
}

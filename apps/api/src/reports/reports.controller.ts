import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { csvFile } from '../common/http/csv-file';
import { ProblemDto } from '../common/problem/problem.dto';
import { OverdueQueryDto, OverduePageDto, ReportDefinitionDto, ReportDto, ReportQueryDto } from './report.dto';
import { ReportsService } from './reports.service';


@ApiTags('reports')
@Controller('reports')
@Roles('admin', 'inspector', 'reviewer', 'appraiser')
export class ReportsController {
  constructor(@Inject(ReportsService) private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({ summary: 'The reports of REFERENCE §6 with their metrics.' })
  @ApiOkResponse({ type: [ReportDefinitionDto] })
  list(): ReportDefinitionDto[] {
    return this.reports.definitions();
  }

  @Get('overdue')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Everything past its time limit now: drafting steps and control cases of every kind, soonest due first.' })
  @ApiOkResponse({ type: OverduePageDto })
  async overdue(@Query() query: OverdueQueryDto, @Res({ passthrough: true }) response: Response): Promise<OverduePageDto | StreamableFile> {
    if (query.format === 'csv') return csvFile(response, `overdue${query.kind ? `-${query.kind}` : ''}.csv`, await this.reports.overdueCsv(query));
    return this.reports.overdue(query);
  }

  @Get(':code')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'One report for a period, per agency and document type, with totals (`format=csv` for a spreadsheet).' })
  @ApiOkResponse({ type: ReportDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: '`REPORT_UNKNOWN` (`reports` lists the codes).' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`REPORT_PERIOD_INVALID`.' })
  async report(@Param('code') code: string, @Query() query: ReportQueryDto, @Res({ passthrough: true }) response: Response): Promise<ReportDto | StreamableFile> {
    const report = await this.reports.report(code, query);
    if (query.format === 'csv') return csvFile(response, `${code}-${report.period.from}-${report.period.to}.csv`, this.reports.reportCsv(report));
    return report;
  }
}

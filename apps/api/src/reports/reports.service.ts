import { ReportQueries, type OverdueItem, type ReportFilters, type ReportRow } from '@legis/db';
import { REPORT_DEFINITIONS, reportDefinition, resolveReportPeriod, toCsv, vietnamDateOf, type CsvColumn, type ReportDefinition, type ReportSource } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import { toPage, type Page } from '../common/pagination/page';
import type { OverdueQueryDto, ReportDefinitionDto, ReportDto, ReportQueryDto } from './report.dto';

/** Lists every overdue item in one CSV: enough for a province, bounded against runaway exports. */
const CSV_MAX_ROWS = 50_000;

const describe = (definition: ReportDefinition): ReportDefinitionDto => ({
  code: definition.code,
  title: definition.title,
  metrics: definition.metrics.map((metric) => ({ ...metric })),
});

function sumInto(target: Record<string, number>, values: Record<string, number> | undefined): void {
  for (const [key, value] of Object.entries(values ?? {})) target[key] = (target[key] ?? 0) + value;
}

@Injectable()
export class ReportsService {
  constructor(@Inject(ReportQueries) private readonly queries: ReportQueries) {}

  definitions(): ReportDefinitionDto[] {
    return REPORT_DEFINITIONS.map(describe);
  }

  async report(code: string, query: ReportQueryDto): Promise<ReportDto> {
    const definition = reportDefinition(code);
    const period = resolveReportPeriod(query, vietnamDateOf(new Date()));
    const filters = { ...period, agencyId: query.agencyId, docType: query.docType };
    const source = definition.source;
    const rows = await this.rowsOf(source, filters);
    const totals = { metrics: Object.fromEntries(definition.metrics.map((metric) => [metric.key, 0])), ...(source.kind === 'cases' ? { outcomes: {} } : {}) };
    for (const row of rows) {
      sumInto(totals.metrics, row.metrics);
      if (totals.outcomes) sumInto(totals.outcomes, row.outcomes);
    }
    return { ...describe(definition), period, rows, totals };
  }

  private rowsOf(source: ReportSource, filters: ReportFilters): Promise<ReportRow[]> {
    switch (source.kind) {
      case 'drafting':
        return this.queries.drafting(filters);
      case 'appraisal':
        return this.queries.appraisal(filters);
      case 'publication':
        return this.queries.publication(filters);
      case 'systematisation':
        return this.queries.systematisation(filters);
      case 'cases':
        return this.queries.cases(source.caseKind, filters);
    }
  }

  reportCsv(report: ReportDto): string {
    const outcomes = Object.keys(report.totals.outcomes ?? {}).sort();
    const hasChannel = report.rows.some((row) => row.channel !== undefined);
    const columns: CsvColumn<ReportRow>[] = [
      { header: 'agencyCode', value: (row) => row.agency?.code ?? (row === TOTAL ? 'TOTAL' : '') },
      { header: 'agencyName', value: (row) => row.agency?.name },
      { header: 'docType', value: (row) => row.docType },
      ...(hasChannel ? [{ header: 'channel', value: (row: ReportRow) => row.channel }] : []),
      ...report.metrics.map((metric) => ({ header: metric.key, value: (row: ReportRow) => row.metrics[metric.key] ?? 0 })),
      ...outcomes.map((outcome) => ({ header: `outcome:${outcome}`, value: (row: ReportRow) => row.outcomes?.[outcome] ?? 0 })),
    ];
    const TOTAL: ReportRow = { agency: null, docType: null, metrics: report.totals.metrics, outcomes: report.totals.outcomes };
    return toCsv(columns, [...report.rows, TOTAL]);
  }

  async overdue(query: OverdueQueryDto): Promise<Page<OverdueItem>> {
    const result = await this.queries.overdue({ kind: query.kind, agencyId: query.agencyId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    return toPage(result, query, (item) => item);
  }

  async overdueCsv(query: OverdueQueryDto): Promise<string> {
    const { items } = await this.queries.overdue({ kind: query.kind, agencyId: query.agencyId, offset: 0, limit: CSV_MAX_ROWS });
    const columns: CsvColumn<OverdueItem>[] = [
      { header: 'kind', value: (item) => item.kind },
      { header: 'id', value: (item) => item.id },
      { header: 'documentId', value: (item) => item.documentId },
      { header: 'title', value: (item) => item.title },
      { header: 'agencyCode', value: (item) => item.agency?.code },
      { header: 'agencyName', value: (item) => item.agency?.name },
      { header: 'status', value: (item) => item.status },
      { header: 'step', value: (item) => item.step },
      { header: 'dueDate', value: (item) => item.dueDate },
    ];
    return toCsv(columns, items);
  }
}

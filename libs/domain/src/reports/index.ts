export { REPORT_DEFINITIONS, reportDefinition, type ReportDefinition, type ReportMetric, type ReportSource } from './definitions';
export { resolveReportPeriod, type PeriodQuery, type ReportPeriod } from './period';

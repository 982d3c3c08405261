import { DomainError } from '../errors';
import { type CaseKind } from '../control/vocabulary';

export interface ReportMetric {
  key: string;
  description: string;
}

/** Where a report's figures come from: draft procedures, control cases of one kind, publications or systematisation campaigns. */
export type ReportSource = { kind: 'drafting' } | { kind: 'appraisal' } | { kind: 'cases'; caseKind: CaseKind } | { kind: 'publication' } | { kind: 'systematisation' };

/** One report of REFERENCE §6 (a `ReportDefinition {code, period, metrics}`), rows per agency and document type. */
export interface ReportDefinition {
  code: string;
  title: string;
  source: ReportSource;
  metrics: readonly ReportMetric[];
}

const CASE_METRICS: readonly ReportMetric[] = [
  { key: 'opened', description: 'Cases opened in the period.' },
  { key: 'closed', description: 'Cases closed in the period (per outcome in `outcomes`).' },
  { key: 'pending', description: 'Cases open at the end of the period.' },
  { key: 'overdue', description: 'Cases open now whose time limit has passed.' },
  { key: 'breaches', description: 'Time limits missed in the period.' },
];

function caseReport(code: string, title: string, caseKind: CaseKind): ReportDefinition {
  return { code, title, source: { kind: 'cases', caseKind }, metrics: CASE_METRICS };
}

export const REPORT_DEFINITIONS: readonly ReportDefinition[] = [
  {
    code: 'drafting',
    title: 'Xây dựng văn bản — drafts registered, issued, withdrawn and late',
    source: { kind: 'drafting' },
    metrics: [
      { key: 'registered', description: 'Drafting procedures started in the period.' },
      { key: 'signed', description: 'Drafts signed (issued) in the period.' },
      { key: 'signedSimplified', description: 'Of those, by the simplified procedure.' },
      { key: 'withdrawn', description: 'Drafts withdrawn in the period.' },
      { key: 'inProgress', description: 'Procedures still running at the end of the period.' },
      { key: 'overdue', description: 'Procedures running now with a step past its time limit.' },
      { key: 'breaches', description: 'Time limits of drafting steps missed in the period.' },
    ],
  },
  {
    code: 'appraisal',
    title: 'Thẩm định — drafts received by the Department of Justice and their conclusions',
    source: { kind: 'appraisal' },
    metrics: [
      { key: 'requested', description: 'Appraisal requests received in the period.' },
      { key: 'accepted', description: 'Dossiers accepted for appraisal.' },
      { key: 'returnedIncomplete', description: 'Dossiers returned as incomplete.' },
      { key: 'reported', description: 'Appraisal reports issued.' },
      { key: 'notEligible', description: 'Reports concluding NOT_ELIGIBLE.' },
    ],
  },
  caseReport('self-inspection', 'Tự kiểm tra văn bản — self-inspections', 'selfInspection'),
  caseReport('inspection', 'Kiểm tra văn bản theo thẩm quyền — inspections by competence', 'inspection'),
  caseReport('handling', 'Xử lý văn bản trái pháp luật — handling of unlawful documents', 'handling'),
  caseReport('review', 'Rà soát văn bản — reviews', 'review'),
  caseReport('petitions', 'Phản ánh, kiến nghị — petitions about documents', 'petition'),
  caseReport('duties', 'Văn bản quy định chi tiết — detailed-regulation duties', 'duty'),
  {
    code: 'publication',
    title: 'Đăng Công báo và Cơ sở dữ liệu quốc gia — publications and their time limits',
    source: { kind: 'publication' },
    metrics: [
      { key: 'due', description: 'Publications due in the period.' },
      { key: 'published', description: 'Published in the period.' },
      { key: 'onTime', description: 'Published by their due date.' },
      { key: 'late', description: 'Published after their due date.' },
      { key: 'pending', description: 'Not published yet.' },
    ],
  },
  {
    code: 'systematisation',
    title: 'Hệ thống hóa văn bản — documents of the campaigns whose reference date falls in the period, and their lists',
    source: { kind: 'systematisation' },
    metrics: [
      { key: 'documents', description: 'Documents gathered for review, per reviewing agency.' },
      { key: 'answered', description: 'Of those, with the agency’s result recorded.' },
      { key: 'unanswered', description: 'Without a result (still to review, or left unanswered when the campaign was closed).' },
      { key: 'inForce', description: 'In force at the reference date (completed campaigns).' },
      { key: 'expiredOrSuspended', description: 'Expired or suspended, in whole or in part, during the period.' },
      { key: 'needsAction', description: 'Needing amendment, replacement, repeal or new issuance.' },
      { key: 'compilation', description: 'In the compilation of documents in force (tập hệ thống hóa), produced when the campaign completes.' },
    ],
  },
];

export function reportDefinition(code: string): ReportDefinition {
  const definition = REPORT_DEFINITIONS.find((candidate) => candidate.code === code);
  if (!definition) {
    throw new DomainError('not_found', 'REPORT_UNKNOWN', `There is no report "${code}".`, { extensions: { reports: REPORT_DEFINITIONS.map((known) => known.code) } });
  }
  return definition;
}

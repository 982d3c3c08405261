import type { DataSource } from 'typeorm';

export interface ReportFilters {
  from: string;
  to: string;
  agencyId?: string;
  docType?: string;
}

export interface ReportRow {
  agency: { id: string; code: string; name: string } | null;
  docType: string | null;
  /** Publication reports only: `gazette` or `national_db`. */
  channel?: string;
  metrics: Record<string, number>;
  /** Case reports only: cases closed in the period, per outcome. */
  outcomes?: Record<string, number>;
}

export interface OverdueItem {
  /** `draft`, or the kind of the control case. */
  kind: string;
  id: string;
  documentId: string | null;
  title: string | null;
  agency: { id: string; code: string; name: string } | null;
  status: string;
  step: string | null;
  dueDate: string | null;
}

/** Dates in the database are dates of Viet Nam (UTC+7). */
const LOCAL_DATE = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const IN_PERIOD = (date: string) => `${date} BETWEEN $1::date AND $2::date`;
const HISTORY_EVENT = (events: string, extra = '') =>
  `EXISTS (SELECT 1 FROM jsonb_array_elements(p.history) e WHERE e->>'event' IN (${events}) ${extra})`;

type Raw = Record<string, string | number | null>;

/**
 * The aggregate queries behind GET /api/v1/reports: figures per agency and document type over the
 * read models (draft procedures, control cases, publications, deadline breaches). Rows with nothing
 * to report are left out.
 */
export class ReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async drafting(filters: ReportFilters): Promise<ReportRow[]> {
    const rows: Raw[] = await this.dataSource.query(
      `WITH p AS (${this.procedures()}),
       flags AS (
         SELECT p.agency_id, p.doc_type, p.procedure,
           ${IN_PERIOD(LOCAL_DATE('p.created_at'))} AS registered,
           ${HISTORY_EVENT(`'sign'`, `AND ${IN_PERIOD(`(e->>'date')::date`)}`)} AS signed,
           ${HISTORY_EVENT(`'withdraw'`, `AND ${IN_PERIOD(`(e->>'date')::date`)}`)} AS withdrawn,
           (${LOCAL_DATE('p.created_at')} <= $2::date AND NOT ${HISTORY_EVENT(`'sign', 'withdraw', 'rejectProposal'`, `AND (e->>'date')::date <= $2::date`)}) AS in_progress,
           (p.overdue AND p.outcome IS NULL) AS overdue,
           (SELECT count(*) FROM deadline_breaches b WHERE b.workflow_id = p.workflow_id AND ${IN_PERIOD(LOCAL_DATE('b.breached_at'))}) AS breaches
         FROM p)
       SELECT agency_id, doc_type,
         count(*) FILTER (WHERE registered) AS "registered",
         count(*) FILTER (WHERE signed) AS "signed",
         count(*) FILTER (WHERE signed AND procedure = 'simplified') AS "signedSimplified",
         count(*) FILTER (WHERE withdrawn) AS "withdrawn",
         count(*) FILTER (WHERE in_progress) AS "inProgress",
         count(*) FILTER (WHERE overdue) AS "overdue",
         coalesce(sum(breaches), 0) AS "breaches"
       FROM flags GROUP BY agency_id, doc_type`,
      this.parameters(filters),
    );
    return this.withAgencies(rows, ['registered', 'signed', 'signedSimplified', 'withdrawn', 'inProgress', 'overdue', 'breaches']);
  }

  async appraisal(filters: ReportFilters): Promise<ReportRow[]> {
    const rows: Raw[] = await this.dataSource.query(
      `WITH p AS (${this.procedures()}),
       events AS (
         SELECT p.agency_id, p.doc_type, e->>'event' AS event, e->>'to' AS to_state
         FROM p CROSS JOIN LATERAL jsonb_array_elements(p.history) e
         WHERE ${IN_PERIOD(`(e->>'date')::date`)})
       SELECT agency_id, doc_type,
         count(*) FILTER (WHERE event = 'requestAppraisal') AS "requested",
         count(*) FILTER (WHERE event = 'acceptForAppraisal') AS "accepted",
         count(*) FILTER (WHERE event = 'returnIncomplete') AS "returnedIncomplete",
         count(*) FILTER (WHERE event = 'submitAppraisalReport') AS "reported",
         count(*) FILTER (WHERE event = 'submitAppraisalReport' AND to_state = 'DRAFTING') AS "notEligible"
       FROM events GROUP BY agency_id, doc_type`,
      this.parameters(filters),
    );
    return this.withAgencies(rows, ['requested', 'accepted', 'returnedIncomplete', 'reported', 'notEligible']);
  }

  async cases(kind: string, filters: ReportFilters): Promise<ReportRow[]> {
    const scope = `SELECT c.*, d.doc_type FROM control_cases c LEFT JOIN documents d ON d.id = c.document_id
       WHERE c.kind = $5 AND ($3::uuid IS NULL OR c.assignee_agency_id = $3::uuid) AND ($4::text IS NULL OR d.doc_type = $4::text)`;
    const parameters = [...this.parameters(filters), kind];
    const rows: Raw[] = await this.dataSource.query(
      `WITH c AS (${scope})
       SELECT assignee_agency_id AS agency_id, doc_type,
         count(*) FILTER (WHERE ${IN_PERIOD('opened_on')}) AS "opened",
         count(*) FILTER (WHERE ${IN_PERIOD('closed_on')}) AS "closed",
         count(*) FILTER (WHERE opened_on <= $2::date AND (closed_on IS NULL OR closed_on > $2::date)) AS "pending",
         count(*) FILTER (WHERE overdue AND closed_on IS NULL) AS "overdue",
         coalesce(sum((SELECT count(*) FROM deadline_breaches b WHERE b.workflow_id = c.case_id AND ${IN_PERIOD(LOCAL_DATE('b.breached_at'))})), 0) AS "breaches"
       FROM c GROUP BY assignee_agency_id, doc_type`,
      parameters,
    );
    const outcomes: Raw[] = await this.dataSource.query(
      `WITH c AS (${scope})
       SELECT assignee_agency_id AS agency_id, doc_type, outcome, count(*) AS n FROM c
       WHERE ${IN_PERIOD('closed_on')} AND outcome IS NOT NULL GROUP BY 1, 2, 3`,
      parameters,
    );
    const result = await this.withAgencies(rows, ['opened', 'closed', 'pending', 'overdue', 'breaches']);
    for (const row of result) {
      const mine = outcomes.filter((o) => o.agency_id === (row.agency?.id ?? null) && o.doc_type === row.docType);
      row.outcomes = Object.fromEntries(mine.map((o) => [String(o.outcome), Number(o.n)]));
    }
    return result;
  }

  async publication(filters: ReportFilters): Promise<ReportRow[]> {
    const rows: Raw[] = await this.dataSource.query(
      `WITH p AS (
         SELECT pub.*, d.drafting_agency_id AS agency_id, d.doc_type, ${LOCAL_DATE('pub.published_at')} AS published_on
         FROM publications pub JOIN documents d ON d.id = pub.document_id
         WHERE ($3::uuid IS NULL OR d.drafting_agency_id = $3::uuid) AND ($4::text IS NULL OR d.doc_type = $4::text))
       SELECT agency_id, doc_type, channel,
         count(*) FILTER (WHERE ${IN_PERIOD('due_date')}) AS "due",
         count(*) FILTER (WHERE ${IN_PERIOD('published_on')}) AS "published",
         count(*) FILTER (WHERE ${IN_PERIOD('published_on')} AND published_on <= due_date) AS "onTime",
         count(*) FILTER (WHERE ${IN_PERIOD('published_on')} AND published_on > due_date) AS "late",
         count(*) FILTER (WHERE status <> 'published' AND due_date <= $2::date) AS "pending"
       FROM p GROUP BY agency_id, doc_type, channel`,
      this.parameters(filters),
    );
    return this.withAgencies(rows, ['due', 'published', 'onTime', 'late', 'pending']);
  }

  /**
   * Systematisation campaigns whose reference date falls in the period: their documents per
   * reviewing agency and type (as gathered), the results recorded and the lists each ended in.
   */
  async systematisation(filters: ReportFilters): Promise<ReportRow[]> {
    const inList = (list: string) => `count(*) FILTER (WHERE '${list}' = ANY(a.lists)) AS "${list}"`;
    const rows: Raw[] = await this.dataSource.query(
      `SELECT a.agency_id, a.doc_type,
         count(*) AS "documents",
         count(*) FILTER (WHERE a.result IS NOT NULL) AS "answered",
         count(*) FILTER (WHERE a.result IS NULL) AS "unanswered",
         ${['inForce', 'expiredOrSuspended', 'needsAction', 'compilation'].map(inList).join(', ')}
       FROM systematisation_assignments a JOIN systematisation_campaigns c ON c.id = a.campaign_id
       WHERE ${IN_PERIOD('c.reference_date')} AND ($3::uuid IS NULL OR a.agency_id = $3::uuid) AND ($4::text IS NULL OR a.doc_type = $4::text)
       GROUP BY a.agency_id, a.doc_type`,
      this.parameters(filters),
    );
    return this.withAgencies(rows, ['documents', 'answered', 'unanswered', 'inForce', 'expiredOrSuspended', 'needsAction', 'compilation']);
  }

  /** Everything past its time limit now: drafting steps and open control cases, soonest due first. */
  async overdue(options: { kind?: string; agencyId?: string; offset: number; limit: number }): Promise<{ items: OverdueItem[]; total: number }> {
    const union = `
      SELECT 'draft' AS kind, p.document_id::text AS id, p.document_id, p.title, p.drafting_agency_id AS agency_id, p.state AS status, p.next_due_step AS step, p.next_due_date AS due_date
      FROM draft_procedures p WHERE p.overdue AND p.outcome IS NULL
      UNION ALL
      SELECT c.kind, c.case_id, c.document_id, c.title, c.assignee_agency_id, c.status, NULL, c.due_date
      FROM control_cases c WHERE c.overdue AND c.closed_on IS NULL`;
    const where = `WHERE ($1::text IS NULL OR o.kind = $1::text) AND ($2::uuid IS NULL OR o.agency_id = $2::uuid)`;
    const parameters = [options.kind ?? null, options.agencyId ?? null];
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM (${union}) o ${where}`, parameters);
    const rows: Raw[] = await this.dataSource.query(
      `SELECT o.*, to_char(o.due_date, 'YYYY-MM-DD') AS due, a.code AS agency_code, a.name AS agency_name
       FROM (${union}) o LEFT JOIN agencies a ON a.id = o.agency_id ${where}
       ORDER BY o.due_date NULLS LAST, o.id OFFSET $3 LIMIT $4`,
      [...parameters, options.offset, options.limit],
    );
    const items = rows.map((row) => ({
      kind: String(row.kind),
      id: String(row.id),
      documentId: (row.document_id as string | null) ?? null,
      title: (row.title as string | null) ?? null,
      agency: row.agency_id ? { id: String(row.agency_id), code: String(row.agency_code), name: String(row.agency_name) } : null,
      status: String(row.status),
      step: (row.step as string | null) ?? null,
      dueDate: (row.due as string | null) ?? null,
    }));
    return { items, total };
  }

  private procedures(): string {
    return `SELECT dp.document_id, dp.workflow_id, dp.drafting_agency_id AS agency_id, dp.procedure_type AS doc_type, dp.procedure, dp.outcome, dp.overdue, dp.created_at, dp.history
      FROM draft_procedures dp
      WHERE ($3::uuid IS NULL OR dp.drafting_agency_id = $3::uuid) AND ($4::text IS NULL OR dp.procedure_type = $4::text)`;
  }

  private parameters(filters: ReportFilters): unknown[] {
    return [filters.from, filters.to, filters.agencyId ?? null, filters.docType ?? null];
  }

  /** Numbers from count(*) arrive as strings; agencies are named; empty rows are dropped. */
  private async withAgencies(rows: Raw[], metrics: string[]): Promise<ReportRow[]> {
    const ids = [...new Set(rows.map((row) => row.agency_id).filter((id): id is string => typeof id === 'string'))];
    const agencies: { id: string; code: string; name: string }[] = ids.length > 0 ? await this.dataSource.query(`SELECT id, code, name FROM agencies WHERE id = ANY($1::uuid[])`, [ids]) : [];
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    return rows
      .map((row) => ({
        agency: typeof row.agency_id === 'string' ? (byId.get(row.agency_id) ?? null) : null,
        docType: (row.doc_type as string | null) ?? null,
        ...(row.channel !== undefined ? { channel: String(row.channel) } : {}),
        metrics: Object.fromEntries(metrics.map((metric) => [metric, Number(row[metric] ?? 0)])),
      }))
      .filter((row) => Object.values(row.metrics).some((value) => value > 0))
      .sort((a, b) => (a.agency?.code ?? '').localeCompare(b.agency?.code ?? '') || (a.docType ?? '').localeCompare(b.docType ?? ''));
  }
}

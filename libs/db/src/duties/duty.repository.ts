import type { DataSource } from 'typeorm';

/** Which duties: still open (not yet due or due and not done), overdue, fulfilled or dismissed. */
export type DutyStatusFilter = 'open' | 'overdue' | 'fulfilled' | 'notNeeded';

export interface DutyFilter {
  status?: DutyStatusFilter;
  addressee?: string;
  sourceDocumentId?: string;
  caseId?: string;
}

/** A row of the backlog: the duty case's read model with the fields of its data the lists need. */
export interface DutyRow {
  caseId: string;
  sourceDocumentId: string;
  sourceNumber: string | null;
  pathKey: string;
  citationKey: string;
  addressee: string;
  subject: string;
  dueDate: string | null;
  status: string;
  outcome: string | null;
  overdue: boolean;
  openedOn: string;
  closedOn: string | null;
  draftingAgencyId: string | null;
  fulfilledBy: Array<{ documentId: string; number: string | null; issuedDate: string | null; linkedOn: string; onTime: boolean | null; how: string }>;
}

/** A document as duty detection reads it. */
export interface DutyDocument {
  id: string;
  kind: string;
  number: string | null;
  title: string | null;
  docType: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  issuerName: string | null;
  issuerLevel: string | null;
  currentVersionId: string | null;
}

/** A BASED_ON / DETAILS relation between a provincial document and a document it rests on. */
export interface DutyRelation {
  localDocumentId: string;
  type: string;
  targetDocumentId: string;
  targetPathKey: string | null;
  provision: string | null;
}

const DATA = `c.detail->'state'->'data'`;
const STATUS_WHERE: Record<DutyStatusFilter, string> = {
  open: 'c.outcome IS NULL AND NOT c.overdue',
  overdue: 'c.outcome IS NULL AND c.overdue',
  fulfilled: `c.outcome IN ('fulfilled', 'fulfilledLate')`,
  notNeeded: `c.outcome = 'notNeeded'`,
};

/**
 * Reads for detailed-regulation duties. The duties themselves are control cases of kind `duty`
 * (table control_cases, written by their workflows); this adds the document and relation reads
 * detection and linking need, and the backlog query.
 */
export class DutyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async document(id: string): Promise<DutyDocument | null> {
    const rows: DutyDocument[] = await this.dataSource.query(
      `SELECT d.id, d.kind, d.number, d.title, d.doc_type AS "docType", to_char(d.issued_date, 'YYYY-MM-DD') AS "issuedDate",
              to_char(d.effective_date, 'YYYY-MM-DD') AS "effectiveDate", i.name AS "issuerName", i.level AS "issuerLevel", d.current_version_id AS "currentVersionId"
         FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The provisions of a version in document order, with what detection reads of each. */
  provisions(versionId: string): Promise<Array<{ pathKey: string; citationKey: string; heading: string | null; text: string }>> {
    return this.dataSource.query(
      `SELECT path_key AS "pathKey", citation_key AS "citationKey", heading, text FROM provisions WHERE version_id = $1 ORDER BY ord`,
      [versionId],
    );
  }

  /** BASED_ON and DETAILS relations of a local document to documents in the database. */
  relationsFrom(localDocumentId: string): Promise<DutyRelation[]> {
    return this.dataSource.query(
      `SELECT source_document_id AS "localDocumentId", type, target_document_id AS "targetDocumentId", target_path_key AS "targetPathKey", detail->>'provision' AS provision
         FROM relations WHERE source_document_id = $1 AND type IN ('BASED_ON', 'DETAILS') AND target_document_id IS NOT NULL`,
      [localDocumentId],
    );
  }

  /** The same relations, seen from the central document: which issued provincial documents rest on it. */
  relationsTo(sourceDocumentId: string): Promise<DutyRelation[]> {
    return this.dataSource.query(
      `SELECT r.source_document_id AS "localDocumentId", r.type, r.target_document_id AS "targetDocumentId", r.target_path_key AS "targetPathKey", r.detail->>'provision' AS provision
         FROM relations r JOIN documents l ON l.id = r.source_document_id JOIN issuers i ON i.id = l.issuer_id
        WHERE r.target_document_id = $1 AND r.type IN ('BASED_ON', 'DETAILS') AND l.kind = 'issued' AND i.level = 'provincial'`,
      [sourceDocumentId],
    );
  }

  /** Case ids of duties already recorded, open or closed: a closed duty is never opened again. */
  async existingCaseIds(caseIds: readonly string[]): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const rows: { caseId: string }[] = await this.dataSource.query(`SELECT case_id AS "caseId" FROM control_cases WHERE case_id = ANY($1)`, [caseIds]);
    return new Set(rows.map((row) => row.caseId));
  }

  /** Open duties placed by these documents, as the fulfilment matcher reads them. */
  async openDutiesOf(sourceDocumentIds: readonly string[]): Promise<Array<{ caseId: string; sourceDocumentId: string; pathKey: string; coveredPathKeys: string[]; addressee: string }>> {
    if (sourceDocumentIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT c.case_id AS "caseId", c.document_id AS "sourceDocumentId", ${DATA}->>'pathKey' AS "pathKey",
              ARRAY(SELECT jsonb_array_elements_text(${DATA}->'coveredPathKeys')) AS "coveredPathKeys", ${DATA}->>'addressee' AS addressee
         FROM control_cases c WHERE c.kind = 'duty' AND c.outcome IS NULL AND c.document_id = ANY($1)`,
      [sourceDocumentIds],
    );
  }

  /** The backlog, soonest due first (duties without a due date last). `pageSize` null: every row (exports). */
  async list(filter: DutyFilter, page: number, pageSize: number | null): Promise<{ items: DutyRow[]; total: number }> {
    const where = [`c.kind = 'duty'`];
    const parameters: unknown[] = [];
    if (filter.status) where.push(STATUS_WHERE[filter.status]);
    if (filter.addressee) where.push(`${DATA}->>'addressee' = $${parameters.push(filter.addressee)}`);
    if (filter.sourceDocumentId) where.push(`c.document_id = $${parameters.push(filter.sourceDocumentId)}`);
    if (filter.caseId) where.push(`c.case_id = $${parameters.push(filter.caseId)}`);
    const condition = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM control_cases c WHERE ${condition}`, parameters);
    const limit = pageSize === null ? '' : ` LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.trunc((page - 1) * pageSize)}`;
    const items: DutyRow[] = await this.dataSource.query(
      `SELECT c.case_id AS "caseId", c.document_id AS "sourceDocumentId", ${DATA}->>'sourceNumber' AS "sourceNumber", ${DATA}->>'pathKey' AS "pathKey",
              ${DATA}->>'citationKey' AS "citationKey", ${DATA}->>'addressee' AS addressee, ${DATA}->>'subject' AS subject, ${DATA}->>'dueDate' AS "dueDate",
              c.status, c.outcome, c.overdue, to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn",
              ${DATA}->>'draftingAgencyId' AS "draftingAgencyId", COALESCE(${DATA}->'fulfilledBy', '[]'::jsonb) AS "fulfilledBy"
         FROM control_cases c WHERE ${condition}
        ORDER BY ${DATA}->>'dueDate' ASC NULLS LAST, c.case_id${limit}`,
      parameters,
    );
    return { items, total };
  }
}

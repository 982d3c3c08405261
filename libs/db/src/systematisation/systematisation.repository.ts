import {
  classifySystematisationEntry,
  documentRank,
  proposedResult,
  type DocType,
  type IssuerLevel,
  type SystematisationList,
  type SystematisationListEntry,
  type SystematisationPhase,
  type SystematisationPlan,
  type SystematisationResult,
  type ValidityStatus,
} from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { SystematisationAssignmentEntity } from './systematisation-assignment.entity';
import { SystematisationCampaignEntity } from './systematisation-campaign.entity';

/** Relations that end or suspend their target, whole or in part, and how a list names them. */
export const ENDING_RELATIONS: Readonly<Record<string, { status: 'expired' | 'suspended'; reason: string }>> = {
  REPLACES: { status: 'expired', reason: 'Thay thế bởi' },
  REPEALS: { status: 'expired', reason: 'Bãi bỏ bởi' },
  DECLARES_EXPIRED: { status: 'expired', reason: 'Công bố hết hiệu lực bởi' },
  SUSPENDS: { status: 'suspended', reason: 'Ngưng hiệu lực bởi' },
  SUSPENDS_EXECUTION: { status: 'suspended', reason: 'Đình chỉ việc thi hành bởi' },
};
const ENDING_TYPES = Object.keys(ENDING_RELATIONS);

export interface AgencyProgress {
  agencyId: string | null;
  agencyName: string | null;
  total: number;
  answered: number;
  /** Documents per result; `PENDING` for those without one. */
  byResult: Record<string, number>;
}

export interface ResultItem {
  documentId: string;
  result: SystematisationResult;
  changedOn: string | null;
  note: string | null;
  provisions: string[];
}

/** The columns a gathered assignment fills, as `gatherBatch` builds them. */
const ASSIGNMENT_COLUMNS = (
  [
    ['campaignId', 'uuid'],
    ['documentId', 'uuid'],
    ['agencyId', 'uuid'],
    ['number', 'text'],
    ['docType', 'text'],
    ['title', 'text'],
    ['issuerName', 'text'],
    ['field', 'text'],
    ['issuedDate', 'date'],
    ['effectiveDate', 'date'],
    ['rank', 'integer'],
    ['validityStatus', 'text'],
    ['expiryDate', 'date'],
    ['changedOn', 'date'],
    ['changeReason', 'text'],
    ['proposed', 'text'],
  ] as const
).map(([property, type]) => ({ property, type, name: property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) }));

type Gathered = {
  id: string;
  number: string | null;
  docType: DocType | null;
  title: string | null;
  issuerName: string | null;
  issuerLevel: IssuerLevel | null;
  numberIssuerCode: string | null;
  field: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  validityStatus: ValidityStatus | null;
  expiryDate: string | null;
  expiryReason: string | null;
  agencyId: string | null;
  changedOn: string | null;
  changedBy: string | null;
  changeType: string | null;
};

/** Campaigns, their assignments and the lists they produce; every read is paged or aggregated. */
export class SystematisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts a campaign, unless one of the same cycle and scope exists: then its id, `created` false. */
  async createCampaign(manager: EntityManager, fields: QueryDeepPartialEntity<SystematisationCampaignEntity>): Promise<{ id: string; created: boolean }> {
    const inserted = await manager.createQueryBuilder().insert().into(SystematisationCampaignEntity).values(fields).orIgnore().returning(['id']).execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) return { id, created: true };
    const existing = await manager.getRepository(SystematisationCampaignEntity).findOneByOrFail({ scopeKey: fields.scopeKey as string });
    return { id: existing.id, created: false };
  }

  findCampaign(id: string, manager: EntityManager = this.dataSource.manager): Promise<SystematisationCampaignEntity | null> {
    return manager.getRepository(SystematisationCampaignEntity).findOneBy({ id });
  }

  /** The campaign row, locked against a phase change until the caller's transaction ends. */
  lockCampaign(manager: EntityManager, id: string): Promise<SystematisationCampaignEntity | null> {
    return manager.getRepository(SystematisationCampaignEntity).createQueryBuilder('c').setLock('pessimistic_read').where('c.id = :id', { id }).getOne();
  }

  async listCampaigns(page: number, pageSize: number): Promise<{ items: SystematisationCampaignEntity[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(SystematisationCampaignEntity).findAndCount({ order: { referenceDate: 'DESC', createdAt: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items, total };
  }

  async updateCampaign(id: string, fields: QueryDeepPartialEntity<SystematisationCampaignEntity>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(SystematisationCampaignEntity).update({ id }, fields);
  }

  /** Phase change that waits for result transactions in flight (they hold the row shared). */
  async setPhase(id: string, phase: SystematisationPhase, fields: QueryDeepPartialEntity<SystematisationCampaignEntity> = {}): Promise<void> {
    await this.updateCampaign(id, { ...fields, phase });
  }

  /**
   * Gathers the next `limit` documents in scope after `afterId` (keyset by id) as assignments with
   * their proposal, each to its drafting agency or else `fallbackAgencyId`. Idempotent: a retried
   * batch inserts nothing twice. Returns how many documents the page held and the last id.
   */
  async gatherBatch(campaign: SystematisationCampaignEntity, afterId: string | null, limit: number, fallbackAgencyId: string | null): Promise<{ count: number; lastId: string | null }> {
    const { scope } = campaign;
    const rows: Gathered[] = await this.dataSource.query(
      // The page is cut before the lateral join, so each batch reads only its own documents' relations.
      `WITH page AS (
         SELECT d.*, i.name AS issuer_name, i.level AS issuer_level
           FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id
          WHERE d.kind = 'issued' AND d.is_normative
            AND ($1::uuid IS NULL OR d.id > $1::uuid)
            AND d.issued_date <= $2::date AND (d.effective_date IS NULL OR d.effective_date <= $2::date)
            AND (d.expiry_date IS NULL OR d.expiry_date >= $3::date)
            AND (CASE WHEN cardinality($4::uuid[]) = 0 THEN i.level = 'provincial' ELSE d.issuer_id = ANY($4::uuid[]) END)
            AND (cardinality($5::text[]) = 0 OR d.doc_type = ANY($5::text[]))
            AND (cardinality($6::text[]) = 0 OR d.field = ANY($6::text[]))
          ORDER BY d.id LIMIT $7)
       SELECT d.id, d.number, d.doc_type AS "docType", d.title, d.issuer_name AS "issuerName", d.issuer_level AS "issuerLevel", d.number_issuer_code AS "numberIssuerCode",
              d.field, d.issued_date::text AS "issuedDate", d.effective_date::text AS "effectiveDate", d.validity_status AS "validityStatus",
              d.expiry_date::text AS "expiryDate", d.expiry_reason AS "expiryReason", d.drafting_agency_id AS "agencyId",
              ending.changed_on::text AS "changedOn", ending.number AS "changedBy", ending.type AS "changeType"
         FROM page d
         LEFT JOIN LATERAL (
           SELECT s.effective_date AS changed_on, s.number, r.type
             FROM relations r JOIN documents s ON s.id = r.source_document_id
            WHERE r.target_document_id = d.id AND r.type = ANY($8::text[]) AND s.kind = 'issued' AND s.effective_date IS NOT NULL
            ORDER BY s.effective_date DESC LIMIT 1) ending ON true
        ORDER BY d.id`,
      [afterId, campaign.periodEnd, campaign.periodStart, scope.issuerIds, scope.docTypes, scope.fields, limit, ENDING_TYPES],
    );
    if (rows.length === 0) return { count: 0, lastId: afterId };
    const values = rows.map((row) => {
      const changedOn = row.expiryDate ?? row.changedOn;
      const changeReason = row.expiryDate ? row.expiryReason : row.changeType ? `${ENDING_RELATIONS[row.changeType].reason} ${row.changedBy ?? ''}`.trim() : null;
      return {
        campaignId: campaign.id,
        documentId: row.id,
        agencyId: row.agencyId ?? fallbackAgencyId,
        number: row.number,
        docType: row.docType,
        title: row.title,
        issuerName: row.issuerName,
        field: row.field,
        issuedDate: row.issuedDate,
        effectiveDate: row.effectiveDate,
        rank: documentRank({ docType: row.docType, numberIssuerCode: row.numberIssuerCode, issuerLevel: row.issuerLevel }),
        validityStatus: row.validityStatus,
        expiryDate: row.expiryDate,
        changedOn,
        changeReason,
        proposed: proposedResult({ validityStatus: row.validityStatus, expiryDate: row.expiryDate, changedOn: row.changedOn }, campaign),
      };
    });
    // One JSON parameter rather than the query builder's 16 placeholders a row, which is far slower at 500 rows.
    await this.dataSource.query(
      `INSERT INTO systematisation_assignments (${ASSIGNMENT_COLUMNS.map((column) => column.name).join(', ')})
       SELECT ${ASSIGNMENT_COLUMNS.map((column) => `v."${column.property}"`).join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS v(${ASSIGNMENT_COLUMNS.map((column) => `"${column.property}" ${column.type}`).join(', ')})
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(values)],
    );
    return { count: rows.length, lastId: rows.at(-1)!.id };
  }

  /** Counts per agency and result: the campaign's progress read model. */
  async progress(campaignId: string): Promise<AgencyProgress[]> {
    const rows: { agencyId: string | null; agencyName: string | null; result: string; count: number }[] = await this.dataSource.query(
      `SELECT a.agency_id AS "agencyId", g.name AS "agencyName", coalesce(a.result, 'PENDING') AS result, count(*)::int AS count
         FROM systematisation_assignments a LEFT JOIN agencies g ON g.id = a.agency_id
        WHERE a.campaign_id = $1 GROUP BY 1, 2, 3 ORDER BY 2, 3`,
      [campaignId],
    );
    const byAgency = new Map<string | null, AgencyProgress>();
    for (const row of rows) {
      const entry = byAgency.get(row.agencyId) ?? { agencyId: row.agencyId, agencyName: row.agencyName, total: 0, answered: 0, byResult: {} };
      entry.total += row.count;
      if (row.result !== 'PENDING') entry.answered += row.count;
      entry.byResult[row.result] = row.count;
      byAgency.set(row.agencyId, entry);
    }
    return [...byAgency.values()];
  }

  async answeredCount(campaignId: string): Promise<{ total: number; answered: number }> {
    const rows = await this.dataSource.query<{ total: number; answered: number }[]>('SELECT count(*)::int AS total, count(result)::int AS answered FROM systematisation_assignments WHERE campaign_id = $1', [campaignId]);
    return rows[0];
  }

  async listAssignments(campaignId: string, filter: { agencyId?: string; pending?: boolean }, page: number, pageSize: number): Promise<{ items: SystematisationAssignmentEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(SystematisationAssignmentEntity).createQueryBuilder('a').where('a.campaignId = :campaignId', { campaignId });
    if (filter.agencyId) qb.andWhere('a.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.pending !== undefined) qb.andWhere(filter.pending ? 'a.result IS NULL' : 'a.result IS NOT NULL');
    const [items, total] = await qb.orderBy('a.issuedDate', 'ASC').addOrderBy('a.documentId', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  /** The assignments of these documents, for checks before results are written. */
  assignmentsOf(manager: EntityManager, campaignId: string, documentIds: string[]): Promise<Pick<SystematisationAssignmentEntity, 'documentId' | 'agencyId' | 'result'>[]> {
    return manager
      .getRepository(SystematisationAssignmentEntity)
      .createQueryBuilder('a')
      .select(['a.documentId', 'a.agencyId', 'a.result'])
      .where('a.campaignId = :campaignId AND a.documentId IN (:...documentIds)', { campaignId, documentIds })
      .getMany();
  }

  /** Writes (or overwrites) agencies' results in one statement. */
  async writeResults(manager: EntityManager, campaignId: string, items: ResultItem[], userId: string | null): Promise<void> {
    await manager.query(
      `UPDATE systematisation_assignments a
          SET result = v.result, result_changed_on = v.changed_on, note = v.note, provisions = coalesce(v.provisions, '{}'), answered_by = $2, answered_at = now()
         FROM (SELECT * FROM jsonb_to_recordset($3::jsonb) AS x("documentId" uuid, result text, "changedOn" date, note text, provisions text[])) AS v(document_id, result, changed_on, note, provisions)
        WHERE a.campaign_id = $1 AND a.document_id = v.document_id`,
      [campaignId, userId, JSON.stringify(items)],
    );
  }

  /** Classifies the next page of assignments after `afterId` into the lists; returns the page size and last id. */
  async classifyBatch(campaign: Pick<SystematisationPlan, 'periodStart' | 'periodEnd'> & { id: string }, afterId: string | null, limit: number): Promise<{ count: number; lastId: string | null }> {
    const rows: { documentId: string; proposed: SystematisationResult; result: SystematisationResult | null; changedOn: string | null }[] = await this.dataSource.query(
      `SELECT document_id AS "documentId", proposed, result, coalesce(result_changed_on, changed_on)::text AS "changedOn"
         FROM systematisation_assignments WHERE campaign_id = $1 AND ($2::uuid IS NULL OR document_id > $2::uuid) ORDER BY document_id LIMIT $3`,
      [campaign.id, afterId, limit],
    );
    if (rows.length === 0) return { count: 0, lastId: afterId };
    const lists = rows.map((row) => ({ documentId: row.documentId, lists: classifySystematisationEntry(row, campaign) }));
    await this.dataSource.query(
      `UPDATE systematisation_assignments a SET lists = ARRAY(SELECT jsonb_array_elements_text(v.lists))
         FROM jsonb_to_recordset($2::jsonb) AS v("documentId" uuid, lists jsonb)
        WHERE a.campaign_id = $1 AND a.document_id = v."documentId"`,
      [campaign.id, JSON.stringify(lists)],
    );
    return { count: rows.length, lastId: rows.at(-1)!.documentId };
  }

  async listCounts(campaignId: string): Promise<Record<string, number>> {
    const rows: { list: string; count: number }[] = await this.dataSource.query(
      'SELECT l AS list, count(*)::int AS count FROM systematisation_assignments, unnest(lists) AS l WHERE campaign_id = $1 GROUP BY l',
      [campaignId],
    );
    return Object.fromEntries(rows.map((row) => [row.list, row.count]));
  }

  /**
   * One list in print order: the compilation by field, legal force, date and number (REFERENCE
   * §4.12 step 3); the other lists by date and number. `page` null reads it whole (exports).
   */
  async listEntries(campaignId: string, list: SystematisationList, page: { page: number; pageSize: number } | null): Promise<{ items: SystematisationListEntry[]; total: number }> {
    const order = list === 'compilation' ? 'a.field ASC NULLS LAST, a.rank ASC NULLS LAST, a.issued_date, a.number' : 'a.issued_date, a.number';
    const rows: (SystematisationListEntry & { total: number })[] = await this.dataSource.query(
      `SELECT a.document_id AS "documentId", a.number, a.doc_type AS "docType", a.title, a.issuer_name AS "issuerName", a.field,
              a.issued_date::text AS "issuedDate", a.effective_date::text AS "effectiveDate", g.name AS "agencyName",
              coalesce(a.result, a.proposed) AS result, a.result IS NOT NULL AS answered,
              coalesce(a.result_changed_on, a.changed_on)::text AS "changedOn", a.change_reason AS "changeReason", a.note, a.provisions,
              count(*) OVER ()::int AS total
         FROM systematisation_assignments a LEFT JOIN agencies g ON g.id = a.agency_id
        WHERE a.campaign_id = $1 AND $2 = ANY(a.lists)
        ORDER BY ${order}, a.document_id
        ${page ? 'LIMIT $3 OFFSET $4' : ''}`,
      page ? [campaignId, list, page.pageSize, (page.page - 1) * page.pageSize] : [campaignId, list],
    );
    const total = rows[0]?.total ?? 0;
    return { items: rows.map(({ total: _total, ...entry }) => entry), total };
  }
}

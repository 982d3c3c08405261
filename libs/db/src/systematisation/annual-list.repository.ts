import type { AnnualListItem } from '@legis/domain';
import type { DataSource } from 'typeorm';
import { ENDING_RELATIONS } from './systematisation.repository';

type EventRow = Omit<AnnualListItem, 'status' | 'reason' | 'carriedForward' | 'provisions'> & {
  relationType: string | null;
  byNumber: string | null;
  expiryReason: string | null;
  provision: string | null;
  recordedYear: number | null;
};

/**
 * The annual list of expired and suspended documents (REFERENCE §4.11): documents of the province
 * (or of one issuer) that expired or were suspended, whole or in part, during a calendar year.
 */
export class AnnualListRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Events come from the relations that ended or suspended a document (dated by the entry into
   * force of the ending document) and from expiry dates with no such relation (a fixed term). An
   * event of the previous year recorded only in this one is carried forward.
   */
  async items(year: number, issuerId: string | null): Promise<AnnualListItem[]> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const rows: EventRow[] = await this.dataSource.query(
      `WITH scope AS (
         SELECT d.* , i.name AS issuer_name FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id
          WHERE d.kind = 'issued' AND d.is_normative AND (CASE WHEN $3::uuid IS NULL THEN i.level = 'provincial' ELSE d.issuer_id = $3::uuid END)),
       by_relation AS (
         SELECT t.id AS "documentId", t.number, t.doc_type AS "docType", t.title, t.issuer_name AS "issuerName", t.issued_date::text AS "issuedDate",
                CASE WHEN bool_or(r.target_path_key IS NULL) THEN 'whole' ELSE 'part' END AS extent, s.effective_date::text AS date,
                r.type AS "relationType", s.number AS "byNumber", NULL::text AS "expiryReason",
                string_agg(DISTINCT r.target_path_key, ', ') AS provision, min(extract(year FROM r.created_at))::int AS "recordedYear"
           FROM scope t JOIN relations r ON r.target_document_id = t.id AND r.type = ANY($4::text[])
           JOIN documents s ON s.id = r.source_document_id AND s.kind = 'issued'
          WHERE s.effective_date <= $2::date
            AND (s.effective_date >= $1::date OR (s.effective_date >= $1::date - interval '1 year' AND r.created_at >= $1::date AND r.created_at < $2::date + 1))
          GROUP BY t.id, t.number, t.doc_type, t.title, t.issuer_name, t.issued_date, s.id, s.effective_date, s.number, r.type),
       by_expiry AS (
         SELECT t.id, t.number, t.doc_type, t.title, t.issuer_name, t.issued_date::text, 'whole', t.expiry_date::text,
                NULL, NULL, t.expiry_reason, NULL, NULL::int
           FROM scope t
          WHERE t.expiry_date BETWEEN $1::date AND $2::date
            AND NOT EXISTS (SELECT 1 FROM by_relation b WHERE b."documentId" = t.id AND b.extent = 'whole' AND b.date = t.expiry_date::text))
       SELECT * FROM by_relation UNION ALL SELECT * FROM by_expiry
       ORDER BY "issuedDate", number, "documentId", date`,
      [from, to, issuerId, Object.keys(ENDING_RELATIONS)],
    );
    return rows.map(({ relationType, byNumber, expiryReason, provision, recordedYear, ...row }) => {
      const ending = relationType ? ENDING_RELATIONS[relationType] : null;
      return {
        ...row,
        status: ending?.status ?? 'expired',
        reason: ending ? `${ending.reason} ${byNumber ?? ''}`.trim() : expiryReason,
        provisions: provision ? provision.split(', ') : [],
        carriedForward: row.date < from && recordedYear === year,
      };
    });
  }
}

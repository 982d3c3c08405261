import type { RelationCandidate, RelationType } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { DocumentEntity } from './document.entity';
import { RelationEntity } from './relation.entity';

export interface RelationView {
  id: string;
  type: RelationType;
  direction: 'outgoing' | 'incoming';
  sourceDocumentId: string;
  sourcePathKey: string | null;
  targetDocumentId: string | null;
  targetPathKey: string | null;
  targetRef: RelationEntity['targetRef'];
  /** The other document's number and title, when it is in the database. */
  other: { id: string; number: string | null; title: string | null; docType: string | null; validityStatus: string | null; kind: 'draft' | 'issued'; draftingAgencyId: string | null } | null;
  origin: RelationEntity['origin'];
  detail: RelationEntity['detail'];
  raw: string | null;
}

/**
 * Numbers of provincial and commune councils and committees (…/QĐ-UBND, …/NQ-HĐND) repeat in every
 * province: such a reference only resolves to a document of the citing document's own issuer.
 */
const LOCAL_NUMBER = '-(UBND|HĐND|UB|CTUBND)[0-9]*$';

/**
 * SQL condition: document `d` is what relation `r` (from source document `s`) cites, by number, or (cited without a number) by
 * type and name, on the cited date when one was given.
 */
const MATCHES_TARGET = `((r.target_number_key IS NOT NULL AND d.number_key = r.target_number_key
       AND (r.target_number_key !~ '${LOCAL_NUMBER}' OR d.issuer_id IS NOT DISTINCT FROM s.issuer_id))
  OR (r.target_number_key IS NULL AND r.target_title_key IS NOT NULL AND d.title_key = r.target_title_key
      AND (r.target_ref->>'date' IS NULL OR d.issued_date = (r.target_ref->>'date')::date)))`;

/** Relations between documents, with automatic resolution of references to documents that arrive later. */
export class RelationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Replaces the relations a version's text states with `candidates`, resolving each target that is
   * already in the database (by number, else by type and name).
   */
  async replaceParsedForVersion(manager: EntityManager, source: { documentId: string; versionId: string }, candidates: readonly RelationCandidate[]): Promise<number> {
    await manager.getRepository(RelationEntity).delete({ sourceVersionId: source.versionId, origin: 'parsed' });
    if (candidates.length === 0) return 0;
    const rows = candidates.map((c) => ({
      type: c.type,
      sourceDocumentId: source.documentId,
      sourceVersionId: source.versionId,
      sourcePathKey: c.sourcePathKey,
      targetPathKey: c.targetPathKey,
      targetRef: c.targetRef,
      targetNumberKey: c.targetNumberKey,
      targetTitleKey: c.targetTitleKey,
      origin: 'parsed' as const,
      detail: c.detail,
      raw: c.raw,
    })) as QueryDeepPartialEntity<RelationEntity>[];
    await manager.createQueryBuilder().insert().into(RelationEntity).values(rows).execute();
    await manager.query(
      `WITH matches AS (
         SELECT r.id AS relation_id, d.id AS document_id, d.issuer_id IS NOT DISTINCT FROM s.issuer_id AS same_issuer
           FROM relations r
           JOIN documents s ON s.id = r.source_document_id
           JOIN documents d ON d.id <> r.source_document_id AND ${MATCHES_TARGET}
          WHERE r.source_version_id = $1 AND r.target_document_id IS NULL),
       picked AS (
         SELECT relation_id,
                CASE WHEN count(*) FILTER (WHERE same_issuer) = 1 THEN (array_agg(document_id) FILTER (WHERE same_issuer))[1]
                     WHEN count(*) = 1 THEN (array_agg(document_id))[1] END AS document_id
           FROM matches GROUP BY relation_id)
       UPDATE relations r SET target_document_id = picked.document_id
         FROM picked WHERE r.id = picked.relation_id AND picked.document_id IS NOT NULL`,
      [source.versionId],
    );
    return rows.length;
  }

  /**
   * Links unresolved references from other documents to `document` now that it is known. A number
   * shared by several issuers (provinces reuse numbers) resolves only for citing documents of the
   * same issuer, or when no other document has it.
   */
  async resolvePendingTo(manager: EntityManager, document: Pick<DocumentEntity, 'id' | 'numberKey' | 'titleKey' | 'issuerId' | 'issuedDate'>): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE relations r SET target_document_id = d.id
         FROM documents d, documents s
        WHERE d.id = $1 AND s.id = r.source_document_id AND r.target_document_id IS NULL AND r.source_document_id <> d.id
          AND ${MATCHES_TARGET}
          AND (d.issuer_id IS NOT DISTINCT FROM s.issuer_id
               OR (SELECT count(*) FROM documents o WHERE o.number_key = d.number_key OR (r.target_number_key IS NULL AND o.title_key = d.title_key)) = 1)`,
      [document.id],
    );
    return result[1];
  }

  /** Relations of a document both ways, with the other document's identity. */
  async ofDocument(documentId: string): Promise<RelationView[]> {
    type Row = RelationEntity & {
      direction: 'outgoing' | 'incoming';
      otherId: string | null;
      otherNumber: string | null;
      otherTitle: string | null;
      otherDocType: string | null;
      otherValidity: string | null;
      otherKind: 'draft' | 'issued';
      otherAgency: string | null;
    };
    const rows: Row[] =
      await this.dataSource.query(
        `SELECT r.id, r.type, r.source_document_id AS "sourceDocumentId", r.source_path_key AS "sourcePathKey",
                r.target_document_id AS "targetDocumentId", r.target_path_key AS "targetPathKey", r.target_ref AS "targetRef",
                r.origin, r.detail, r.raw, x.direction,
                o.id AS "otherId", o.number AS "otherNumber", o.title AS "otherTitle", o.doc_type AS "otherDocType", o.validity_status AS "otherValidity",
                o.kind AS "otherKind", o.drafting_agency_id AS "otherAgency"
           FROM (SELECT id, 'outgoing' AS direction, target_document_id AS other FROM relations WHERE source_document_id = $1
                 UNION ALL
                 SELECT id, 'incoming', source_document_id FROM relations WHERE target_document_id = $1) x
           JOIN relations r ON r.id = x.id
           LEFT JOIN documents o ON o.id = x.other
          ORDER BY x.direction DESC, r.type, r.source_path_key NULLS FIRST`,
        [documentId],
      );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      direction: row.direction,
      sourceDocumentId: row.sourceDocumentId,
      sourcePathKey: row.sourcePathKey,
      targetDocumentId: row.targetDocumentId,
      targetPathKey: row.targetPathKey,
      targetRef: row.targetRef,
      other: row.otherId
        ? { id: row.otherId, number: row.otherNumber, title: row.otherTitle, docType: row.otherDocType, validityStatus: row.otherValidity, kind: row.otherKind, draftingAgencyId: row.otherAgency }
        : null,
      origin: row.origin,
      detail: row.detail,
      raw: row.raw,
    }));
  }
}

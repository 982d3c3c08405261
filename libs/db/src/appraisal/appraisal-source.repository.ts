import type { DataSource } from 'typeorm';
import type { DocumentEntity } from '../documents/document.entity';
import { ProvisionEntity } from '../documents/provision.entity';

export type CitedDocument = Pick<
  DocumentEntity,
  'id' | 'kind' | 'docType' | 'number' | 'title' | 'numberIssuerCode' | 'validityStatus' | 'effectiveDate' | 'expiryDate' | 'issuedDate' | 'isNormative' | 'currentVersionId'
> & { issuerLevel: string | null };

/** What the appraisal pre-check looks up: the documents a draft cites, and the articles it says it details. */
export class AppraisalSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The document a citation names: by number when it has one, else by type and title (laws are
   * often cited by name). Issued documents first, the most recent first.
   */
  async findCited(key: { numberKey: string | null; titleKey: string | null }): Promise<CitedDocument | null> {
    if (!key.numberKey && !key.titleKey) return null;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT d.id, d.kind, d.doc_type, d.number, d.title, d.number_issuer_code, d.validity_status, d.effective_date::text AS effective_date, d.expiry_date::text AS expiry_date,
              d.issued_date::text AS issued_date, d.is_normative, d.current_version_id, i.level AS issuer_level
         FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id
        WHERE ${key.numberKey ? 'd.number_key = $1' : 'd.title_key = $1'}
        ORDER BY (d.kind = 'issued') DESC, d.issued_date DESC NULLS LAST
        LIMIT 1`,
      [key.numberKey ?? key.titleKey],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id as string,
      kind: row.kind as CitedDocument['kind'],
      docType: row.doc_type as CitedDocument['docType'],
      number: row.number as string | null,
      title: row.title as string | null,
      numberIssuerCode: row.number_issuer_code as string | null,
      validityStatus: row.validity_status as CitedDocument['validityStatus'],
      effectiveDate: row.effective_date as string | null,
      expiryDate: row.expiry_date as string | null,
      issuedDate: row.issued_date as string | null,
      isNormative: row.is_normative as boolean,
      currentVersionId: row.current_version_id as string | null,
      issuerLevel: row.issuer_level as string | null,
    };
  }

  /** An article of a version with all its clauses and points, in order. */
  articleOf(versionId: string, articlePathKey: string): Promise<ProvisionEntity[]> {
    return this.dataSource
      .getRepository(ProvisionEntity)
      .createQueryBuilder('p')
      .where('p.versionId = :versionId', { versionId })
      .andWhere('(p.pathKey = :key OR p.pathKey LIKE :prefix)', { key: articlePathKey, prefix: `${articlePathKey}.%` })
      .orderBy('p.ord', 'ASC')
      .getMany();
  }
}

import { nameKey, normalizeDocumentNumber, type DocType, type DocumentKind, type ValidityStatus, type VersionStatus } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DocumentFileEntity } from './document-file.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';

export interface UploadedFile {
  bytes: Buffer;
  sha256: string;
  fileName: string | null;
  mimeType: string;
}

export interface DocumentQuery {
  kind?: DocumentKind;
  docType?: DocType;
  issuerId?: string;
  status?: ValidityStatus;
  /** Words of the title (diacritics and case ignored) or part of the number. */
  q?: string;
  /** Drafts visible to the caller: every draft ('all'), those of these agencies, or none. */
  draftsOf: 'all' | string[];
  page: number;
  pageSize: number;
}

/** Documents, their versions and the original files. */
export class DocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentEntity | null> {
    return manager.getRepository(DocumentEntity).findOne({ where: { id }, relations: { issuer: true, draftingAgency: true } });
  }

  async create(manager: EntityManager, fields: Partial<DocumentEntity>, file: UploadedFile, createdBy: string | null) {
    const document = await manager.getRepository(DocumentEntity).save(manager.getRepository(DocumentEntity).create({ ...fields, createdBy }));
    const version = await this.addVersion(manager, document.id, file, createdBy);
    return { document, version };
  }

  /** Appends version n + 1 (the document row is locked, so concurrent uploads get distinct numbers). */
  async addVersion(manager: EntityManager, documentId: string, file: UploadedFile, createdBy: string | null): Promise<DocumentVersionEntity> {
    await manager.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
    const rows: { next: number }[] = await manager.query('SELECT coalesce(max(version_no), 0) + 1 AS next FROM document_versions WHERE document_id = $1', [documentId]);
    const next = rows[0].next;
    const versions = manager.getRepository(DocumentVersionEntity);
    const version = await versions.save(
      versions.create({
        documentId,
        versionNo: next,
        sha256: file.sha256,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.length,
        status: 'received',
        createdBy,
      }),
    );
    await manager.getRepository(DocumentFileEntity).insert({ versionId: version.id, bytes: file.bytes });
    return version;
  }

  /**
   * The document already holding a number: unique per issuer, type, year and sequence (provinces
   * reuse each other's numbers, so the string alone is never the key).
   */
  async numberHolder(
    manager: EntityManager,
    key: { issuerId: string; docType: string; year: number; seq: string },
    exceptDocumentId: string | null,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM documents WHERE issuer_id = $1 AND doc_type = $2 AND number_year = $3 AND number_seq = $4 AND id IS DISTINCT FROM $5 LIMIT 1',
      [key.issuerId, key.docType, key.year, key.seq, exceptDocumentId],
    );
    return rows[0]?.id ?? null;
  }

  /** Versions anywhere with exactly these bytes (duplicate uploads). */
  findVersionsBySha256(sha256: string): Promise<DocumentVersionEntity[]> {
    return this.dataSource.getRepository(DocumentVersionEntity).find({ where: { sha256 }, order: { createdAt: 'ASC' } });
  }

  findVersion(documentId: string, versionNo: number): Promise<DocumentVersionEntity | null> {
    return this.dataSource.getRepository(DocumentVersionEntity).findOneBy({ documentId, versionNo });
  }

  findVersionById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentVersionEntity | null> {
    return manager.getRepository(DocumentVersionEntity).findOneBy({ id });
  }

  listVersions(documentId: string): Promise<DocumentVersionEntity[]> {
    return this.dataSource
      .getRepository(DocumentVersionEntity)
      .createQueryBuilder('v')
      .select(['v.id', 'v.documentId', 'v.versionNo', 'v.sha256', 'v.fileName', 'v.mimeType', 'v.sizeBytes', 'v.status', 'v.statusReason', 'v.extractionMethod', 'v.pageCount', 'v.warnings', 'v.termsCounted', 'v.createdBy', 'v.createdAt', 'v.updatedAt'])
      .where('v.documentId = :documentId', { documentId })
      .orderBy('v.versionNo', 'ASC')
      .getMany();
  }

  /** Status of many versions, with what access checks need (kind and drafting agency of the document). */
  async versionStatuses(versionIds: string[]) {
    if (versionIds.length === 0) return [];
    const rows: { versionId: string; documentId: string; versionNo: number; status: VersionStatus; statusReason: string | null; kind: DocumentKind; draftingAgencyId: string | null }[] =
      await this.dataSource.query(
        `SELECT v.id AS "versionId", v.document_id AS "documentId", v.version_no AS "versionNo", v.status, v.status_reason AS "statusReason",
                d.kind, d.drafting_agency_id AS "draftingAgencyId"
           FROM document_versions v JOIN documents d ON d.id = v.document_id
          WHERE v.id = ANY($1::uuid[])`,
        [versionIds],
      );
    return rows;
  }

  async file(versionId: string): Promise<Buffer | null> {
    return (await this.dataSource.getRepository(DocumentFileEntity).findOneBy({ versionId }))?.bytes ?? null;
  }

  /** Stores what extraction produced and leaves the version `extracting` until it is parsed. */
  async saveExtraction(
    versionId: string,
    result: Pick<DocumentVersionEntity, 'text' | 'extractionMethod' | 'pageCount' | 'extraction'>,
  ): Promise<void> {
    await this.dataSource.getRepository(DocumentVersionEntity).update({ id: versionId }, { ...result, statusReason: null } as QueryDeepPartialEntity<DocumentVersionEntity>);
  }

  async setVersionStatus(versionId: string, status: VersionStatus, reason: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(DocumentVersionEntity).update({ id: versionId }, { status, statusReason: reason });
  }

  async list(query: DocumentQuery): Promise<{ items: DocumentEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.issuer', 'issuer')
      .leftJoinAndSelect('d.draftingAgency', 'draftingAgency');
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.docType) qb.andWhere('d.docType = :docType', { docType: query.docType });
    if (query.issuerId) qb.andWhere('d.issuerId = :issuerId', { issuerId: query.issuerId });
    if (query.status) qb.andWhere('d.validityStatus = :status', { status: query.status });
    if (query.q) {
      qb.andWhere('(d.titleKey LIKE :title OR d.numberKey LIKE :number)', {
        title: `%${escapeLike(nameKey(query.q))}%`,
        number: `%${escapeLike(normalizeDocumentNumber(query.q))}%`,
      });
    }
    if (query.draftsOf !== 'all') {
      qb.andWhere(query.draftsOf.length > 0 ? "(d.kind = 'issued' OR d.draftingAgencyId IN (:...agencies))" : "d.kind = 'issued'", { agencies: query.draftsOf });
    }
    const [items, total] = await qb
      .orderBy('d.issuedDate', 'DESC', 'NULLS LAST')
      .addOrderBy('d.createdAt', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

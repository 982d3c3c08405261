import { createHash } from 'node:crypto';
import {
  AuditRepository,
  DocumentRepository,
  DraftProcedureRepository,
  IssuerRepository,
  RelationRepository,
  type DocumentEntity,
  type DocumentVersionEntity,
  type IssuerEntity,
  type UploadedFile,
} from '@legis/db';
import {
  DomainError,
  documentTitleKey,
  normalizeDocumentNumber,
  notFound,
  parseDocumentNumber,
  regimeVersionOn,
  validityFromDates,
  vietnamDateOf,
  type Principal,
} from '@legis/domain';
import { inspectFile } from '@legis/extract';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { toPage, type Page } from '../common/pagination/page';
import { authorizeChange, authorizeSubmission, canSee, visibleDraftAgencies } from './document-access';
import type { DocumentMetadataDto } from './dto/document-metadata.dto';
import type { DocumentQueryDto } from './dto/document-query.dto';
import {
  toDocumentSummaryDto,
  toRelationDto,
  toVersionDto,
  versionUrl,
  type DocumentDto,
  type DocumentSummaryDto,
  type IntakeAcceptedDto,
  type VersionDto,
  type VersionStatusDto,
} from './dto/document.dto';
import { fileProblem } from './file-problems';
import { IntakeStarter } from './intake-starter';

/** An upload as it arrives: a file (multipart) or a text (JSON body). */
export interface Submission {
  file: { buffer: Buffer; originalname?: string; mimetype?: string } | null;
  text: string | null;
  metadata: DocumentMetadataDto;
}

/** Documents and their versions: submission, intake hand-off, reading, with access rules applied. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(IssuerRepository) private readonly issuers: IssuerRepository,
    @Inject(RelationRepository) private readonly relations: RelationRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(IntakeStarter) private readonly intake: IntakeStarter,
    @Inject(DraftProcedureRepository) private readonly draftProcedures: DraftProcedureRepository,
  ) {}

  /** POST /documents: a new document with its first version; intake runs in the background. */
  async submit(submission: Submission, context: RequestContext): Promise<IntakeAcceptedDto> {
    const principal = context.principal!;
    const metadata = submission.metadata;
    const kind = metadata.kind ?? (principal.roles.includes('drafter') ? 'draft' : 'issued');
    const draftingAgencyId = authorizeSubmission(principal, kind, metadata.draftingAgencyId);
    const file = await this.acceptFile(submission);
    await this.refuseDuplicateBytes(file.sha256, principal);

    const { document, version } = await this.dataSource.transaction(async (manager) => {
      const issuer = await this.resolveIssuer(manager, metadata);
      const fields = this.documentFields(kind, metadata, issuer, draftingAgencyId);
      await this.refuseTakenNumber(manager, fields, null);
      const created = await this.documents.create(manager, fields, file, principal.userId);
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'document.create',
        entityType: 'document',
        entityId: created.document.id,
        after: { kind, number: fields.number ?? null, versionNo: 1, sha256: file.sha256, fileName: file.fileName },
      });
      return created;
    });
    await this.intake.start(version.id);
    return accepted(document.id, version);
  }

  /**
   * POST /documents/{id}/versions: a new version of a draft (or a corrected text of an issued
   * document). A draft under a drafting procedure gets versions through its `addVersion` action,
   * which the procedure checks first (`viaProcedure`).
   */
  async addVersion(documentId: string, submission: Submission, context: RequestContext, options: { viaProcedure?: boolean } = {}): Promise<IntakeAcceptedDto> {
    const principal = context.principal!;
    const document = await this.visibleDocument(documentId, principal);
    authorizeChange(principal, document);
    if (!options.viaProcedure && document.kind === 'draft' && (await this.draftProcedures.find(documentId))) {
      throw new DomainError('conflict', 'DRAFT_UNDER_PROCEDURE', `This draft follows a drafting procedure: add versions with POST /api/v1/drafts/${documentId}/actions/addVersion.`);
    }
    const file = await this.acceptFile(submission);
    const same = (await this.documents.findVersionsBySha256(file.sha256)).find((v) => v.documentId === documentId);
    if (same) {
      throw new DomainError('conflict', 'DUPLICATE_VERSION', `Version ${same.versionNo} of this document has exactly these bytes.`, {
        extensions: { existingId: documentId, versionNo: same.versionNo },
      });
    }
    const version = await this.dataSource.transaction(async (manager) => {
      const created = await this.documents.addVersion(manager, documentId, file, principal.userId);
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'document.version.create',
        entityType: 'document',
        entityId: documentId,
        after: { versionNo: created.versionNo, sha256: file.sha256, fileName: file.fileName },
      });
      return created;
    });
    await this.intake.start(version.id);
    return accepted(documentId, version);
  }

  /** POST /documents/{id}/versions/{v}/retry: runs intake again; its derived rows are replaced. */
  async retry(documentId: string, versionNo: number, context: RequestContext): Promise<IntakeAcceptedDto> {
    const principal = context.principal!;
    const document = await this.visibleDocument(documentId, principal);
    authorizeChange(principal, document);
    const version = await this.version(documentId, versionNo);
    const stillRunning = () => new DomainError('invalid_state', 'INTAKE_RUNNING', `Intake of version ${versionNo} is still running.`, { extensions: { versionStatus: version.status } });
    if (await this.intake.isRunning(version.id)) throw stillRunning();
    await this.documents.setVersionStatus(version.id, 'received', null);
    if ((await this.intake.start(version.id)) === 'running') {
      // The run seen as over was still ending: it keeps the version and its status.
      await this.documents.setVersionStatus(version.id, version.status, version.statusReason);
      throw stillRunning();
    }
    await this.audit.record(this.dataSource.manager, {
      ...auditActor(context),
      action: 'document.version.retry',
      entityType: 'document',
      entityId: documentId,
      before: { versionNo, status: version.status, reason: version.statusReason },
    });
    return accepted(documentId, { ...version, status: 'received' });
  }

  async list(query: DocumentQueryDto, principal: Principal | undefined): Promise<Page<DocumentSummaryDto>> {
    const result = await this.documents.list({
      kind: query.kind,
      docType: query.docType,
      issuerId: query.issuer,
      status: query.status,
      q: query.q,
      draftsOf: visibleDraftAgencies(principal),
      page: query.page,
      pageSize: query.pageSize,
    });
    return toPage(result, query, toDocumentSummaryDto);
  }

  async get(documentId: string, principal: Principal | undefined): Promise<DocumentDto> {
    const document = await this.visibleDocument(documentId, principal);
    const versions = await this.documents.listVersions(documentId);
    const current = versions.find((v) => v.id === document.currentVersionId) ?? null;
    const latest = versions[versions.length - 1] ?? null;
    // A relation to a draft the caller may not see would reveal that draft: leave it out.
    const relations = (await this.relations.ofDocument(documentId)).filter((r) => r.other === null || canSee(principal, r.other));
    return {
      ...toDocumentSummaryDto(document),
      field: document.field,
      territorialScope: document.territorialScope,
      signerName: document.signerName,
      signerTitle: document.signerTitle,
      signingCapacity: document.signingCapacity,
      expiryReason: document.expiryReason,
      regimeVersion: document.regimeVersion,
      providedFields: document.providedFields,
      currentVersion: current ? toVersionDto(documentId, current) : null,
      latestVersion: latest ? toVersionDto(documentId, latest) : null,
      relations: relations.map(toRelationDto),
      createdAt: document.createdAt.toISOString(),
    };
  }

  async versions(documentId: string, principal: Principal | undefined): Promise<VersionDto[]> {
    await this.visibleDocument(documentId, principal);
    return (await this.documents.listVersions(documentId)).map((v) => toVersionDto(documentId, v));
  }

  async versionStatus(documentId: string, versionNo: number, principal: Principal | undefined): Promise<VersionStatusDto> {
    await this.visibleDocument(documentId, principal);
    const version = await this.version(documentId, versionNo);
    const dto: VersionStatusDto = toVersionDto(documentId, version);
    if (!['indexed', 'failed', 'needs_ocr'].includes(version.status)) {
      const progress = await this.intake.progress(version.id);
      if (progress) dto.progress = { ...progress };
    }
    return dto;
  }

  async statuses(versionIds: string[], principal: Principal | undefined) {
    const rows = await this.documents.versionStatuses(versionIds);
    return rows.filter((row) => canSee(principal, row)).map(({ kind: _kind, draftingAgencyId: _agency, ...status }) => status);
  }

  async file(documentId: string, versionNo: number, principal: Principal | undefined): Promise<{ bytes: Buffer; mimeType: string; fileName: string }> {
    const document = await this.visibleDocument(documentId, principal);
    const version = await this.version(documentId, versionNo);
    const bytes = await this.documents.file(version.id);
    if (!bytes) throw notFound('file', version.id);
    const fallback = `${(document.number ?? document.id).replace(/[^\p{L}\p{N}.-]+/gu, '-')}-v${versionNo}${extensionOf(version.mimeType)}`;
    return { bytes, mimeType: version.mimeType, fileName: version.fileName ?? fallback };
  }

  /** The document if the caller may see it; drafts of other agencies look exactly like missing ids. */
  async visibleDocument(documentId: string, principal: Principal | undefined): Promise<DocumentEntity> {
    const document = /^[0-9a-f-]{36}$/i.test(documentId) ? await this.documents.findById(documentId) : null;
    if (!document || !canSee(principal, document)) throw notFound('document', documentId);
    return document;
  }

  async version(documentId: string, versionNo: number): Promise<DocumentVersionEntity> {
    const version = await this.documents.findVersion(documentId, versionNo);
    if (!version) throw new DomainError('not_found', 'VERSION_NOT_FOUND', `Document ${documentId} has no version ${versionNo}.`);
    return version;
  }

  /** Size, type by content and (for PDFs) that it opens: the checks an upload can wait for. */
  private async acceptFile(submission: Submission): Promise<UploadedFile> {
    const bytes = submission.file?.buffer ?? Buffer.from(submission.text ?? '', 'utf8');
    const fileName = submission.file?.originalname ?? null;
    let mimeType: string;
    try {
      const inspected = await inspectFile(
        { bytes, filename: fileName ?? undefined, mimeType: submission.file?.mimetype },
        { maxBytes: this.config.uploadMaxBytes },
      );
      mimeType = inspected.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : inspected.mimeType;
    } catch (error) {
      throw fileProblem(error);
    }
    return { bytes, fileName, mimeType, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  private async refuseDuplicateBytes(sha256: string, principal: Principal): Promise<void> {
    for (const version of await this.documents.findVersionsBySha256(sha256)) {
      const document = await this.documents.findById(version.documentId);
      if (document && canSee(principal, document)) {
        throw new DomainError('conflict', 'DUPLICATE_FILE', `These exact bytes were already submitted as version ${version.versionNo} of document ${document.id}.`, {
          extensions: { existingId: document.id, versionNo: version.versionNo },
        });
      }
    }
  }

  private async resolveIssuer(manager: EntityManager, metadata: DocumentMetadataDto): Promise<IssuerEntity | null> {
    if (metadata.issuerId) {
      const issuer = await this.issuers.findById(metadata.issuerId, manager);
      if (!issuer) {
        throw new DomainError('invalid', 'ISSUER_UNKNOWN', `No issuer with id ${metadata.issuerId}.`, {
          fieldErrors: [{ field: 'metadata.issuerId', message: 'does not exist (see GET /api/v1/issuers)' }],
        });
      }
      return issuer;
    }
    return metadata.issuerName ? this.issuers.ensure(metadata.issuerName, manager) : null;
  }

  private documentFields(kind: 'draft' | 'issued', m: DocumentMetadataDto, issuer: IssuerEntity | null, draftingAgencyId: string | null): Partial<DocumentEntity> {
    const parsed = m.number ? parseDocumentNumber(m.number) : null;
    const number = parsed?.ok ? parsed.value : null;
    const docType = m.docType ?? number?.docType ?? null;
    const provided = Object.entries(m)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => (key === 'issuerId' ? 'issuerName' : key));
    const today = vietnamDateOf(Date.now());
    return {
      kind,
      docType,
      number: m.number ?? null,
      numberKey: m.number ? normalizeDocumentNumber(m.number) : null,
      numberSeq: number?.year != null ? String(number.seqValue) : null,
      numberYear: number?.year ?? null,
      numberTypeCode: number?.typeCode ?? null,
      numberIssuerCode: number?.issuerCode ?? null,
      issuerId: issuer?.id ?? null,
      draftingAgencyId,
      title: m.title ?? null,
      titleKey: documentTitleKey(docType, m.title ?? null),
      field: m.field ?? null,
      territorialScope: m.territorialScope ?? null,
      signerName: m.signerName ?? null,
      signerTitle: m.signerTitle ?? null,
      signingCapacity: m.signingCapacity ?? null,
      issuedDate: m.issuedDate ?? null,
      effectiveDate: m.effectiveDate ?? null,
      expiryDate: m.expiryDate ?? null,
      expiryReason: m.expiryReason ?? null,
      validityStatus: kind === 'draft' ? null : (m.validityStatus ?? validityFromDates({ effectiveDate: m.effectiveDate ?? null, expiryDate: m.expiryDate ?? null }, today)),
      regimeVersion: m.regimeVersion ?? (m.issuedDate ? regimeVersionOn(m.issuedDate) : null),
      isNormative: m.isNormative ?? true,
      providedFields: provided,
    };
  }

  private async refuseTakenNumber(manager: EntityManager, fields: Partial<DocumentEntity>, exceptId: string | null): Promise<void> {
    if (fields.numberYear == null || fields.numberSeq == null || !fields.issuerId || !fields.docType) return;
    const holder = await this.documents.numberHolder(manager, { issuerId: fields.issuerId, docType: fields.docType, year: fields.numberYear, seq: fields.numberSeq }, exceptId);
    if (holder) {
      throw new DomainError('conflict', 'NUMBER_TAKEN', `Number ${fields.number} of this issuer is already used by document ${holder}.`, {
        extensions: { existingId: holder },
        fieldErrors: [{ field: 'metadata.number', message: 'is already used by this issuer for this type and year' }],
      });
    }
  }
}

function accepted(documentId: string, version: Pick<DocumentVersionEntity, 'id' | 'versionNo' | 'status'>): IntakeAcceptedDto {
  return { id: documentId, versionId: version.id, versionNo: version.versionNo, status: version.status, statusUrl: versionUrl(documentId, version.versionNo) };
}

function extensionOf(mimeType: string): string {
  if (mimeType.startsWith('application/pdf')) return '.pdf';
  if (mimeType.includes('wordprocessingml')) return '.docx';
  if (mimeType.startsWith('text/html')) return '.html';
  return '.txt';
}

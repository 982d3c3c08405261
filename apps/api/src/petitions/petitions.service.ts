import { randomBytes, randomUUID } from 'node:crypto';
import { AuditRepository, DocumentRepository, PetitionRepository, ProvisionRepository, RateLimitRepository, type DocumentEntity, type PetitionerEntity, type PetitionRow } from '@legis/db';
import {
  DomainError,
  hasRole,
  knownPersonalData,
  maskPersonalData,
  normalizeDocumentNumber,
  normalizeTrackingCode,
  openCase,
  PETITION_CATEGORY_LABELS,
  TRACKING_CODE_RANDOM_BYTES,
  trackingCodeFrom,
  vietnamDateOf,
  type CaseJson,
  type CaseOpening,
  type PetitionCategory,
  type Principal,
  type Role,
} from '@legis/domain';
import { type CaseView, type ControlCaseInput } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { CaseEngine } from '../cases/case-engine';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { toPage, type Page, type PageQueryDto } from '../common/pagination/page';
import { refuseUnknownProvisions } from '../documents/unknown-provisions';
import type { PetitionAnswerDto, PetitionDto, PetitionQueryDto, PetitionReceiptDto, PetitionStatusDto, SubmitPetitionDto } from './petition.dto';

/** Petitions from one address: enough for a citizen, too few for a flood. */
export const PETITIONS_PER_ADDRESS = { max: 5, windowSeconds: 600 };
/** Tracking-code lookups from one address (codes carry 55 random bits; this keeps guessing pointless). */
export const LOOKUPS_PER_ADDRESS = { max: 60, windowSeconds: 60 };
/** Roles that see who petitioned; everyone else sees petitions of their agency, masked. */
const PERSONAL_DATA_ROLES: Role[] = ['admin', 'inspector', 'reviewer'];
const OVERSEERS: Role[] = ['admin', 'inspector', 'reviewer', 'appraiser'];

type Petitioner = Pick<PetitionerEntity, 'name' | 'email' | 'phone' | 'address'>;

@Injectable()
export class PetitionsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PetitionRepository) private readonly petitions: PetitionRepository,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(ProvisionRepository) private readonly provisions: ProvisionRepository,
    @Inject(RateLimitRepository) private readonly rateLimits: RateLimitRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(CaseEngine) private readonly engine: CaseEngine,
  ) {}

  /**
   * Checks the target and the petitioner, then stores the petition and opens its case in one
   * transaction: a refusal or a failed start leaves nothing behind.
   */
  async submit(dto: SubmitPetitionDto, context: RequestContext): Promise<PetitionReceiptDto> {
    const document = await this.target(dto);
    const pathKeys = await this.provisionsOf(document, [...new Set([...(dto.pathKey ? [dto.pathKey] : []), ...(dto.pathKeys ?? [])])]);
    if (!dto.petitioner.email && !dto.petitioner.phone) {
      throw new DomainError('invalid', 'PETITIONER_CONTACT_REQUIRED', 'The petitioner must give an e-mail or a phone number.', {
        fieldErrors: [{ field: 'petitioner.email', message: 'an e-mail or a phone number is required' }],
      });
    }
    const limit = await this.rateLimits.hit(`public-petition:${context.ip}`, PETITIONS_PER_ADDRESS.max, PETITIONS_PER_ADDRESS.windowSeconds);
    if (!limit.allowed) throw new DomainError('rate_limited', 'TOO_MANY_PETITIONS', 'Too many petitions from this address; try again later.', { retryAfterSeconds: limit.retryAfterSeconds });

    const now = new Date();
    const id = randomUUID();
    const trackingCode = trackingCodeFrom(randomBytes(TRACKING_CODE_RANDOM_BYTES));
    const receivedDate = vietnamDateOf(now);
    const opening: CaseOpening = {
      kind: 'petition',
      caseId: `petition-${id}`,
      documentId: document.id,
      title: `Phản ánh, kiến nghị về ${[document.number, document.title].filter(Boolean).join(' ') || document.id}`,
      assigneeAgencyId: document.draftingAgencyId,
      source: { channel: 'portal', petitionId: id },
      input: { petitionId: id, receivedDate, pathKeys, ...(dto.categoryHint ? { categoryHint: dto.categoryHint } : {}) },
    };
    const settings = this.config.procedures.controlSettings;
    openCase(opening, { instant: now.toISOString(), date: receivedDate }, settings);
    const input: Extract<ControlCaseInput, { opening: unknown }> = { opening, settings, clock: { origin: now.toISOString(), dayMs: this.config.procedures.dayMs } };
    await this.dataSource.transaction(async (manager) => {
      await this.petitions.create(
        manager,
        { id, trackingCode, caseId: opening.caseId, documentId: document.id, pathKeys, content: dto.content.normalize('NFC'), categoryHint: dto.categoryHint ?? null, publicationConsent: dto.publicationConsent ?? false, assigneeAgencyId: opening.assigneeAgencyId, receivedDate },
        { name: dto.petitioner.name.normalize('NFC').trim(), email: dto.petitioner.email ?? null, phone: dto.petitioner.phone ?? null, address: dto.petitioner.address?.normalize('NFC').trim() ?? null },
      );
      // A reference only: the audit log never holds the petitioner or their address.
      await this.audit.record(manager, { ...auditActor(context), ip: null, action: 'petition.submit', entityType: 'petition', entityId: id, workflowId: opening.caseId, after: { documentId: document.id, pathKeys, categoryHint: dto.categoryHint ?? null } });
      await this.engine.open(input, this.config.temporal.taskQueue);
    });
    return { trackingCode, status: 'RECEIVED', receivedDate, statusUrl: `/api/v1/public/petitions/${trackingCode}` };
  }

  async status(typed: string, context: RequestContext): Promise<PetitionStatusDto> {
    const limit = await this.rateLimits.hit(`petition-lookup:${context.ip}`, LOOKUPS_PER_ADDRESS.max, LOOKUPS_PER_ADDRESS.windowSeconds);
    if (!limit.allowed) throw new DomainError('rate_limited', 'TOO_MANY_LOOKUPS', 'Too many lookups from this address; try again later.', { retryAfterSeconds: limit.retryAfterSeconds });
    const code = normalizeTrackingCode(typed);
    const row = code ? await this.petitions.withCase(code) : null;
    if (!row) throw new DomainError('not_found', 'PETITION_NOT_FOUND', 'No petition has this tracking code.');
    const { petition } = row;
    const data = caseData(row);
    return {
      trackingCode: petition.trackingCode,
      documentId: petition.documentId,
      pathKeys: petition.pathKeys,
      receivedDate: petition.receivedDate,
      status: row.case?.status ?? 'RECEIVED',
      category: data.category,
      dueDate: row.case?.dueDate ?? null,
      forwardedTo: data.forwardedTo,
      answer: petition.publishedOn && petition.publishedAnswer !== null ? { answer: petition.publishedAnswer, answerRef: petition.answerRef, publishedOn: petition.publishedOn } : null,
    };
  }

  async list(query: PetitionQueryDto, principal: Principal): Promise<Page<PetitionDto>> {
    const assigneeAgencyIds = hasRole(principal, ...OVERSEERS) ? undefined : principal.agencyId ? [principal.agencyId] : [];
    const result = await this.petitions.list({ documentId: query.documentId, status: query.status, category: query.category, open: query.open, overdue: query.overdue, assigneeAgencyIds }, query.page, query.pageSize);
    const petitioners = await this.petitions.petitioners(result.items.map((row) => row.petition.id));
    return toPage(result, query, (row) => toDto(row, petitioners.get(row.petition.id) ?? null, hasRole(principal, ...PERSONAL_DATA_ROLES)));
  }

  async get(id: string, principal: Principal): Promise<PetitionDto> {
    const petition = await this.petitions.findById(id);
    const visible = petition && (hasRole(principal, ...OVERSEERS) || petition.assigneeAgencyId === null || petition.assigneeAgencyId === principal.agencyId);
    if (!petition || !visible) throw new DomainError('not_found', 'PETITION_NOT_FOUND', `No petition ${id}.`);
    const row = (await this.petitions.withCase(petition.trackingCode))!;
    return toDto(row, await this.petitions.petitioner(id), hasRole(principal, ...PERSONAL_DATA_ROLES));
  }

  /** The published answers about an issued document (public). */
  async answers(documentId: string, query: PageQueryDto): Promise<Page<PetitionAnswerDto>> {
    const document = await this.documents.findById(documentId);
    if (!document || document.kind !== 'issued') throw new DomainError('not_found', 'DOCUMENT_NOT_FOUND', `No issued document ${documentId}.`);
    const result = await this.petitions.publishedAnswers(documentId, query.page, query.pageSize);
    return toPage(result, query, (petition) => ({
      category: petition.category,
      categoryLabel: petition.category ? (PETITION_CATEGORY_LABELS[petition.category as PetitionCategory] ?? null) : null,
      pathKeys: petition.pathKeys,
      petition: petition.publishedContent,
      answer: petition.publishedAnswer ?? '',
      answerRef: petition.answerRef,
      publishedOn: petition.publishedOn!,
    }));
  }

  /** The issued document petitioned about (drafts are not public: 404 like an unknown one). */
  private async target(dto: SubmitPetitionDto): Promise<DocumentEntity> {
    if (!dto.documentId && !dto.documentNumber) {
      throw new DomainError('invalid', 'PETITION_TARGET_REQUIRED', 'Name the document the petition is about.', {
        fieldErrors: [{ field: 'documentId', message: 'documentId or documentNumber is required' }],
      });
    }
    if (dto.documentId) {
      const document = await this.documents.findById(dto.documentId);
      if (!document || document.kind !== 'issued') throw new DomainError('not_found', 'DOCUMENT_NOT_FOUND', `No issued document ${dto.documentId}.`);
      if (dto.documentNumber && normalizeDocumentNumber(dto.documentNumber) !== document.numberKey) {
        throw new DomainError('invalid', 'PETITION_TARGET_MISMATCH', 'The document number is not the number of that document.', { fieldErrors: [{ field: 'documentNumber', message: `is not the number of ${dto.documentId}` }] });
      }
      return document;
    }
    const found = await this.petitions.issuedDocumentsNumbered(normalizeDocumentNumber(dto.documentNumber!));
    if (found.length === 0) throw new DomainError('not_found', 'DOCUMENT_NOT_FOUND', `No issued document numbered ${dto.documentNumber}.`);
    if (found.length > 1) {
      throw new DomainError('invalid', 'DOCUMENT_NUMBER_AMBIGUOUS', `Several issuers have a document numbered ${dto.documentNumber}; give its documentId.`, {
        fieldErrors: [{ field: 'documentNumber', message: 'names several documents' }],
        extensions: { candidates: found.map((document) => ({ id: document.id, issuer: document.issuer?.name ?? null, title: document.title })) },
      });
    }
    return found[0];
  }

  /** The path keys, each a provision of the document's current text (422 listing the unknown ones). */
  private async provisionsOf(document: DocumentEntity, pathKeys: string[]): Promise<string[]> {
    const named = pathKeys.map((pathKey) => ({ field: 'pathKeys', pathKey }));
    await refuseUnknownProvisions(this.provisions, document, named, 'The petition names provisions the document does not have.');
    return pathKeys;
  }
}

/** What the case has decided so far (from its read model): the class and where it was forwarded. */
function caseData(row: PetitionRow): { category: string | null; forwardedTo: string | null } {
  const data = (row.case?.detail as unknown as CaseView | undefined)?.state.data ?? {};
  const text = (value: CaseJson | undefined) => (typeof value === 'string' ? value : null);
  return { category: text(data.category), forwardedTo: text(data.forwardedTo) };
}

function toDto(row: PetitionRow, petitioner: Petitioner | null, seesPersonalData: boolean): PetitionDto {
  const { petition } = row;
  const known = knownPersonalData(petitioner);
  return {
    id: petition.id,
    trackingCode: petition.trackingCode,
    caseId: petition.caseId,
    documentId: petition.documentId,
    pathKeys: petition.pathKeys,
    content: seesPersonalData ? petition.content : maskPersonalData(petition.content, known),
    categoryHint: petition.categoryHint,
    category: caseData(row).category,
    status: row.case?.status ?? 'RECEIVED',
    outcome: row.case?.outcome ?? null,
    dueDate: row.case?.dueDate ?? null,
    overdue: row.case?.overdue ?? false,
    receivedDate: petition.receivedDate,
    assigneeAgencyId: petition.assigneeAgencyId,
    publicationConsent: petition.publicationConsent,
    publishedOn: petition.publishedOn,
    petitioner: seesPersonalData && petitioner ? { name: petitioner.name, email: petitioner.email, phone: petitioner.phone, address: petitioner.address } : null,
  };
}

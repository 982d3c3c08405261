import { randomUUID } from 'node:crypto';
import { ControlCaseRepository, DocumentRepository, IdentityRepository, ProvisionRepository, type ControlCaseEntity, type DocumentEntity } from '@legis/db';
import {
  CASE_KIND_LABELS,
  DomainError,
  hasRole,
  openCase,
  vietnamDateOf,
  type CaseKind,
  type CaseOpening,
  type Principal,
  type Role,
} from '@legis/domain';
import { inspectionCaseId, selfInspectionCaseId, type CaseView, type ControlCaseInput } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { isUUID as isUuid } from 'class-validator';
import type { ApiConfig } from '../api.config';
import type { RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { toPage, type Page } from '../common/pagination/page';
import { refuseUnknownProvisions, type NamedProvision } from '../documents/unknown-provisions';
import { PetitionCaseTexts } from '../petitions/petition-case-texts';
import { CaseEngine } from './case-engine';
import type { CaseActionResultDto, CaseDto, CaseQueryDto, CaseSummaryDto, OpenCaseDto } from './case.dto';

/** Roles that see every case; drafters see the cases assigned to their agency. */
const OVERSEERS: Role[] = ['admin', 'inspector', 'reviewer', 'appraiser'];

@Injectable()
export class CasesService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(ControlCaseRepository) private readonly cases: ControlCaseRepository,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(ProvisionRepository) private readonly provisions: ProvisionRepository,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(CaseEngine) private readonly engine: CaseEngine,
    @Inject(PetitionCaseTexts) private readonly petitionTexts: PetitionCaseTexts,
  ) {}

  /** Opens a self-inspection or an inspection of an issued document by hand (signing opens a self-inspection by itself). */
  async open(dto: OpenCaseDto, context: RequestContext): Promise<CaseDto> {
    const principal = context.principal!;
    const document = await this.documents.findById(dto.documentId);
    if (!document || document.kind !== 'issued') {
      throw new DomainError('invalid', 'DOCUMENT_NOT_ISSUED', 'Only an issued document is inspected.', { fieldErrors: [{ field: 'documentId', message: 'must be an issued document' }] });
    }
    const now = new Date();
    const today = vietnamDateOf(now);
    const opening: CaseOpening =
      dto.kind === 'inspection'
        ? { kind: 'inspection', caseId: inspectionCaseId(document.id), input: { trigger: dto.trigger!, receivedDate: dto.receivedDate ?? today }, ...this.common(document, dto, principal, dto.trigger!) }
        : { kind: 'selfInspection', caseId: selfInspectionCaseId(document.id), input: { issuedDate: document.issuedDate ?? today }, ...this.common(document, dto, principal, 'manual') };
    const input: Extract<ControlCaseInput, { opening: unknown }> = {
      opening,
      settings: this.config.procedures.controlSettings,
      clock: { origin: now.toISOString(), dayMs: this.config.procedures.dayMs },
    };
    // The workflow runs the same pure call; running it here first turns bad input into a 422.
    openCase(input.opening, { instant: now.toISOString(), date: today }, this.config.procedures.controlSettings);
    await this.engine.open(input, this.config.temporal.taskQueue);
    return this.get(input.opening.caseId, principal);
  }

  private common(document: DocumentEntity, dto: OpenCaseDto, principal: Principal, reason: string): Pick<CaseOpening, 'documentId' | 'title' | 'assigneeAgencyId' | 'source'> {
    return {
      documentId: document.id,
      title: document.number ? `${document.number} ${document.title ?? ''}`.trim() : (document.title ?? document.id),
      assigneeAgencyId: dto.assigneeAgencyId ?? null,
      source: { openedBy: principal.userId, reason },
    };
  }

  async list(query: CaseQueryDto, principal: Principal): Promise<Page<CaseSummaryDto>> {
    const assigneeAgencyIds = hasRole(principal, ...OVERSEERS) ? undefined : principal.agencyId ? [principal.agencyId] : [];
    const result = await this.cases.list({ kind: query.kind, status: query.status, open: query.open, overdue: query.overdue, documentId: query.documentId, assigneeAgencyIds }, query.page, query.pageSize);
    return toPage(result, query, toSummary);
  }

  async get(caseId: string, principal: Principal): Promise<CaseDto> {
    const row = await this.cases.find(caseId);
    if (row && !visible(row, principal)) throw notFound(caseId);
    const live = await this.engine.view(caseId);
    if (!row && !live) throw notFound(caseId);
    const view = live ?? (row!.detail as unknown as CaseView);
    const state = view.state;
    if (!visible({ assigneeAgencyId: state.assigneeAgencyId }, principal)) throw notFound(caseId);
    return {
      caseId: state.caseId,
      kind: state.kind,
      kindLabel: CASE_KIND_LABELS[state.kind],
      documentId: state.documentId,
      title: state.title,
      status: state.status,
      outcome: state.outcome,
      assigneeAgencyId: state.assigneeAgencyId,
      openedOn: state.openedOn,
      closedOn: state.closedOn,
      dueDate: state.deadline?.dueDate ?? null,
      overdue: state.deadline?.status === 'breached',
      source: live ? 'live' : 'readModel',
      allowedActions: [...new Set(principal.roles.flatMap((role) => view.allowedActions[role] ?? []))],
      state: { ...(await this.petitionTexts.reveal(state)) },
      history: live ? state.history.entries : (row!.history),
      today: view.today,
    };
  }

  async act(caseId: string, action: string, body: unknown, context: RequestContext & { idempotencyKey?: string }): Promise<CaseActionResultDto> {
    const principal = context.principal!;
    // A case just opened may not be projected yet: its workflow answers then.
    const known = (await this.cases.find(caseId)) ?? (await this.engine.view(caseId))?.state ?? null;
    if (!known || !visible(known, principal)) throw notFound(caseId);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('invalid', 'VALIDATION_FAILED', 'The body must be a JSON object (the action payload).', { fieldErrors: [{ field: 'body', message: 'must be a JSON object' }] });
    }
    const payload = { ...(body as Record<string, unknown>) };
    await this.refuseUnknownProvisions(known.documentId, payload);
    if (action === 'startRedraft') await this.prepareRedraft(payload);
    const send = (sent: Record<string, unknown>) => this.engine.act(caseId, action, sent, { userId: principal.userId, roles: principal.roles, agencyId: principal.agencyId }, context.idempotencyKey);
    // A petition's note and answer are stored here; the case gets their ids.
    const result = known.kind === 'petition' ? await this.petitionTexts.act(caseId, action, payload, principal.userId, send) : await send(payload);
    return { action, ...result };
  }

  /**
   * Findings, handling measures and a petition's classification must name provisions of the
   * document's current text (422 `PROVISION_UNKNOWN` listing each unknown one).
   */
  private async refuseUnknownProvisions(documentId: string | null, payload: Record<string, unknown>): Promise<void> {
    const named = namedProvisions(payload);
    if (!documentId || named.length === 0) return;
    const document = await this.documents.findById(documentId);
    await refuseUnknownProvisions(this.provisions, { id: documentId, currentVersionId: document?.currentVersionId ?? null }, named, 'Some findings, measures or classified provisions name provisions the document does not have.');
  }

  /** The new draft's document id is chosen here, once, like `POST /drafts` does; its agency must exist. */
  private async prepareRedraft(payload: Record<string, unknown>): Promise<void> {
    const agencyId = payload.draftingAgencyId;
    if (typeof agencyId === 'string' && !(isUuid(agencyId) && (await this.identity.findAgencyById(agencyId)))) {
      throw new DomainError('invalid', 'AGENCY_UNKNOWN', `No agency ${agencyId}.`, { fieldErrors: [{ field: 'draftingAgencyId', message: 'does not exist' }] });
    }
    payload.draftDocumentId = randomUUID();
  }
}

/** Every provision an action names on the case's document: in its findings, its handling measures or a petition's classification. */
function namedProvisions(payload: Record<string, unknown>): NamedProvision[] {
  const named: NamedProvision[] = [];
  const add = (field: string, pathKey: unknown) => {
    if (typeof pathKey === 'string' && pathKey !== '') named.push({ field, pathKey });
  };
  listOf(payload.findings).forEach((finding, index) => add(`findings[${index}].pathKey`, propertyOf(finding, 'pathKey')));
  listOf(payload.measures).forEach((measure, index) => listOf(propertyOf(measure, 'pathKeys')).forEach((pathKey, at) => add(`measures[${index}].pathKeys[${at}]`, pathKey)));
  listOf(payload.pathKeys).forEach((pathKey, at) => add(`pathKeys[${at}]`, pathKey));
  return named;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const propertyOf = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

function visible(row: Pick<ControlCaseEntity, 'assigneeAgencyId'>, principal: Principal): boolean {
  return hasRole(principal, ...OVERSEERS) || (row.assigneeAgencyId !== null && row.assigneeAgencyId === principal.agencyId);
}

function notFound(caseId: string): DomainError {
  return new DomainError('not_found', 'CASE_NOT_FOUND', `No case ${caseId}.`);
}

function toSummary(row: ControlCaseEntity): CaseSummaryDto {
  return {
    caseId: row.caseId,
    kind: row.kind,
    kindLabel: CASE_KIND_LABELS[row.kind as CaseKind] ?? row.kind,
    documentId: row.documentId,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    assigneeAgencyId: row.assigneeAgencyId,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    dueDate: row.dueDate,
    overdue: row.overdue,
  };
}

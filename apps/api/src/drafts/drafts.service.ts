import { randomUUID } from 'node:crypto';
import {
  AppraisalPrecheckRepository,
  AuditRepository,
  DocumentEntity,
  DraftCommentRepository,
  DraftProcedureRepository,
  IdentityRepository,
  IssuerRepository,
  type DraftProcedureEntity,
} from '@legis/db';
import {
  ACTION_NAMES,
  DOCUMENT_FIELD_NAMES,
  DOCUMENT_TYPE_OF,
  documentTitleKey,
  DomainError,
  hasRole,
  isActionName,
  issuerNameOf,
  regimeVersionOn,
  startDraft,
  STATE_LABELS,
  vietnamDateOf,
  type ActionName,
  type DraftState,
  type DraftStateDescription,
  type Principal,
  type ProcedureActor,
  type Role,
  type StartDraftInput,
} from '@legis/domain';
import { draftWorkflowId, type DraftWorkflowInput } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { toPage, type Page, type PageQueryDto } from '../common/pagination/page';
import { authorizeSubmission, visibleDraftAgencies } from '../documents/document-access';
import { DocumentsService, type Submission } from '../documents/documents.service';
import { DraftEngine } from './draft-engine';
import type { CreateDraftDto, DraftActionResultDto, DraftCommentDto, DraftDto, DraftQueryDto, DraftSummaryDto } from './dto/draft.dto';

/** The actor of a procedure call: the signed-in user, as the state machine knows them. */
export function actorOf(principal: Principal): ProcedureActor {
  return { userId: principal.userId, roles: principal.roles, agencyId: principal.agencyId };
}

/** Drafting procedures: proposals, actions, reads (live from the workflow, else the read model). */
@Injectable()
export class DraftsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DraftProcedureRepository) private readonly procedures: DraftProcedureRepository,
    @Inject(DraftCommentRepository) private readonly comments: DraftCommentRepository,
    @Inject(AppraisalPrecheckRepository) private readonly prechecks: AppraisalPrecheckRepository,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(IssuerRepository) private readonly issuers: IssuerRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(DraftEngine) private readonly engine: DraftEngine,
  ) {}

  /** POST /drafts: the document (no text yet) and its procedure, from the registered proposal. */
  async create(dto: CreateDraftDto, context: RequestContext): Promise<DraftDto> {
    const principal = context.principal!;
    const draftingAgencyId = authorizeSubmission(principal, 'draft', dto.draftingAgencyId)!;
    if (!(await this.identity.findAgencyById(draftingAgencyId))) {
      throw new DomainError('invalid', 'AGENCY_UNKNOWN', `No agency ${draftingAgencyId}.`, { fieldErrors: [{ field: 'draftingAgencyId', message: 'does not exist' }] });
    }
    const documentId = randomUUID();
    const now = new Date();
    const start: StartDraftInput = {
      documentId,
      docType: dto.docType,
      procedure: dto.procedure ?? 'normal',
      regime: dto.regime ?? regimeVersionOn(vietnamDateOf(now)),
      draftingAgencyId,
      title: dto.title.trim(),
      plannedEffectiveDate: dto.plannedEffectiveDate ?? null,
      ...(dto.simplifiedGround === undefined ? {} : { simplifiedGround: dto.simplifiedGround }),
      policyBearing: dto.policyBearing ?? false,
      amendsOrReplaces: dto.amendsOrReplaces ?? false,
      registeredBy: actorOf(principal),
    };
    const { settings, dayMs } = this.config.procedures;
    // The workflow runs the same pure call; running it here turns bad input into a 422 before anything is stored.
    startDraft(start, { instant: now.toISOString(), date: vietnamDateOf(now) }, settings);
    const input: DraftWorkflowInput = { start, settings, clock: { origin: now.toISOString(), dayMs }, taskQueue: this.config.temporal.taskQueue };

    await this.dataSource.transaction(async (manager) => {
      const issuer = await this.issuers.ensure(issuerNameOf(dto.docType, this.config.provinceName), manager);
      const docType = DOCUMENT_TYPE_OF[dto.docType];
      await manager.getRepository(DocumentEntity).insert({
        id: documentId,
        kind: 'draft',
        docType,
        title: start.title,
        titleKey: documentTitleKey(docType, start.title),
        issuerId: issuer.id,
        draftingAgencyId,
        field: dto.field ?? null,
        regimeVersion: start.regime,
        isNormative: true,
        // The procedure owns the metadata: the draft's text (its "Số: …", dates, signer) never overrides it.
        providedFields: [...DOCUMENT_FIELD_NAMES, 'draftingAgencyId', ...(dto.field ? ['field'] : [])],
        createdBy: principal.userId,
      });
      await this.procedures.createPending(manager, {
        documentId,
        workflowId: draftWorkflowId(documentId),
        procedureType: dto.docType,
        procedure: start.procedure,
        regimeVersion: start.regime,
        state: 'PROPOSED',
        draftingAgencyId,
        appraiserUserId: null,
        title: start.title,
        plannedEffectiveDate: start.plannedEffectiveDate ?? null,
        nextDueDate: null,
        nextDueStep: null,
        overdue: false,
        outcome: null,
        startInput: { ...input },
      });
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'draft.create',
        entityType: 'document',
        entityId: documentId,
        after: { docType: dto.docType, procedure: start.procedure, regime: start.regime, title: start.title, draftingAgencyId },
      });
    });
    await this.engine.start(documentId, input);
    return this.get(documentId, principal);
  }

  async list(query: DraftQueryDto, principal: Principal): Promise<Page<DraftSummaryDto>> {
    const visible = visibleDraftAgencies(principal);
    if (visible !== 'all' && query.agencyId && !visible.includes(query.agencyId)) return toPage({ items: [], total: 0 }, query, toSummary);
    const agency = visible === 'all' ? query.agencyId : (query.agencyId ?? visible[0]);
    if (agency === undefined && visible !== 'all') return toPage({ items: [], total: 0 }, query, toSummary);
    const result = await this.procedures.list({ states: query.state ? [query.state] : undefined, draftingAgencyId: agency, overdue: query.overdue }, query.page, query.pageSize);
    return toPage(result, query, toSummary);
  }

  /** Drafts waiting for an appraiser: sent and not yet taken (any appraiser may), and those `me` took. */
  async appraisals(assignee: 'me' | 'any', query: PageQueryDto, principal: Principal): Promise<Page<DraftSummaryDto>> {
    const result = await this.procedures.list(
      { states: ['APPRAISAL_REQUESTED', 'UNDER_APPRAISAL'], appraiserUserId: assignee === 'me' ? principal.userId : undefined },
      query.page,
      query.pageSize,
    );
    return toPage(result, query, toSummary);
  }

  async get(documentId: string, principal: Principal): Promise<DraftDto> {
    const row = await this.visibleProcedure(documentId, principal);
    const live = row.outcome === null || row.detail === null ? await this.engine.view(documentId) : null;
    const description = (live?.description ?? row.detail) as DraftStateDescription | null;
    const precheck = await this.prechecks.latest(documentId);
    return {
      ...toSummary(row),
      ...(description ? { state: description.state, stateLabel: description.stateLabel, outcome: description.outcome } : {}),
      source: live ? 'live' : description ? 'readModel' : 'pending',
      today: live?.today ?? row.today,
      revision: live?.revision ?? row.revision,
      allowedActions: description ? allowedFor(description, principal) : [],
      procedureState: description as unknown as Record<string, unknown> | null,
      history: live?.history ?? row.history,
      precheck: precheck ? { versionId: precheck.versionId, summary: precheck.summary, findings: precheck.findings, createdAt: precheck.createdAt.toISOString() } : null,
    };
  }

  /** POST /drafts/{id}/actions/{action}. `addVersion` stores the upload once the procedure allows it. */
  async act(documentId: string, action: string, body: unknown, upload: Submission | null, context: RequestContext & { idempotencyKey?: string }): Promise<DraftActionResultDto> {
    const principal = context.principal!;
    if (!isActionName(action)) {
      throw new DomainError('invalid', 'ACTION_UNKNOWN', `Unknown action ${JSON.stringify(action)}.`, { fieldErrors: [{ field: 'action', message: `must be one of ${ACTION_NAMES.join(', ')}` }] });
    }
    const row = await this.visibleProcedure(documentId, principal);
    if (row.outcome !== null) {
      throw new DomainError('invalid_state', 'ACTION_NOT_ALLOWED', `The procedure has ended (${row.outcome}).`, { extensions: { state: row.state, action, allowedActions: [], reason: `the procedure has ended: ${row.outcome}` } });
    }
    const actor = actorOf(principal);
    if (action === 'addVersion') {
      await this.engine.assertPossible(documentId, action, actor);
      const version = await this.documents.addVersion(documentId, upload!, context, { viaProcedure: true });
      const result = await this.engine.act(documentId, action, { payload: { versionId: version.versionId, versionNo: version.versionNo }, actor }, context.idempotencyKey);
      return { action, ...result, version };
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('invalid', 'VALIDATION_FAILED', 'The body must be a JSON object (the action payload).', { fieldErrors: [{ field: 'body', message: 'must be a JSON object' }] });
    }
    const result = await this.engine.act(documentId, action, { payload: body, actor }, context.idempotencyKey);
    return { action, ...result };
  }

  async commentsOf(documentId: string, query: PageQueryDto & { round?: number }, principal: Principal): Promise<Page<DraftCommentDto>> {
    await this.visibleProcedure(documentId, principal);
    const result = await this.comments.list(documentId, { round: query.round }, query.page, query.pageSize);
    return toPage(result, query, (c) => ({
      commentId: c.commentId,
      round: c.round,
      authorKind: c.authorKind,
      authorName: c.authorName,
      agencyId: c.agencyId,
      pathKey: c.pathKey,
      text: c.text,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  async visibleProcedure(documentId: string, principal: Principal | undefined): Promise<DraftProcedureEntity> {
    const row = /^[0-9a-f-]{36}$/i.test(documentId) ? await this.procedures.find(documentId) : null;
    const visible = visibleDraftAgencies(principal);
    if (!row || (visible !== 'all' && !visible.includes(row.draftingAgencyId))) {
      throw new DomainError('not_found', 'DRAFT_NOT_FOUND', `No draft procedure for document ${documentId}.`);
    }
    return row;
  }
}

/** What the caller may do: the union over their roles (a drafter only for their own agency's draft). */
function allowedFor(description: DraftStateDescription, principal: Principal): ActionName[] {
  const roles = principal.roles.filter((role: Role) => role !== 'drafter' || (hasRole(principal, 'drafter') && principal.agencyId === description.draftingAgencyId));
  const allowed = new Set(roles.flatMap((role) => description.allowedActions[role] ?? []));
  return ACTION_NAMES.filter((name) => allowed.has(name));
}

function toSummary(row: DraftProcedureEntity): DraftSummaryDto {
  return {
    id: row.documentId,
    workflowId: row.workflowId,
    title: row.title,
    docType: row.procedureType,
    procedure: row.procedure,
    regime: row.regimeVersion,
    state: row.state,
    stateLabel: STATE_LABELS[row.state as DraftState] ?? row.state,
    draftingAgencyId: row.draftingAgencyId,
    nextDueDate: row.nextDueDate,
    nextDueStep: row.nextDueStep,
    overdue: row.overdue,
    outcome: row.outcome,
    updatedAt: row.updatedAt.toISOString(),
  };
}

import { AnnualListRepository, AuditRepository, IdentityRepository, SystematisationRepository, type SystematisationAssignmentEntity, type SystematisationCampaignEntity } from '@legis/db';
import {
  annualListTable,
  DomainError,
  exportTableCsv,
  hasRole,
  isIsoDate,
  planSystematisation,
  systematisationScopeKey,
  systematisationTable,
  type ExportTable,
  type FieldError,
  type Principal,
  type SystematisationList,
} from '@legis/domain';
import { systematisationWorkflowId } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { toPage, type Page } from '../common/pagination/page';
import { exportTableDocx } from './export/docx';
import { SystematisationEngine } from './systematisation-engine';
import type {
  AnnualListQueryDto,
  AssignmentQueryDto,
  CampaignDto,
  CampaignSummaryDto,
  CloseCampaignDto,
  CloseCampaignResponseDto,
  CreateCampaignDto,
  ExportFormat,
  ListQueryDto,
  RecordResultsDto,
  RecordResultsResponseDto,
} from './systematisation.dto';

/** A list as the client asked for it: a page of JSON, or the whole list as a file. */
export type ListResponse = { kind: 'json'; body: unknown } | { kind: 'file'; bytes: Buffer; contentType: string; fileName: string };

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

@Injectable()
export class SystematisationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SystematisationRepository) private readonly campaigns: SystematisationRepository,
    @Inject(AnnualListRepository) private readonly annual: AnnualListRepository,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(SystematisationEngine) private readonly engine: SystematisationEngine,
  ) {}

  /** Plans a campaign and starts its workflow; the same cycle and scope twice is a 409 (`existingId`). */
  async create(dto: CreateCampaignDto, context: RequestContext): Promise<CampaignDto> {
    const plan = planSystematisation(dto);
    await this.refuseUnknownReferences(dto);
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const fields = { ...plan, scopeKey: systematisationScopeKey(plan), leadAgencyId: dto.leadAgencyId ?? null, phase: 'COLLECTING' as const, createdBy: context.principal!.userId };
      const result = await this.campaigns.createCampaign(manager, fields);
      if (result.created) {
        await this.audit.record(manager, { ...auditActor(context), action: 'systematisation.campaign.created', entityType: 'systematisationCampaign', entityId: result.id, after: { ...plan, leadAgencyId: fields.leadAgencyId } });
      }
      return result;
    });
    // Also after a conflict: a campaign whose first request died before its workflow started gets it now.
    await this.engine.start(id);
    if (!created) throw new DomainError('conflict', 'CAMPAIGN_EXISTS', `A campaign of this cycle and scope exists: ${id}.`, { extensions: { existingId: id } });
    return this.get(id);
  }

  async list(page: number, pageSize: number): Promise<Page<CampaignSummaryDto>> {
    return toPage(await this.campaigns.listCampaigns(page, pageSize), { page, pageSize }, summaryOf);
  }

  async get(id: string): Promise<CampaignDto> {
    const campaign = await this.campaignOrFail(id);
    const [progress, live] = await Promise.all([this.campaigns.progress(id), this.engine.status(id)]);
    return { ...summaryOf(campaign), progress, live: live ? { ...live } : null };
  }

  /** Drafters see their own agency's documents; overseers any agency's. */
  async assignments(id: string, query: AssignmentQueryDto, principal: Principal): Promise<Page<SystematisationAssignmentEntity>> {
    await this.campaignOrFail(id);
    const agencyId = hasRole(principal, 'admin', 'reviewer', 'inspector') ? query.agencyId : (principal.agencyId ?? undefined);
    if (!agencyId && !hasRole(principal, 'admin', 'reviewer', 'inspector')) throw noAgency();
    return toPage(await this.campaigns.listAssignments(id, { agencyId, pending: query.pending }, query.page, query.pageSize), query, (row) => row);
  }

  /**
   * Records an agency's results, all or nothing: every document must be one of the campaign's, and
   * (except for an administrator) assigned to the caller's agency; only while the campaign reviews.
   */
  async recordResults(id: string, dto: RecordResultsDto, context: RequestContext): Promise<RecordResultsResponseDto> {
    const principal = context.principal!;
    const admin = hasRole(principal, 'admin');
    if (!admin && !principal.agencyId) throw noAgency();
    const seen = new Set<string>();
    const problems: FieldError[] = dto.items.flatMap((item, index) => [
      ...(seen.has(item.documentId) ? [{ field: `items[${index}].documentId`, message: 'appears twice' }] : (seen.add(item.documentId), [])),
      ...(item.changedOn !== undefined && !isIsoDate(item.changedOn) ? [{ field: `items[${index}].changedOn`, message: 'must be a calendar date' }] : []),
    ]);
    if (problems.length > 0) throw new DomainError('invalid', 'VALIDATION_FAILED', 'Each document may appear once per request, with real dates.', { fieldErrors: problems });

    const items = dto.items.map((item) => ({ documentId: item.documentId, result: item.result, changedOn: item.changedOn ?? null, note: item.note ?? null, provisions: item.provisions ?? [] }));
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaigns.lockCampaign(manager, id);
      if (!campaign) throw notFound(id);
      if (campaign.phase !== 'REVIEWING') {
        throw new DomainError('invalid_state', 'CAMPAIGN_NOT_REVIEWING', `The campaign is ${campaign.phase}; results are recorded only while it is REVIEWING.`, { extensions: { phase: campaign.phase } });
      }
      const assigned = new Map((await this.campaigns.assignmentsOf(manager, id, [...seen])).map((row) => [row.documentId, row]));
      const unknown: FieldError[] = items.flatMap((item, index) => (assigned.has(item.documentId) ? [] : [{ field: `items[${index}].documentId`, message: 'is not a document of this campaign' }]));
      if (unknown.length > 0) throw new DomainError('invalid', 'DOCUMENT_NOT_IN_CAMPAIGN', 'Some documents are not in this campaign.', { fieldErrors: unknown });
      const foreign = admin ? [] : items.filter((item) => assigned.get(item.documentId)!.agencyId !== principal.agencyId).map((item) => item.documentId);
      if (foreign.length > 0) throw new DomainError('forbidden', 'ASSIGNED_TO_ANOTHER_AGENCY', 'Some documents are assigned to another agency.', { extensions: { documentIds: foreign } });
      await this.campaigns.writeResults(manager, id, items, principal.userId);
      const previous = items.flatMap((item) => (assigned.get(item.documentId)!.result ? [{ documentId: item.documentId, result: assigned.get(item.documentId)!.result }] : []));
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'systematisation.results.recorded',
        entityType: 'systematisationCampaign',
        entityId: id,
        before: previous.length > 0 ? { results: previous } : null,
        after: { results: items },
        workflowId: systematisationWorkflowId(id),
      });
    });
    await this.engine.resultsRecorded(id);
    return { recorded: items.length, ...(await this.campaigns.answeredCount(id)) };
  }

  /** Asks the workflow to classify now; documents without a result are listed as unanswered. */
  async close(id: string, dto: CloseCampaignDto, context: RequestContext): Promise<CloseCampaignResponseDto> {
    const campaign = await this.campaignOrFail(id);
    if (campaign.phase === 'CLASSIFYING' || campaign.phase === 'COMPLETED') {
      throw new DomainError('invalid_state', 'CAMPAIGN_CLOSED', `The campaign is already ${campaign.phase}.`, { extensions: { phase: campaign.phase } });
    }
    await this.engine.close(id, { by: context.principal!.userId, reason: dto.reason });
    await this.audit.record(this.dataSource.manager, { ...auditActor(context), action: 'systematisation.campaign.closeRequested', entityType: 'systematisationCampaign', entityId: id, after: { reason: dto.reason }, workflowId: systematisationWorkflowId(id) });
    const counts = await this.campaigns.answeredCount(id);
    return { unanswered: counts.total - counts.answered, status: 'closing' };
  }

  async exportList(id: string, list: SystematisationList, query: ListQueryDto): Promise<ListResponse> {
    const campaign = await this.campaignOrFail(id);
    if (campaign.phase !== 'COMPLETED') {
      throw new DomainError('invalid_state', 'LISTS_NOT_READY', `The lists are drawn up when the campaign completes; it is ${campaign.phase}.`, { extensions: { phase: campaign.phase } });
    }
    const paged = query.format === 'json' ? { page: query.page, pageSize: query.pageSize } : null;
    const { items, total } = await this.campaigns.listEntries(id, list, paged);
    const table = systematisationTable(list, items, campaign);
    if (query.format === 'json') return { kind: 'json', body: { list, title: table.title, subtitle: table.subtitle, items, page: query.page, pageSize: query.pageSize, total } };
    return fileOf(table, query.format, `he-thong-hoa-${campaign.cycleLabel.replace('–', '-')}-${list}`);
  }

  async annualList(query: AnnualListQueryDto): Promise<ListResponse> {
    const items = await this.annual.items(query.year, query.issuerId ?? null);
    const table = annualListTable(query.year, items);
    if (query.format === 'json') return { kind: 'json', body: { year: query.year, title: table.title, total: items.length, items } };
    return fileOf(table, query.format, `danh-muc-het-hieu-luc-${query.year}`);
  }

  private async campaignOrFail(id: string): Promise<SystematisationCampaignEntity> {
    const campaign = await this.campaigns.findCampaign(id);
    if (!campaign) throw notFound(id);
    return campaign;
  }

  private async refuseUnknownReferences(dto: CreateCampaignDto): Promise<void> {
    const errors: FieldError[] = [];
    if (dto.leadAgencyId && !(await this.identity.findAgencyById(dto.leadAgencyId))) errors.push({ field: 'leadAgencyId', message: 'is not a known agency' });
    const issuerIds = dto.scope?.issuerIds ?? [];
    if (issuerIds.length > 0) {
      const known = new Set((await this.dataSource.query<{ id: string }[]>('SELECT id FROM issuers WHERE id = ANY($1::uuid[])', [issuerIds])).map((row) => row.id));
      issuerIds.forEach((issuerId, index) => {
        if (!known.has(issuerId)) errors.push({ field: `scope.issuerIds[${index}]`, message: 'is not a known issuer' });
      });
    }
    if (errors.length > 0) throw new DomainError('invalid', 'UNKNOWN_REFERENCE', 'The campaign names agencies or issuers that do not exist.', { fieldErrors: errors });
  }
}

async function fileOf(table: ExportTable, format: Exclude<ExportFormat, 'json'>, name: string): Promise<ListResponse> {
  const bytes = format === 'csv' ? Buffer.from(exportTableCsv(table), 'utf8') : await exportTableDocx(table);
  return { kind: 'file', bytes, contentType: CONTENT_TYPES[format], fileName: `${name}.${format}` };
}

function summaryOf(campaign: SystematisationCampaignEntity): CampaignSummaryDto {
  return {
    id: campaign.id,
    workflowId: systematisationWorkflowId(campaign.id),
    cycleLabel: campaign.cycleLabel,
    referenceDate: campaign.referenceDate,
    periodStart: campaign.periodStart,
    periodEnd: campaign.periodEnd,
    scope: campaign.scope,
    planRef: campaign.planRef,
    leadAgencyId: campaign.leadAgencyId,
    phase: campaign.phase,
    total: campaign.total,
    answered: campaign.answered,
    listCounts: campaign.listCounts,
    closedBy: campaign.closedBy,
    closeReason: campaign.closeReason,
    completedAt: campaign.completedAt?.toISOString() ?? null,
    createdAt: campaign.createdAt.toISOString(),
  };
}

const notFound = (id: string) => new DomainError('not_found', 'CAMPAIGN_NOT_FOUND', `No systematisation campaign ${id}.`);
const noAgency = () => new DomainError('forbidden', 'NO_AGENCY', 'Your account belongs to no agency, so no documents are assigned to you.');

import { DutyRepository, type DutyDocument, type DutyRow } from '@legis/db';
import { DomainError, DUTY_ADDRESSEE_LABELS, toCsv, type CsvColumn, type DutyAddressee } from '@legis/domain';
import { callTemporal } from '@legis/temporal';
import { DUTY_DETECTION_WORKFLOW, dutyDetectionWorkflowId, type DutyDetectionOutcome } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ApiConfig } from '../api.config';
import { CaseEngine } from '../cases/case-engine';
import type { RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import type { Page } from '../common/pagination/page';
import type { DetectDutiesDto, DutyDto, DutyQueryDto, LinkDutyDto } from './duty.dto';

const CSV_COLUMNS: readonly CsvColumn<DutyDto>[] = [
  { header: 'Văn bản giao', value: (duty) => duty.sourceNumber },
  { header: 'Điều khoản giao', value: (duty) => duty.citationKey },
  { header: 'Cơ quan được giao', value: (duty) => duty.addresseeLabel },
  { header: 'Nội dung giao quy định', value: (duty) => duty.subject },
  { header: 'Hạn ban hành', value: (duty) => duty.dueDate },
  { header: 'Tình trạng', value: (duty) => duty.status },
  { header: 'Văn bản quy định chi tiết', value: (duty) => duty.fulfilledBy.map((fulfilment) => fulfilment.number ?? fulfilment.documentId).join('; ') },
  { header: 'Đúng hạn', value: (duty) => (duty.fulfilledBy[0]?.onTime ?? null) === null ? '' : duty.fulfilledBy[0].onTime ? 'có' : 'không' },
  { header: 'Mã', value: (duty) => duty.caseId },
];

@Injectable()
export class DutiesService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DutyRepository) private readonly duties: DutyRepository,
    @Inject(Client) private readonly temporal: Client,
    @Inject(CaseEngine) private readonly engine: CaseEngine,
  ) {}

  async list(query: DutyQueryDto): Promise<Page<DutyDto>> {
    const result = await this.duties.list({ status: query.status, addressee: query.addressee, sourceDocumentId: query.documentId }, query.page, query.pageSize);
    return { items: result.items.map(toDto), page: query.page, pageSize: query.pageSize, total: result.total };
  }

  async csv(query: DutyQueryDto): Promise<string> {
    const result = await this.duties.list({ status: query.status, addressee: query.addressee, sourceDocumentId: query.documentId }, 1, null);
    return toCsv(CSV_COLUMNS, result.items.map(toDto));
  }

  /** Runs detection (and linking) for a loaded document; running it again opens nothing new. */
  async detect(dto: DetectDutiesDto): Promise<DutyDetectionOutcome> {
    await this.issuedDocument(dto.documentId, 'not_found');
    const workflowId = dutyDetectionWorkflowId(dto.documentId);
    return callTemporal('Duty detection', async (): Promise<DutyDetectionOutcome> => {
      try {
        return await this.temporal.workflow.execute<(input: { documentId: string }) => Promise<DutyDetectionOutcome>>(DUTY_DETECTION_WORKFLOW, {
          workflowId,
          taskQueue: this.config.temporal.taskQueue,
          args: [{ documentId: dto.documentId }],
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        });
      } catch (error) {
        // A detection of this document already running: its result is this call's.
        if (error instanceof WorkflowExecutionAlreadyStartedError) return this.temporal.workflow.getHandle<() => Promise<DutyDetectionOutcome>>(workflowId).result();
        throw error;
      }
    });
  }

  /** Links an issued provincial document that details the duty by hand; the duty closes fulfilled. */
  async link(caseId: string, dto: LinkDutyDto, context: RequestContext & { idempotencyKey?: string }): Promise<DutyDto> {
    const [duty] = (await this.duties.list({ caseId }, 1, 1)).items;
    if (!duty) throw new DomainError('not_found', 'DUTY_NOT_FOUND', `No duty ${caseId}.`);
    if (duty.outcome !== null) throw new DomainError('conflict', 'DUTY_CLOSED', `The duty ${caseId} is closed (${duty.outcome}).`, { extensions: { outcome: duty.outcome } });
    const local = await this.issuedDocument(dto.documentId, 'invalid');
    if (local.issuerLevel !== 'provincial') {
      throw new DomainError('invalid', 'DOCUMENT_NOT_LOCAL', 'Only a document issued by the province fulfils a duty.', {
        fieldErrors: [{ field: 'documentId', message: `is issued by ${local.issuerName ?? 'an unknown issuer'}, not a provincial council or committee` }],
      });
    }
    const principal = context.principal!;
    await this.engine.act(
      caseId,
      'link',
      { documentId: local.id, number: local.number, issuedDate: local.issuedDate, how: 'manual' },
      { userId: principal.userId, roles: principal.roles, agencyId: principal.agencyId },
      context.idempotencyKey ?? `link-${local.id}`,
    );
    const [linked] = (await this.duties.list({ caseId }, 1, 1)).items;
    return toDto(linked);
  }

  /** An issued document: `not_found` as a 404 (the target of the call), `invalid` as a 422 on the field. */
  private async issuedDocument(documentId: string, kind: 'not_found' | 'invalid'): Promise<DutyDocument> {
    const document = await this.duties.document(documentId);
    if (document && document.kind === 'issued') return document;
    const message = document ? 'is a draft, not an issued document' : 'is not a document in the database';
    throw new DomainError(kind, 'DOCUMENT_NOT_ISSUED', `No issued document ${documentId}.`, { fieldErrors: [{ field: 'documentId', message }] });
  }
}

function toDto(row: DutyRow): DutyDto {
  const status = row.outcome === null ? (row.overdue ? 'overdue' : 'open') : row.outcome === 'notNeeded' ? 'notNeeded' : 'fulfilled';
  return {
    caseId: row.caseId,
    sourceDocumentId: row.sourceDocumentId,
    sourceNumber: row.sourceNumber,
    pathKey: row.pathKey,
    citationKey: row.citationKey,
    addressee: row.addressee,
    addresseeLabel: DUTY_ADDRESSEE_LABELS[row.addressee as DutyAddressee] ?? row.addressee,
    subject: row.subject,
    dueDate: row.dueDate,
    status,
    caseStatus: row.status,
    draftingAgencyId: row.draftingAgencyId,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    fulfilledBy: row.fulfilledBy,
  };
}

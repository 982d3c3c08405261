import { AuditRepository, RelationGraphRepository, type GraphEdge, type GraphNode } from '@legis/db';
import { DomainError, type Principal } from '@legis/domain';
import { callTemporal } from '@legis/temporal';
import { BASIS_CHANGE_WORKFLOW, documentBasisChangeStart } from '@legis/workflows/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { canSee } from '../documents/document-access';
import { DocumentsService } from '../documents/documents.service';
import type { BasisChangeAcceptedDto, BasisChangeRequestDto, GraphEdgeDto, GraphNodeDto, RelationGraphDto } from './relation-graph.dto';

/** A central law may be the basis of thousands of documents: the graph stops growing here. */
const MAX_NODES = 500;

@Injectable()
export class RelationsService {
  private readonly graph: RelationGraphRepository;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(Client) private readonly temporal: Client,
  ) {
    this.graph = new RelationGraphRepository(dataSource);
  }

  /** The relation graph around a document, both ways; drafts the caller may not see are left out, with their relations. */
  async around(documentId: string, depth: number, principal: Principal | undefined): Promise<RelationGraphDto> {
    await this.documents.visibleDocument(documentId, principal);
    const graph = await this.graph.around(documentId, depth, MAX_NODES, (node) => canSee(principal, node));
    return { documentId, depth, nodes: graph.nodes.map(toNodeDto), edges: graph.edges.map(toEdgeDto), truncated: graph.truncated };
  }

  /**
   * The document (issued) changed others: review what rests on them, from its effective day. Entry
   * into force of a draft and intake of an issued document do this by themselves; this is for
   * repeating a review after relations were added. Repeating it opens only the cases missing, and a
   * review still waiting for its day is joined, not started early.
   */
  async reviewBasisChange(documentId: string, dto: BasisChangeRequestDto, context: RequestContext): Promise<BasisChangeAcceptedDto> {
    const document = await this.documents.visibleDocument(documentId, context.principal);
    const effectiveDate = dto.effectiveDate ?? document.effectiveDate;
    if (document.kind !== 'issued' || effectiveDate === null) {
      throw new DomainError('invalid_state', 'NOT_AN_ISSUED_CHANGE', 'Only an issued document with an effective date changes other documents.', {
        extensions: { kind: document.kind, effectiveDate: document.effectiveDate },
      });
    }
    const start = documentBasisChangeStart(documentId, effectiveDate, { origin: new Date().toISOString(), dayMs: this.config.procedures.dayMs });
    const { workflowId, changeKey, startsAt } = start;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { ...auditActor(context), action: 'document.basisChange.review', entityType: 'document', entityId: documentId, after: { workflowId, effectiveDate, startsAt } }),
    );
    await callTemporal('Reviewing the documents based on it', () => this.temporal.workflow.start(BASIS_CHANGE_WORKFLOW, { ...start.options, taskQueue: this.config.temporal.taskQueue }));
    return { workflowId, changeKey, startsAt };
  }
}

function toNodeDto(node: GraphNode): GraphNodeDto {
  const { draftingAgencyId: _agency, ...rest } = node;
  return rest;
}

function toEdgeDto(edge: GraphEdge): GraphEdgeDto {
  return {
    id: edge.id,
    type: edge.type,
    source: edge.sourceDocumentId,
    sourcePathKey: edge.sourcePathKey,
    target: edge.targetDocumentId,
    targetPathKey: edge.targetPathKey,
    cited: edge.targetRef ? { ...edge.targetRef } : null,
    origin: edge.origin,
  };
}

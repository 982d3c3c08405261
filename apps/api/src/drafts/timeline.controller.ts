import { AuditRepository, DeadlineBreachRepository, DocumentRepository, DraftProcedureRepository, PublicationRepository } from '@legis/db';
import type { HistoryEntry } from '@legis/domain';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { ProblemDto } from '../common/problem/problem.dto';
import { DocumentsService } from '../documents/documents.service';

const EVENT_KINDS = ['document', 'version', 'procedure', 'breach', 'publication', 'change'] as const;

class TimelineEventDto {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: (typeof EVENT_KINDS)[number];
  @ApiProperty() title!: string;
  @ApiProperty({ type: Object }) detail!: Record<string, unknown>;
}

class TimelineDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ type: [TimelineEventDto], description: 'Oldest first.' }) events!: TimelineEventDto[];
}

/** Audit actions that tell the life of a document (the rest is in GET /audit). */
const LIFE_ACTIONS = /^document\.(signed|published\.|validity\.)/;

@ApiTags('documents')
@Controller('documents')
@Public()
export class TimelineController {
  constructor(
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(DocumentRepository) private readonly repository: DocumentRepository,
    @Inject(DraftProcedureRepository) private readonly procedures: DraftProcedureRepository,
    @Inject(PublicationRepository) private readonly publications: PublicationRepository,
    @Inject(DeadlineBreachRepository) private readonly breaches: DeadlineBreachRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: 'The life of a document in one list: versions, every procedure step, missed time limits, publications, validity changes.' })
  @ApiOkResponse({ type: TimelineDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async timeline(@Param('id') id: string, @Ctx() context: RequestContext): Promise<TimelineDto> {
    const document = await this.documents.visibleDocument(id, context.principal);
    const [versions, procedure, publications, breaches, changes] = await Promise.all([
      this.repository.listVersions(id),
      this.procedures.find(id),
      this.publications.ofDocument(id),
      this.breaches.ofDocument(id),
      this.audit.list(this.dataSource.manager, { entityType: 'document', entityId: id, page: 1, pageSize: 200 }),
    ]);
    const events: TimelineEventDto[] = [
      { at: document.createdAt.toISOString(), kind: 'document', title: `Document registered (${document.kind})`, detail: { title: document.title } },
      ...versions.map((v) => ({ at: v.createdAt.toISOString(), kind: 'version' as const, title: `Version ${v.versionNo} uploaded`, detail: { versionNo: v.versionNo, status: v.status, fileName: v.fileName } })),
      ...((procedure?.history ?? []) as HistoryEntry[]).map((entry) => ({
        at: entry.at,
        kind: 'procedure' as const,
        title: entry.summary,
        detail: { event: entry.event, from: entry.from, to: entry.to, date: entry.date, performer: entry.performer, ref: entry.ref },
      })),
      ...breaches.map((b) => ({ at: b.breachedAt.toISOString(), kind: 'breach' as const, title: `Time limit missed: ${b.step} (due ${b.dueDate})`, detail: { step: b.step, dueDate: b.dueDate, resolvedAt: b.resolvedAt?.toISOString() ?? null } })),
      ...publications
        .filter((p) => p.publishedAt)
        .map((p) => ({ at: p.publishedAt!.toISOString(), kind: 'publication' as const, title: `Published: ${p.channel}`, detail: { channel: p.channel, externalId: p.externalId, url: p.url } })),
      ...changes.items
        .filter((entry) => LIFE_ACTIONS.test(entry.action))
        .map((entry) => ({ at: entry.occurredAt.toISOString(), kind: 'change' as const, title: entry.action, detail: { before: entry.before, after: entry.after } })),
    ];
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return { documentId: id, events };
  }
}

import { DocumentRepository, DraftProcedureRepository, type DraftProcedureEntity } from '@legis/db';
import { DomainError, type ActionPayload, type DraftStateDescription, type ProcedureActor } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import { toPage, type Page, type PageQueryDto } from '../common/pagination/page';
import { DraftEngine } from './draft-engine';

export interface PostedDraftDto {
  id: string;
  title: string | null;
  docType: string;
  commentsUntil: string | null;
  versionNo: number | null;
  text: string | null;
}

/** The public side of consultation: posted drafts and comments on them, without an account. */
@Injectable()
export class PublicDraftsService {
  constructor(
    @Inject(DraftProcedureRepository) private readonly procedures: DraftProcedureRepository,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(DraftEngine) private readonly engine: DraftEngine,
  ) {}

  async list(query: PageQueryDto): Promise<Page<Omit<PostedDraftDto, 'text' | 'versionNo'>>> {
    const result = await this.procedures.list({ states: ['CONSULTATION'] }, query.page, query.pageSize);
    return toPage(result, query, (row) => {
      const { text: _text, versionNo: _versionNo, ...summary } = posted(row);
      return summary;
    });
  }

  async get(documentId: string): Promise<PostedDraftDto> {
    const row = /^[0-9a-f-]{36}$/i.test(documentId) ? await this.procedures.find(documentId) : null;
    if (!row || row.state !== 'CONSULTATION') throw new DomainError('not_found', 'DRAFT_NOT_POSTED', `No draft ${documentId} is open for comments.`);
    const draft = posted(row);
    const version = draft.versionNo === null ? null : await this.documents.findVersion(documentId, draft.versionNo);
    return { ...draft, text: version?.text ?? null };
  }

  async comment(documentId: string, payload: ActionPayload<'addComment'>, portal: ProcedureActor): Promise<void> {
    await this.engine.act(documentId, 'addComment', { payload, actor: portal }, undefined);
  }
}

function posted(row: DraftProcedureEntity): PostedDraftDto {
  const round = (row.detail as DraftStateDescription | null)?.consultation.current ?? null;
  return { id: row.documentId, title: row.title, docType: row.procedureType, commentsUntil: round?.periodEndsOn ?? null, versionNo: round?.versionNo ?? null, text: null };
}

import type { DataSource } from 'typeorm';
import { DraftCommentEntity } from './draft-comment.entity';

export type NewDraftComment = Omit<DraftCommentEntity, 'id' | 'createdAt'>;

export class DraftCommentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a comment once: the workflow's retried activity carries the same comment id. */
  async store(comment: NewDraftComment): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(DraftCommentEntity).values(comment).orIgnore().execute();
  }

  async list(documentId: string, filter: { round?: number }, page: number, pageSize: number): Promise<{ items: DraftCommentEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(DraftCommentEntity).createQueryBuilder('c').where('c.documentId = :documentId', { documentId });
    if (filter.round !== undefined) qb.andWhere('c.round = :round', { round: filter.round });
    const [items, total] = await qb
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.commentId', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

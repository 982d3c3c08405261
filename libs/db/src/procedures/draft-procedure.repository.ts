import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DraftProcedureEntity } from './draft-procedure.entity';

export type DraftProcedureProjection = Omit<DraftProcedureEntity, 'createdAt' | 'updatedAt'>;

export class DraftProcedureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the latest projection of a draft's procedure (the workflow calls it after each transition). */
  async save(projection: DraftProcedureProjection): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DraftProcedureEntity)
      .values(projection as QueryDeepPartialEntity<DraftProcedureEntity>)
      .orUpdate(
        ['state', 'appraiser_user_id', 'title', 'planned_effective_date', 'next_due_date', 'next_due_step', 'overdue', 'outcome', 'updated_at'],
        ['document_id'],
      )
      .execute();
  }

  find(documentId: string): Promise<DraftProcedureEntity | null> {
    return this.dataSource.getRepository(DraftProcedureEntity).findOneBy({ documentId });
  }

  async list(filter: { states?: string[]; appraiserUserId?: string; draftingAgencyId?: string; overdue?: boolean }, page: number, pageSize: number) {
    const qb = this.dataSource.getRepository(DraftProcedureEntity).createQueryBuilder('p');
    if (filter.states?.length) qb.andWhere('p.state IN (:...states)', { states: filter.states });
    if (filter.appraiserUserId) qb.andWhere('(p.appraiserUserId = :appraiser OR p.appraiserUserId IS NULL)', { appraiser: filter.appraiserUserId });
    if (filter.draftingAgencyId) qb.andWhere('p.draftingAgencyId = :agency', { agency: filter.draftingAgencyId });
    if (filter.overdue !== undefined) qb.andWhere('p.overdue = :overdue', { overdue: filter.overdue });
    const [items, total] = await qb
      .orderBy('p.nextDueDate', 'ASC', 'NULLS LAST')
      .addOrderBy('p.updatedAt', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DraftProcedureEntity } from './draft-procedure.entity';

export type DraftProcedureProjection = Omit<DraftProcedureEntity, 'createdAt' | 'updatedAt' | 'startInput'>;

export class DraftProcedureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the projection of a draft's procedure (the workflow calls it after its transitions). A
   * retried or late write of an older revision changes nothing.
   */
  async save(projection: DraftProcedureProjection): Promise<void> {
    const columns = ['state', 'appraiser_user_id', 'title', 'planned_effective_date', 'next_due_date', 'next_due_step', 'overdue', 'outcome', 'revision', 'today', 'detail', 'history'];
    const assignments = [...columns.map((column) => `"${column}" = EXCLUDED."${column}"`), '"start_input" = NULL', '"updated_at" = now()'].join(', ');
    const [sql, parameters] = this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DraftProcedureEntity)
      .values(projection as QueryDeepPartialEntity<DraftProcedureEntity>)
      .getQueryAndParameters();
    await this.dataSource.query(
      `${sql} ON CONFLICT ("document_id") DO UPDATE SET ${assignments} WHERE "draft_procedures"."revision" < EXCLUDED."revision"`,
      parameters,
    );
  }

  /** The row a new draft gets before its workflow runs: the reconciler starts the workflow from it if the API could not. */
  async createPending(manager: EntityManager, row: Omit<DraftProcedureProjection, 'revision' | 'detail' | 'history' | 'today'> & { startInput: Record<string, unknown> }): Promise<void> {
    await manager.getRepository(DraftProcedureEntity).insert({ ...row, revision: 0, detail: null, history: [], today: null } as QueryDeepPartialEntity<DraftProcedureEntity>);
  }

  /** Drafts whose workflow has not reported for a while since creation: it may never have started. */
  async pendingStarts(olderThanSeconds: number, limit = 50): Promise<Pick<DraftProcedureEntity, 'documentId' | 'workflowId' | 'startInput'>[]> {
    return this.dataSource
      .getRepository(DraftProcedureEntity)
      .createQueryBuilder('p')
      .select(['p.documentId', 'p.workflowId', 'p.startInput'])
      .where('p.startInput IS NOT NULL')
      .andWhere(`p.createdAt < now() - make_interval(secs => :age)`, { age: olderThanSeconds })
      .orderBy('p.createdAt', 'ASC')
      .take(limit)
      .getMany();
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

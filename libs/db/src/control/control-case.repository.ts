import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ControlCaseEntity } from './control-case.entity';

export type ControlCaseProjection = Omit<ControlCaseEntity, 'createdAt' | 'updatedAt'>;

export interface ControlCaseFilter {
  kind?: string;
  status?: string;
  open?: boolean;
  overdue?: boolean;
  documentId?: string;
  assigneeAgencyIds?: string[];
}

export class ControlCaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a case's projection; an older revision never replaces a newer one. */
  async save(projection: ControlCaseProjection): Promise<void> {
    const columns = ['status', 'outcome', 'assignee_agency_id', 'closed_on', 'due_date', 'overdue', 'breaches', 'detail', 'history', 'revision', 'title'];
    const assignments = [...columns.map((column) => `"${column}" = EXCLUDED."${column}"`), '"updated_at" = now()'].join(', ');
    const [sql, parameters] = this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ControlCaseEntity)
      .values(projection as QueryDeepPartialEntity<ControlCaseEntity>)
      .getQueryAndParameters();
    await this.dataSource.query(`${sql} ON CONFLICT ("case_id") DO UPDATE SET ${assignments} WHERE "control_cases"."revision" < EXCLUDED."revision"`, parameters);
  }

  find(caseId: string): Promise<ControlCaseEntity | null> {
    return this.dataSource.getRepository(ControlCaseEntity).findOneBy({ caseId });
  }

  async list(filter: ControlCaseFilter, page: number, pageSize: number): Promise<{ items: ControlCaseEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(ControlCaseEntity).createQueryBuilder('c');
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.open !== undefined) qb.andWhere(filter.open ? 'c.outcome IS NULL' : 'c.outcome IS NOT NULL');
    if (filter.overdue !== undefined) qb.andWhere('c.overdue = :overdue', { overdue: filter.overdue });
    if (filter.documentId) qb.andWhere('c.documentId = :documentId', { documentId: filter.documentId });
    if (filter.assigneeAgencyIds) qb.andWhere('(c.assigneeAgencyId IS NULL OR c.assigneeAgencyId IN (:...agencies))', { agencies: filter.assigneeAgencyIds.length ? filter.assigneeAgencyIds : ['00000000-0000-0000-0000-000000000000'] });
    const [items, total] = await qb
      .orderBy('c.dueDate', 'ASC', 'NULLS LAST')
      .addOrderBy('c.openedOn', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AdminTaskEntity } from './admin-task.entity';

export class AdminTaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Opens a task once per idempotency key. */
  async open(task: Pick<AdminTaskEntity, 'kind' | 'title' | 'detail' | 'entityType' | 'entityId' | 'idempotencyKey'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(AdminTaskEntity).values({ ...task, status: 'open' } as QueryDeepPartialEntity<AdminTaskEntity>).orIgnore().execute();
  }

  async list(status: 'open' | 'done' | undefined, page: number, pageSize: number) {
    const [items, total] = await this.dataSource.getRepository(AdminTaskEntity).findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  /** Marks an open task done; returns it, or null when there is no open task with this id. */
  async resolve(id: string): Promise<AdminTaskEntity | null> {
    const rows: Record<string, unknown>[][] = await this.dataSource.query(
      `UPDATE admin_tasks SET status = 'done', resolved_at = now() WHERE id = $1 AND status = 'open' RETURNING id, kind, entity_type, entity_id`,
      [id],
    );
    const row = rows[0]?.[0];
    return row ? Object.assign(new AdminTaskEntity(), { id: row.id, kind: row.kind, entityType: row.entity_type, entityId: row.entity_id }) : null;
  }
}

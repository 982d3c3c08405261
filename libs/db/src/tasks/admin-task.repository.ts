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

  async resolve(id: string): Promise<boolean> {
    return ((await this.dataSource.getRepository(AdminTaskEntity).update({ id, status: 'open' }, { status: 'done', resolvedAt: new Date() })).affected ?? 0) > 0;
  }
}

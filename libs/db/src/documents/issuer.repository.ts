import { issuerLevelOf, nameKey } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { IssuerEntity } from './issuer.entity';

export class IssuerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<IssuerEntity | null> {
    return manager.getRepository(IssuerEntity).findOneBy({ id });
  }

  findByName(name: string, manager: EntityManager = this.dataSource.manager): Promise<IssuerEntity | null> {
    return manager.getRepository(IssuerEntity).findOneBy({ nameKey: nameKey(name) });
  }

  /** The issuer with this name, created on first sight (documents name their issuer in their header). */
  async ensure(name: string, manager: EntityManager = this.dataSource.manager): Promise<IssuerEntity> {
    const key = nameKey(name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(IssuerEntity)
      .values({ name: name.trim(), nameKey: key, level: issuerLevelOf(name) })
      .orIgnore()
      .execute();
    return manager.getRepository(IssuerEntity).findOneByOrFail({ nameKey: key });
  }

  async list(page: number, pageSize: number, q?: string): Promise<{ items: IssuerEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(IssuerEntity).createQueryBuilder('i');
    if (q) qb.where('i.nameKey LIKE :q', { q: `%${nameKey(q)}%` });
    const [items, total] = await qb.orderBy('i.name', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }
}

import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntryEntity, type AuditActorType } from './audit-entry.entity';

export interface AuditRecord {
  actorType: AuditActorType;
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
  workflowId?: string | null;
  ip?: string | null;
  idempotencyKey?: string | null;
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  workflowId?: string;
  requestId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/**
 * Writes and reads the append-only audit log. `record` takes the caller's EntityManager so the entry
 * commits or rolls back with the change it describes.
 */
export class AuditRepository {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntryEntity)
      .values({
        actorType: entry.actorType,
        actorId: entry.actorId ?? null,
        actorEmail: entry.actorEmail ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: entry.requestId ?? null,
        workflowId: entry.workflowId ?? null,
        ip: entry.ip ?? null,
        idempotencyKey: entry.idempotencyKey ?? null,
      } as QueryDeepPartialEntity<AuditEntryEntity>)
      .orIgnore()
      .execute();
  }

  async list(manager: EntityManager, query: AuditQuery): Promise<{ items: AuditEntryEntity[]; total: number }> {
    const qb = manager.getRepository(AuditEntryEntity).createQueryBuilder('a');
    const exact = ['actorId', 'action', 'entityType', 'entityId', 'workflowId', 'requestId'] as const;
    for (const field of exact) {
      const value = query[field];
      if (value !== undefined) qb.andWhere(`a.${field} = :${field}`, { [field]: value });
    }
    if (query.from) qb.andWhere('a.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurredAt < :to', { to: query.to });
    const [items, total] = await qb
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}

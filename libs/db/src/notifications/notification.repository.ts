import type { Principal, Role } from '@legis/domain';
import type { DataSource } from 'typeorm';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export interface NewNotification {
  recipient: { userId: string } | { role: Role; agencyId?: string | null };
  kind: NotificationKind;
  title: string;
  body: string;
  entityType?: string;
  entityId?: string;
  workflowId?: string;
  idempotencyKey?: string;
}

export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a notification; with an idempotency key a retried caller creates it once. */
  async create(notification: NewNotification): Promise<void> {
    const recipient = notification.recipient;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        recipientUserId: 'userId' in recipient ? recipient.userId : null,
        recipientRole: 'role' in recipient ? recipient.role : null,
        recipientAgencyId: 'role' in recipient ? (recipient.agencyId ?? null) : null,
        kind: notification.kind,
        title: notification.title,
        body: notification.body,
        entityType: notification.entityType ?? null,
        entityId: notification.entityId ?? null,
        workflowId: notification.workflowId ?? null,
        idempotencyKey: notification.idempotencyKey ?? null,
      })
      .orIgnore()
      .execute();
  }

  /** What a user sees: messages to them, and to a role they hold (within their agency when scoped). */
  async inbox(principal: Principal, options: { unreadOnly: boolean; page: number; pageSize: number }): Promise<{ items: NotificationEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where(
        `(n.recipientUserId = :userId OR (n.recipientRole IN (:...roles) AND (n.recipientAgencyId IS NULL OR n.recipientAgencyId = :agencyId)))`,
        { userId: principal.userId, roles: principal.roles, agencyId: principal.agencyId ?? '00000000-0000-0000-0000-000000000000' },
      );
    if (options.unreadOnly) qb.andWhere('n.readAt IS NULL');
    const [items, total] = await qb
      .orderBy('n.createdAt', 'DESC')
      .skip((options.page - 1) * options.pageSize)
      .take(options.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Marks a notification read, if it is one the user can see (another user's id changes nothing). */
  async markRead(id: string, principal: Principal): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE id = $1 AND read_at IS NULL
          AND (recipient_user_id = $2 OR (recipient_role = ANY($3::text[]) AND (recipient_agency_id IS NULL OR recipient_agency_id = $4)))`,
      [id, principal.userId, principal.roles, principal.agencyId],
    );
  }
}

import type { Principal, Role } from '@legis/domain';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
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

export interface NotificationRepositoryOptions {
  /**
   * Store new notifications as pending e-mails for the mailer. The worker sets it when SMTP is
   * configured; without it nothing is queued, so turning SMTP on later does not mail old messages.
   */
  email?: boolean;
}

/** A user an e-mail may go to (see the worker's recipient resolution). */
export type EmailCandidate = Pick<UserEntity, 'id' | 'email' | 'fullName' | 'roles' | 'agencyId' | 'active'>;

export class NotificationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: NotificationRepositoryOptions = {},
  ) {}

  /**
   * Stores a notification; with an idempotency key a retried caller creates it once, so its e-mail
   * is queued once too (the insert and the outbox mark are one row).
   */
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
        ...(this.options.email ? { emailStatus: 'pending' as const, emailNextAttemptAt: () => 'now()' } : {}),
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

  /**
   * Claims up to `limit` pending e-mails that are due, for `leaseSeconds`: the claim counts an
   * attempt and moves the next attempt past the lease, in one statement over rows locked with
   * SKIP LOCKED, so two mailers never claim the same one. A mailer that dies while sending leaves
   * the row pending, to be claimed again when the lease ends.
   */
  async claimDueEmails(limit: number, leaseSeconds: number): Promise<NotificationEntity[]> {
    // Ends in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const claimed: { id: string }[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM notifications
          WHERE email_status = 'pending' AND email_next_attempt_at <= now()
          ORDER BY email_next_attempt_at, created_at
          LIMIT $1
            FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE notifications n
            SET email_attempts = n.email_attempts + 1, email_next_attempt_at = now() + make_interval(secs => $2)
           FROM due WHERE n.id = due.id
         RETURNING n.id)
       SELECT id FROM claimed`,
      [limit, leaseSeconds],
    );
    if (claimed.length === 0) return [];
    return this.dataSource.getRepository(NotificationEntity).find({ where: { id: In(claimed.map((row) => row.id)) }, order: { createdAt: 'ASC' } });
  }

  /** Active users who hold the notification's user id or role; the mailer narrows them by agency. */
  emailCandidates(notification: Pick<NotificationEntity, 'recipientUserId' | 'recipientRole'>): Promise<EmailCandidate[]> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.fullName', 'u.roles', 'u.agencyId', 'u.active'])
      .where('u.active');
    if (notification.recipientUserId) qb.andWhere('u.id = :userId', { userId: notification.recipientUserId });
    else if (notification.recipientRole) qb.andWhere(':role = ANY(u.roles)', { role: notification.recipientRole });
    else return Promise.resolve([]);
    return qb.orderBy('u.email').getMany();
  }

  /** Delivered (`refused`: addresses the server turned down while it accepted the others). */
  async emailSent(id: string, refused: string[] = []): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET email_status = 'sent', emailed_at = now(), email_next_attempt_at = NULL, email_error = $2 WHERE id = $1 AND email_status = 'pending'`,
      [id, refused.length > 0 ? `refused: ${refused.join(', ')}` : null],
    );
  }

  /** Nobody to send it to (no active user with the role, or the user is inactive); the inbox still has it. */
  async emailSkipped(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET email_status = 'skipped', email_next_attempt_at = NULL, email_error = $2 WHERE id = $1 AND email_status = 'pending'`,
      [id, reason],
    );
  }

  /**
   * Tries again in `delaySeconds`. `countAttempt: false` hands the claim back uncounted: used when
   * the SMTP server could not be reached at all, so an outage never uses up a message's attempts.
   */
  async emailRetry(id: string, error: string, delaySeconds: number, options: { countAttempt: boolean }): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications
          SET email_next_attempt_at = now() + make_interval(secs => $3), email_error = $2,
              email_attempts = CASE WHEN $4 THEN email_attempts ELSE greatest(email_attempts - 1, 0) END
        WHERE id = $1 AND email_status = 'pending'`,
      [id, error, delaySeconds, options.countAttempt],
    );
  }

  /** Gives up after the last attempt; the inbox still has the notification. */
  async emailFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET email_status = 'failed', email_next_attempt_at = NULL, email_error = $2 WHERE id = $1 AND email_status = 'pending'`,
      [id, error],
    );
  }
}

import type { Role } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'reminder' | 'escalation' | 'action' | 'info';

/**
 * Where a notification's e-mail is: `pending` until the mailer delivers it (`sent`), gives up after
 * its attempts (`failed`), or finds nobody with an address to send it to (`skipped`). Null: no
 * e-mail was wanted (SMTP was not configured when it was stored).
 */
export type NotificationEmailStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/**
 * A message for a user, or for everyone holding a role (within an agency when set): reminders
 * before a due date, escalations after it, things waiting for someone's action. GET /inbox shows
 * them; e-mail delivery is optional.
 */
@Entity('notifications')
@Index('ix_notifications_user', ['recipientUserId', 'createdAt'])
@Index('ix_notifications_role', ['recipientRole', 'recipientAgencyId', 'createdAt'])
@Index('ix_notifications_email_due', ['emailNextAttemptAt'], { where: `email_status = 'pending'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id!: string;

  @Column('uuid', { nullable: true })
  recipientUserId!: string | null;

  @Column('varchar', { length: 16, nullable: true })
  recipientRole!: Role | null;

  @Column('uuid', { nullable: true })
  recipientAgencyId!: string | null;

  @Column('varchar', { length: 16 })
  kind!: NotificationKind;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('text', { nullable: true })
  entityType!: string | null;

  @Column('text', { nullable: true })
  entityId!: string | null;

  @Column('text', { nullable: true })
  workflowId!: string | null;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  /** A workflow's retried activity creates its notification once. */
  @Index('uq_notifications_idempotency_key', { unique: true, where: 'idempotency_key IS NOT NULL' })
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The e-mail outbox: see {@link NotificationEmailStatus}. */
  @Column('varchar', { length: 8, nullable: true })
  emailStatus!: NotificationEmailStatus | null;

  /** Sending attempts so far (a claim counts; an SMTP outage hands its claim back uncounted). */
  @Column('integer', { default: 0 })
  emailAttempts!: number;

  /** When a pending e-mail may next be tried; while one is being sent, the end of the sender's lease. */
  @Column('timestamptz', { nullable: true })
  emailNextAttemptAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;

  /** The last delivery error, or the addresses the server refused when the others were accepted. */
  @Column('text', { nullable: true })
  emailError!: string | null;
}

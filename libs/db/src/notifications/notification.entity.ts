import type { Role } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'reminder' | 'escalation' | 'action' | 'info';

/**
 * A message for a user, or for everyone holding a role (within an agency when set): reminders
 * before a due date, escalations after it, things waiting for someone's action. GET /inbox shows
 * them; e-mail delivery is optional.
 */
@Entity('notifications')
@Index('ix_notifications_user', ['recipientUserId', 'createdAt'])
@Index('ix_notifications_role', ['recipientRole', 'recipientAgencyId', 'createdAt'])
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
}

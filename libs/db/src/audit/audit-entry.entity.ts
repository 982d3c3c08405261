import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorType = 'user' | 'public' | 'system' | 'workflow';

/**
 * One state change, append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE.
 * `before` and `after` are summaries (the fields that changed), not full copies.
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_log_actor', ['actorId', 'occurredAt'])
@Index('ix_audit_log_action', ['action', 'occurredAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_log' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column('varchar', { length: 16 })
  actorType!: AuditActorType;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  actorEmail!: string | null;

  /** Dotted verb, e.g. `user.create`, `auth.login`, `systemCheck.completed`. */
  @Column('text')
  action!: string;

  @Column('text')
  entityType!: string;

  @Column('text', { nullable: true })
  entityId!: string | null;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('text', { nullable: true })
  workflowId!: string | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  /** Lets a retried activity record its transition once: a second insert with the same key is a no-op. */
  @Index('uq_audit_log_idempotency_key', { unique: true, where: 'idempotency_key IS NOT NULL' })
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;
}

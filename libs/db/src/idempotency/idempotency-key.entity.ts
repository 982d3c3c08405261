import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST made with an `Idempotency-Key` header: while it runs the row is `in_progress`; once it
 * succeeds the response is kept so a retry gets the same answer without creating anything again.
 */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_created_at', ['createdAt'])
export class IdempotencyKeyEntity {
  /** The caller the key belongs to (user id, or `anonymous`): keys are scoped per caller. */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_idempotency_keys' })
  scope!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_idempotency_keys' })
  key!: string;

  /** SHA-256 of method, path and body: the same key with a different request is refused. */
  @Column('text')
  requestHash!: string;

  @Column('varchar', { length: 16 })
  state!: 'in_progress' | 'completed';

  @Column('integer', { nullable: true })
  responseStatus!: number | null;

  @Column('jsonb', { nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

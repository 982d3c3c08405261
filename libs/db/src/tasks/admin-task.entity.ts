import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something only a person can fix (e.g. the National Legal Database refused a record). */
@Entity('admin_tasks')
@Index('ix_admin_tasks_status', ['status', 'createdAt'])
export class AdminTaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_admin_tasks' })
  id!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  title!: string;

  @Column('jsonb', { default: () => "'{}'" })
  detail!: Record<string, unknown>;

  @Column('text', { nullable: true })
  entityType!: string | null;

  @Column('text', { nullable: true })
  entityId!: string | null;

  @Column('varchar', { length: 8, default: 'open' })
  status!: 'open' | 'done';

  @Index('uq_admin_tasks_idempotency_key', { unique: true, where: 'idempotency_key IS NOT NULL' })
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;
}

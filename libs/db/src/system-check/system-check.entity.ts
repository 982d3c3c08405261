import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The row a system check writes and reads back; keyed by workflow id so a retried activity cannot duplicate it. */
@Entity('system_checks')
export class SystemCheckEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_system_checks' })
  id!: string;

  @Column('integer', { default: 1 })
  attempts!: number;

  @Column('text', { nullable: true })
  workerIdentity!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A legal time limit that passed before its step was done: kept for the statistics (REFERENCE §6). */
@Entity('deadline_breaches')
@Index('ix_deadline_breaches_document', ['documentId'])
@Index('uq_deadline_breaches_workflow_deadline', ['workflowId', 'deadlineId'], { unique: true })
export class DeadlineBreachEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_deadline_breaches' })
  id!: string;

  @Column('text')
  workflowId!: string;

  @Column('text')
  deadlineId!: string;

  @Column('uuid', { nullable: true })
  documentId!: string | null;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  /** The procedure step that was late (e.g. `appraisal`, `consultation`, `publication`). */
  @Column('text')
  step!: string;

  @Column('date')
  dueDate!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  breachedAt!: Date;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;
}

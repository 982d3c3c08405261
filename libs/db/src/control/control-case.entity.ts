import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The read model of control cases (self-inspection, inspection, handling, review, petition, duty),
 * written by each case's workflow after every transition. Lists, overdue reports and statistics read
 * it; the workflow's state stays the source of truth.
 */
@Entity('control_cases')
@Index('ix_control_cases_kind_status', ['kind', 'status', 'dueDate'])
@Index('ix_control_cases_document', ['documentId', 'openedOn'])
@Index('ix_control_cases_assignee', ['assigneeAgencyId', 'status'])
export class ControlCaseEntity {
  /** Also the workflow id: `self-inspection-<documentId>`, `handling-…`. */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_control_cases' })
  caseId!: string;

  @Column('varchar', { length: 24 })
  kind!: string;

  @Column('uuid', { nullable: true })
  documentId!: string | null;

  @Column('text')
  title!: string;

  @Column('varchar', { length: 32 })
  status!: string;

  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('uuid', { nullable: true })
  assigneeAgencyId!: string | null;

  @Column('date')
  openedOn!: string;

  @Column('date', { nullable: true })
  closedOn!: string | null;

  /** The running time limit's due date. */
  @Column('date', { nullable: true })
  dueDate!: string | null;

  @Column('boolean', { default: false })
  overdue!: boolean;

  @Column('integer', { default: 0 })
  breaches!: number;

  /** What opened it (a signing, a conclusion, a changed basis, a petition). */
  @Column('jsonb', { default: () => "'{}'" })
  source!: Record<string, unknown>;

  /** The workflow's view: state with kind-specific data, and what each role may do now. */
  @Column('jsonb')
  detail!: Record<string, unknown>;

  @Column('jsonb', { default: () => "'[]'" })
  history!: unknown[];

  @Column('integer')
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

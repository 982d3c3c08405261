import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A read model of each draft's procedure, written by the draft workflow after every transition:
 * lists (the appraiser's inbox, an agency's drafts), deadlines and statistics read this table, not
 * Temporal. The workflow's own state stays the source of truth for the procedure.
 */
@Entity('draft_procedures')
@Index('ix_draft_procedures_state', ['state', 'updatedAt'])
@Index('ix_draft_procedures_agency', ['draftingAgencyId', 'state'])
@Index('ix_draft_procedures_appraiser', ['appraiserUserId', 'state'])
export class DraftProcedureEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_draft_procedures' })
  documentId!: string;

  @Column('text')
  workflowId!: string;

  /** COUNCIL_RESOLUTION, COMMITTEE_DECISION or CHAIR_DECISION. */
  @Column('varchar', { length: 24 })
  procedureType!: string;

  @Column('varchar', { length: 16 })
  procedure!: 'normal' | 'simplified';

  @Column('varchar', { length: 16 })
  regimeVersion!: string;

  @Column('varchar', { length: 32 })
  state!: string;

  @Column('uuid')
  draftingAgencyId!: string;

  /** The appraiser who accepted the dossier, once appraisal has started. */
  @Column('uuid', { nullable: true })
  appraiserUserId!: string | null;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('date', { nullable: true })
  plannedEffectiveDate!: string | null;

  /** The earliest open deadline. */
  @Column('date', { nullable: true })
  nextDueDate!: string | null;

  @Column('text', { nullable: true })
  nextDueStep!: string | null;

  @Column('boolean', { default: false })
  overdue!: boolean;

  /** Set when the procedure ends: issued and in force, rejected or withdrawn. */
  @Column('text', { nullable: true })
  outcome!: string | null;

  /** The workflow's revision this row shows; an older write never replaces a newer one. */
  @Column('integer', { default: 0 })
  revision!: number;

  /** The procedure clock's date when written (differs from today only with a shortened day). */
  @Column('date', { nullable: true })
  today!: string | null;

  /** The workflow's full description (state, dossier, appraisal, deadlines, allowed actions). */
  @Column('jsonb', { nullable: true })
  detail!: Record<string, unknown> | null;

  @Column('jsonb', { default: () => "'[]'" })
  history!: unknown[];

  /** The draft workflow's start input, kept until the workflow has written its first revision (a reconciler starts it if the API could not). */
  @Column('jsonb', { nullable: true })
  startInput!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

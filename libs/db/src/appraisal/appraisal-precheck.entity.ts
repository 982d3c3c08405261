import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The automated pre-check built when appraisal of a draft version is requested (shown to the appraiser). */
@Entity('appraisal_prechecks')
@Index('ix_appraisal_prechecks_document', ['documentId', 'createdAt'])
export class AppraisalPrecheckEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_appraisal_prechecks' })
  versionId!: string;

  @Column('uuid')
  documentId!: string;

  @Column('jsonb')
  summary!: Record<string, number>;

  @Column('jsonb')
  findings!: unknown[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

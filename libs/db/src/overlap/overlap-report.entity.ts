import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DocumentVersionEntity } from '../documents/document-version.entity';

/** The stored overlap check of one draft version (run by intake), as the API returns it. */
@Entity('overlap_reports')
export class OverlapReportEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_overlap_reports' })
  versionId!: string;

  @OneToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_overlap_reports_version' })
  version?: Relation<DocumentVersionEntity>;

  @Column('uuid')
  documentId!: string;

  /** The date candidates had to be in force on. */
  @Column('date')
  asOf!: string;

  /** Counts per class, for lists and statistics. */
  @Column('jsonb')
  summary!: Record<string, number>;

  @Column('jsonb')
  findings!: unknown[];

  @Column('integer')
  durationMs!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

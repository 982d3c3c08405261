import type { ParseWarning, VersionStatus } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { DocumentEntity } from './document.entity';

/** One uploaded text of a document (a draft has one per revision), with what intake made of it. */
@Entity('document_versions')
@Index('uq_document_versions_number', ['documentId', 'versionNo'], { unique: true })
@Index('ix_document_versions_sha256', ['sha256'])
@Index('ix_document_versions_status', ['status', 'updatedAt'])
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_document_versions' })
  id!: string;

  @Column('uuid')
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_document_versions_document' })
  document?: Relation<DocumentEntity>;

  /** 1, 2, 3 … per document. */
  @Column('integer')
  versionNo!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('text', { nullable: true })
  fileName!: string | null;

  @Column('text')
  mimeType!: string;

  @Column('integer')
  sizeBytes!: number;

  @Column('varchar', { length: 16 })
  status!: VersionStatus;

  /** Why the version is `failed` or `needs_ocr`, in words a drafter can act on. */
  @Column('text', { nullable: true })
  statusReason!: string | null;

  /** `text-layer`, `ocr`, `docx`, `html`, `plain`. */
  @Column('varchar', { length: 16, nullable: true })
  extractionMethod!: string | null;

  @Column('integer', { nullable: true })
  pageCount!: number | null;

  @Column('text', { nullable: true })
  text!: string | null;

  /** Structural warnings of the parser (numbering gaps, letters out of order …): appraisers use them. */
  @Column('jsonb', { default: () => `'[]'` })
  warnings!: ParseWarning[];

  /** Extraction warnings, quality score, legacy encoding, timings. */
  @Column('jsonb', { default: () => `'{}'` })
  extraction!: Record<string, unknown>;

  /** Metadata the parser found in the text (number, date, signer …), kept as found. */
  @Column('jsonb', { default: () => `'{}'` })
  parsedMetadata!: Record<string, unknown>;

  /** Whether this version's provisions are counted in the term frequencies (it is the searchable one). */
  @Column('boolean', { default: false })
  termsCounted!: boolean;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

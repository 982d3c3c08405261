import type { RelationType } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';

/** How the source cited its target; kept so an unresolved reference can be matched later. */
export interface RelationTargetRef {
  docType: string | null;
  number: string | null;
  name: string | null;
  date: string | null;
}

export type RelationOrigin = 'parsed' | 'manual' | 'workflow';

/**
 * A relation between documents (REFERENCE §2.5), optionally between provisions. A target that is
 * not in the database yet stays unresolved (`targetDocumentId` null) and is linked automatically
 * when a document with that number (or name and date) arrives.
 */
@Entity('relations')
@Index('ix_relations_source', ['sourceDocumentId', 'type'])
@Index('ix_relations_target', ['targetDocumentId', 'type'])
@Index('ix_relations_unresolved_number', ['targetNumberKey'], { where: 'target_document_id IS NULL' })
@Index('ix_relations_unresolved_title', ['targetTitleKey'], { where: 'target_document_id IS NULL' })
export class RelationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_relations' })
  id!: string;

  @Column('varchar', { length: 24 })
  type!: RelationType;

  @Column('uuid')
  sourceDocumentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'fk_relations_source' })
  sourceDocument?: Relation<DocumentEntity>;

  /** The version whose parse produced this relation; null for relations entered by hand or by a workflow. */
  @Column('uuid', { nullable: true })
  sourceVersionId!: string | null;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'source_version_id', foreignKeyConstraintName: 'fk_relations_source_version' })
  sourceVersion?: Relation<DocumentVersionEntity> | null;

  @Column('text', { nullable: true })
  sourcePathKey!: string | null;

  @Column('uuid', { nullable: true })
  targetDocumentId!: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'target_document_id', foreignKeyConstraintName: 'fk_relations_target' })
  targetDocument?: Relation<DocumentEntity> | null;

  @Column('text', { nullable: true })
  targetPathKey!: string | null;

  @Column('jsonb', { nullable: true })
  targetRef!: RelationTargetRef | null;

  @Column('text', { nullable: true })
  targetNumberKey!: string | null;

  @Column('text', { nullable: true })
  targetTitleKey!: string | null;

  @Column('varchar', { length: 16 })
  origin!: RelationOrigin;

  /** Amendments: the action, the target paths, the quoted patch, replaced words. */
  @Column('jsonb', { nullable: true })
  detail!: Record<string, unknown> | null;

  /** The sentence the relation was read from. */
  @Column('text', { nullable: true })
  raw!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

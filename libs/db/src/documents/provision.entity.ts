import type { ProvisionLevel, ValidityStatus } from '@legis/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';

/** One node of a version's provision tree (Phần … Điểm, Phụ lục), addressed by its path key. */
@Entity('provisions')
@Index('uq_provisions_version_path', ['versionId', 'pathKey'], { unique: true })
@Index('ix_provisions_document', ['documentId', 'versionId', 'ord'])
export class ProvisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_provisions' })
  id!: string;

  @Column('uuid')
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_provisions_document' })
  document?: Relation<DocumentEntity>;

  @Column('uuid')
  versionId!: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_provisions_version' })
  version?: Relation<DocumentVersionEntity>;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ProvisionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_provisions_parent' })
  parent?: Relation<ProvisionEntity> | null;

  @Column('varchar', { length: 16 })
  level!: ProvisionLevel;

  @Column('text', { nullable: true })
  number!: string | null;

  /** `d5a.k2.đ`. */
  @Column('text')
  pathKey!: string;

  /** `12/2023/QĐ-UBND#d5a.k2.đ` (the path key alone until the document has a number). */
  @Column('text')
  citationKey!: string;

  @Column('text', { nullable: true })
  heading!: string | null;

  @Column('text')
  text!: string;

  /** Position in document order. */
  @Column('integer')
  ord!: number;

  @Column('smallint')
  depth!: number;

  @Column('integer')
  startLine!: number;

  @Column('integer')
  endLine!: number;

  /** Null: the document's own status applies. Set when a provision alone expires or is suspended. */
  @Column('varchar', { length: 24, nullable: true })
  validityStatus!: ValidityStatus | null;

  /** When this provision stopped applying, if it did before the document did. */
  @Column('date', { nullable: true })
  validUntil!: string | null;
}

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DocumentVersionEntity } from './document-version.entity';

/** The original bytes of a version, apart from its row so listing versions never loads files. */
@Entity('document_files')
export class DocumentFileEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_document_files' })
  versionId!: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_document_files_version' })
  version?: Relation<DocumentVersionEntity>;

  @Column('bytea')
  bytes!: Buffer;
}

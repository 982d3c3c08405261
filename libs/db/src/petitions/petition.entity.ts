import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DocumentEntity } from '../documents/document.entity';

/**
 * A petition about an issued document (phản ánh, kiến nghị, REFERENCE §5) without its petitioner,
 * whose details live in `petition_petitioners`. Its process is the control case `case_id`; the
 * published answer (personal data masked) is kept here, next to the document.
 */
@Entity('petitions')
@Index('ix_petitions_document_published', ['documentId', 'publishedOn'])
@Index('ix_petitions_case', ['caseId'])
export class PetitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_petitions' })
  id!: string;

  /** What the petitioner types to follow it (`XXXX-XXXX-XXXX`). */
  @Index('uq_petitions_tracking_code', { unique: true })
  @Column('varchar', { length: 14 })
  trackingCode!: string;

  @Column('text')
  caseId!: string;

  @Column('uuid')
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_petitions_document' })
  document?: Relation<DocumentEntity>;

  @Column('text', { array: true, default: () => "'{}'" })
  pathKeys!: string[];

  /** As written; it may name people, so it is shown only to staff and published only masked. */
  @Column('text')
  content!: string;

  @Column('varchar', { length: 16, nullable: true })
  categoryHint!: string | null;

  /** The petitioner agrees that the (masked) petition is published with the answer. */
  @Column('boolean', { default: false })
  publicationConsent!: boolean;

  /** The agency responsible for the document, which answers (null: the Department of Justice's overseers). */
  @Column('uuid', { nullable: true })
  assigneeAgencyId!: string | null;

  @Column('date')
  receivedDate!: string;

  @Column('varchar', { length: 16, nullable: true })
  category!: string | null;

  /** The published answer and, with consent, the petition, both masked. */
  @Column('text', { nullable: true })
  publishedAnswer!: string | null;

  @Column('text', { nullable: true })
  publishedContent!: string | null;

  @Column('text', { nullable: true })
  answerRef!: string | null;

  @Column('date', { nullable: true })
  publishedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

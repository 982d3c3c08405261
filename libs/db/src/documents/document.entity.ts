import type { DocType, DocumentKind, RegimeVersion, SigningCapacity, ValidityStatus } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AgencyEntity } from '../identity/agency.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { IssuerEntity } from './issuer.entity';

/**
 * A legal document, draft or issued. Its text and provisions belong to its versions; the fields here
 * are the record a reviewer sees (REFERENCE §2.3). A number is unique per issuer, type, year and
 * sequence, never as a string.
 */
@Entity('documents')
@Index('uq_documents_number', ['issuerId', 'docType', 'numberYear', 'numberSeq'], {
  unique: true,
  where: 'issuer_id IS NOT NULL AND number_year IS NOT NULL AND number_seq IS NOT NULL',
})
@Index('ix_documents_number_key', ['numberKey'])
@Index('ix_documents_kind_type', ['kind', 'docType'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_documents' })
  id!: string;

  @Column('varchar', { length: 8 })
  kind!: DocumentKind;

  /** Null until intake has read it from the text when the uploader did not give it. */
  @Column('varchar', { length: 32, nullable: true })
  docType!: DocType | null;

  /** As written ("043/2025/QĐ-UBND"). */
  @Column('text', { nullable: true })
  number!: string | null;

  /** Normalised number, for lookups and for resolving references from other documents. */
  @Column('text', { nullable: true })
  numberKey!: string | null;

  /** The sequence without zero padding ("43" for "043"); Government resolutions have "66.16". */
  @Column('text', { nullable: true })
  numberSeq!: string | null;

  @Column('integer', { nullable: true })
  numberYear!: number | null;

  @Column('text', { nullable: true })
  numberTypeCode!: string | null;

  @Column('text', { nullable: true })
  numberIssuerCode!: string | null;

  @Column('uuid', { nullable: true })
  issuerId!: string | null;

  @ManyToOne(() => IssuerEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'fk_documents_issuer' })
  issuer?: Relation<IssuerEntity> | null;

  /** For drafts: the cơ quan chủ trì soạn thảo; its drafters own the draft. */
  @Column('uuid', { nullable: true })
  draftingAgencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'drafting_agency_id', foreignKeyConstraintName: 'fk_documents_drafting_agency' })
  draftingAgency?: Relation<AgencyEntity> | null;

  /** Trích yếu; null until intake has read it from the text when the uploader did not give it. */
  @Column('text', { nullable: true })
  title!: string | null;

  /** Normalised title, for resolving references that cite a document by name ("Luật Đất đai"). */
  @Index('ix_documents_title_key')
  @Column('text', { nullable: true })
  titleKey!: string | null;

  @Column('text', { nullable: true })
  field!: string | null;

  @Column('text', { nullable: true })
  territorialScope!: string | null;

  @Column('text', { nullable: true })
  signerName!: string | null;

  @Column('text', { nullable: true })
  signerTitle!: string | null;

  @Column('varchar', { length: 8, nullable: true })
  signingCapacity!: SigningCapacity | null;

  /** Ngày ban hành; for a council resolution, the adoption date. */
  @Column('date', { nullable: true })
  issuedDate!: string | null;

  @Column('date', { nullable: true })
  effectiveDate!: string | null;

  @Column('date', { nullable: true })
  expiryDate!: string | null;

  @Column('text', { nullable: true })
  expiryReason!: string | null;

  /** Null for drafts: validity applies once a document is issued. */
  @Column('varchar', { length: 24, nullable: true })
  validityStatus!: ValidityStatus | null;

  @Column('varchar', { length: 16, nullable: true })
  regimeVersion!: RegimeVersion | null;

  @Column('boolean', { default: true })
  isNormative!: boolean;

  /**
   * Fields the uploader set explicitly. Intake fills every other field from the parsed text of the
   * latest version, and never overwrites these.
   */
  @Column('text', { array: true, default: () => "'{}'" })
  providedFields!: string[];

  @Column('uuid', { nullable: true })
  currentVersionId!: string | null;

  /** Deferred: a document and its first version are inserted in one transaction. */
  @ManyToOne(() => DocumentVersionEntity, { nullable: true, deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'current_version_id', foreignKeyConstraintName: 'fk_documents_current_version' })
  currentVersion?: Relation<DocumentVersionEntity> | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import type { DocType, SystematisationList, SystematisationResult, ValidityStatus } from '@legis/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DocumentEntity } from '../documents/document.entity';
import { SystematisationCampaignEntity } from './systematisation-campaign.entity';

/**
 * One document of a campaign, assigned to the agency that reviews it: the document as gathered
 * (so the lists do not move when the document changes later), the proposal from its recorded
 * validity, the agency's result, and the lists it ends up in.
 */
@Entity('systematisation_assignments')
@Index('ix_systematisation_assignments_agency', ['campaignId', 'agencyId', 'result'])
export class SystematisationAssignmentEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_systematisation_assignments' })
  campaignId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_systematisation_assignments' })
  documentId!: string;

  @ManyToOne(() => SystematisationCampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_systematisation_assignments_campaign' })
  campaign?: Relation<SystematisationCampaignEntity>;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_systematisation_assignments_document' })
  document?: Relation<DocumentEntity>;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @Column('text', { nullable: true })
  number!: string | null;

  @Column('varchar', { length: 32, nullable: true })
  docType!: DocType | null;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  issuerName!: string | null;

  @Column('text', { nullable: true })
  field!: string | null;

  @Column('date', { nullable: true })
  issuedDate!: string | null;

  @Column('date', { nullable: true })
  effectiveDate!: string | null;

  /** Legal force (smaller is higher), to arrange the compilation. */
  @Column('integer', { nullable: true })
  rank!: number | null;

  @Column('varchar', { length: 24, nullable: true })
  validityStatus!: ValidityStatus | null;

  @Column('date', { nullable: true })
  expiryDate!: string | null;

  /** When the document expired or was suspended, whole or part, as recorded. */
  @Column('date', { nullable: true })
  changedOn!: string | null;

  @Column('text', { nullable: true })
  changeReason!: string | null;

  @Column('varchar', { length: 24 })
  proposed!: SystematisationResult;

  @Column('varchar', { length: 24, nullable: true })
  result!: SystematisationResult | null;

  /** The agency's date of expiry or suspension, when it gives one. */
  @Column('date', { nullable: true })
  resultChangedOn!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  /** Provisions concerned (path keys), for partial expiry and for recommended fixes. */
  @Column('text', { array: true, default: () => "'{}'" })
  provisions!: string[];

  @Column('uuid', { nullable: true })
  answeredBy!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('text', { array: true, default: () => "'{}'" })
  lists!: SystematisationList[];
}

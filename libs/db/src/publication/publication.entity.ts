import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type PublicationChannel = 'gazette' | 'national_db';
export type PublicationStatus = 'pending' | 'published' | 'failed';

/** Where an issued document was published (Official Gazette, National Legal Database) and how it went. */
@Entity('publications')
@Index('uq_publications_document_channel', ['documentId', 'channel'], { unique: true })
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_publications' })
  id!: string;

  @Column('uuid')
  documentId!: string;

  @Column('varchar', { length: 16 })
  channel!: PublicationChannel;

  @Column('varchar', { length: 16 })
  status!: PublicationStatus;

  /** The legal time limit (REFERENCE §4.6): 3 days for the gazette, 2 working days for the database. */
  @Column('date', { nullable: true })
  dueDate!: string | null;

  /** Gazette issue number, or the database's publication id. */
  @Column('text', { nullable: true })
  externalId!: string | null;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('integer', { default: 0 })
  revision!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PetitionEntity } from './petition.entity';

/**
 * A text staff wrote on a petition's case that may quote the petitioner (the classification's note,
 * an answer), as written. The case and its Temporal history hold only its id; it is deleted with
 * the petition.
 */
@Entity('petition_texts')
@Index('ix_petition_texts_petition', ['petitionId'])
export class PetitionTextEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_petition_texts' })
  id!: string;

  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_texts_petition' })
  petition?: Relation<PetitionEntity>;

  /** The action's payload field it came in: `note` (classify) or `answer`. */
  @Column('varchar', { length: 16 })
  field!: string;

  @Column('text')
  body!: string;

  @Column('uuid', { nullable: true })
  writtenBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

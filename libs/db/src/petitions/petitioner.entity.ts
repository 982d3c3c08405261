import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PetitionEntity } from './petition.entity';

/**
 * Who petitioned (personal data): read only by staff whose role may see it, never copied into a
 * case, a log or a notification; the case refers to the petition by id.
 */
@Entity('petition_petitioners')
export class PetitionerEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_petition_petitioners' })
  petitionId!: string;

  @OneToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_petitioners_petition' })
  petition?: Relation<PetitionEntity>;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

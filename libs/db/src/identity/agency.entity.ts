import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A provincial body: drafting departments (Sở), the Department of Justice, the councils and committees. */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agencies' })
  id!: string;

  @Index('uq_agencies_code', { unique: true })
  @Column('varchar', { length: 32 })
  code!: string;

  @Column('text')
  name!: string;

  /** Receives escalations when a step of one of the agency's drafts is overdue. */
  @Column('uuid', { nullable: true })
  headUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

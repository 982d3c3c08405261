import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { IssuerLevel } from '@legis/domain';

export type { IssuerLevel };

/**
 * A body that issues documents (cơ quan ban hành): Quốc hội, Chính phủ, a ministry, the provincial
 * council or committee. Document numbers repeat across provinces, so uniqueness is per issuer.
 */
@Entity('issuers')
export class IssuerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_issuers' })
  id!: string;

  @Column('text')
  name!: string;

  /** Lower-case, diacritics folded, single-spaced: how names from texts are matched to issuers. */
  @Index('uq_issuers_name_key', { unique: true })
  @Column('text')
  nameKey!: string;

  @Column('varchar', { length: 16 })
  level!: IssuerLevel;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

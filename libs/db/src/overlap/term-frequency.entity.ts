import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Document frequency of each syllable (in comparison form) over the searchable provisions: how
 * many of them contain it. The overlap engine asks Meilisearch for a provision's rarest words,
 * which recall its source far better than its first words. The row `#provisions` counts them all.
 */
@Entity('term_frequencies')
export class TermFrequencyEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_term_frequencies' })
  term!: string;

  @Column('integer')
  df!: number;
}

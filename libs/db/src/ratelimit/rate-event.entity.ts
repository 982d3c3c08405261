import { CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Column } from 'typeorm';

/**
 * One request counted against a public rate limit (comments on posted drafts, petitions). Kept in
 * PostgreSQL so every API replica shares the count.
 */
@Entity('rate_events')
@Index('ix_rate_events_key_time', ['key', 'occurredAt'])
export class RateEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_rate_events' })
  id!: string;

  /** What is limited and for whom, e.g. `comment:203.0.113.7`. */
  @Column('text')
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}

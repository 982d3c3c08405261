import type { SystematisationPhase, SystematisationScope } from '@legis/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A systematisation campaign (REFERENCE §4.12): one cycle and scope, run by the workflow
 * `systematisation-<id>`. The workflow writes the phase and counts here; the documents and their
 * review results are its assignments.
 */
@Entity('systematisation_campaigns')
@Index('uq_systematisation_campaigns_scope', ['scopeKey'], { unique: true })
export class SystematisationCampaignEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_systematisation_campaigns' })
  id!: string;

  /** "2019–2023". */
  @Column('text')
  cycleLabel!: string;

  @Column('date')
  referenceDate!: string;

  @Column('date')
  periodStart!: string;

  @Column('date')
  periodEnd!: string;

  @Column('jsonb')
  scope!: SystematisationScope;

  /** The period and scope, normalised: a second campaign of the same cycle and scope is a conflict. */
  @Column('text')
  scopeKey!: string;

  @Column('text')
  planRef!: string;

  /** Reviews documents that have no drafting agency on record (default: the Department of Justice). */
  @Column('uuid', { nullable: true })
  leadAgencyId!: string | null;

  @Column('varchar', { length: 16 })
  phase!: SystematisationPhase;

  @Column('integer', { default: 0 })
  total!: number;

  @Column('integer', { default: 0 })
  answered!: number;

  /** Documents per list, once classified. */
  @Column('jsonb', { nullable: true })
  listCounts!: Record<string, number> | null;

  /** Set when an administrator closed the campaign before every result was in. */
  @Column('uuid', { nullable: true })
  closedBy!: string | null;

  @Column('text', { nullable: true })
  closeReason!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import type { EntryKind } from '@legis/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One row of a year's official schedule (notices of the Government Office / Ministry of Home
 * Affairs): a holiday, an extra day off, or a swapped working Saturday. Admins keep it current; the
 * working-day calendar combines it with the statutory holidays it computes (see WorkingCalendar).
 */
@Entity('calendar_overrides')
export class CalendarOverrideEntity {
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_calendar_overrides' })
  date!: string;

  @Column('varchar', { length: 16 })
  kind!: EntryKind;

  @Column('text')
  name!: string;

  /** The notice or article it comes from, with its confidence tag. */
  @Column('text')
  source!: string;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

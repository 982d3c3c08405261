import { validateOverrides, type CalendarOverride, DomainError } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarOverrideEntity } from './calendar-override.entity';

export class CalendarOverrideRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<CalendarOverride[]> {
    const rows = await this.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
    return rows.map(({ date, kind, name, source }) => ({ date, kind, name, source }));
  }

  async ofYear(year: number): Promise<CalendarOverrideEntity[]> {
    return this.dataSource
      .getRepository(CalendarOverrideEntity)
      .createQueryBuilder('o')
      .where('o.date >= :from AND o.date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('o.date', 'ASC')
      .getMany();
  }

  find(date: string, manager: EntityManager = this.dataSource.manager): Promise<CalendarOverrideEntity | null> {
    return manager.getRepository(CalendarOverrideEntity).findOneBy({ date });
  }

  /** Sets one row after checking the whole table would still be consistent (one row per date, kinds on the right weekdays). */
  async put(manager: EntityManager, row: CalendarOverride, updatedBy: string | null): Promise<void> {
    const others = (await this.all()).filter((o) => o.date !== row.date);
    const errors = validateOverrides([...others, row]);
    if (errors.length > 0) throw new DomainError('invalid', 'CALENDAR_OVERRIDE_INVALID', 'The calendar row is not valid.', { fieldErrors: errors });
    await manager.getRepository(CalendarOverrideEntity).save({ ...row, updatedBy });
  }

  async remove(manager: EntityManager, date: string): Promise<boolean> {
    return ((await manager.getRepository(CalendarOverrideEntity).delete({ date })).affected ?? 0) > 0;
  }
}

import { AuditRepository, CalendarOverrideRepository } from '@legis/db';
import { DomainError, parseCivilDate, vietnamDateOf, WorkingCalendar } from '@legis/domain';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public, Roles } from '../auth/access.decorators';
import { auditActor, Ctx, type RequestContext } from '../common/http/request-context';
import { CalendarOverrideDto, CalendarYearQueryDto, PeriodQueryDto, PutCalendarOverrideDto } from './calendar.dto';

const RULES = {
  calendar: { after: 'calendarDaysAfter', before: 'calendarDaysBefore' },
  working: { after: 'workingDaysAfter', before: 'workingDaysBefore' },
} as const;

/** The working-day calendar: each year's official schedule (admin-editable) and period counting. */
@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    @Inject(CalendarOverrideRepository) private readonly overrides: CalendarOverrideRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get('calendar/overrides')
  @Public()
  @ApiOperation({ summary: 'The official rows of a year (holidays, extra days off, swapped Saturdays).' })
  @ApiOkResponse({ type: [CalendarOverrideDto] })
  async list(@Query() query: CalendarYearQueryDto): Promise<CalendarOverrideDto[]> {
    const rows = await this.overrides.ofYear(query.year ?? Number(vietnamDateOf(Date.now()).slice(0, 4)));
    return rows.map(({ date, kind, name, source }) => ({ date, kind, name, source }));
  }

  @Put('admin/calendar/overrides/:date')
  @Roles('admin')
  @ApiOperation({ summary: 'Add or change the row of a date (from a Government notice); the whole table is re-validated.' })
  @ApiOkResponse({ type: CalendarOverrideDto })
  async put(@Param('date') date: string, @Body() body: PutCalendarOverrideDto, @Ctx() context: RequestContext): Promise<CalendarOverrideDto> {
    const day = civilDate(date);
    const row = { date: day, ...body };
    await this.dataSource.transaction(async (manager) => {
      const before = await this.overrides.find(day, manager);
      await this.overrides.put(manager, row, context.principal!.userId);
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'calendar.override.put',
        entityType: 'calendarOverride',
        entityId: day,
        before: before ? { kind: before.kind, name: before.name, source: before.source } : null,
        after: { kind: row.kind, name: row.name, source: row.source },
      });
    });
    return row;
  }

  @Delete('admin/calendar/overrides/:date')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the row of a date (the computed statutory calendar applies again).' })
  @ApiNoContentResponse()
  async remove(@Param('date') date: string, @Ctx() context: RequestContext): Promise<void> {
    const day = civilDate(date);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.overrides.find(day, manager);
      if (!before || !(await this.overrides.remove(manager, day))) throw new DomainError('not_found', 'CALENDAR_OVERRIDE_NOT_FOUND', `No calendar row for ${day}.`);
      await this.audit.record(manager, { ...auditActor(context), action: 'calendar.override.delete', entityType: 'calendarOverride', entityId: day, before: { kind: before.kind, name: before.name } });
    });
  }

  @Get('calendar/period')
  @Public()
  @ApiOperation({ summary: 'Count a legal period (Civil Code arts. 144–148) and explain which days were skipped and why.' })
  async period(@Query() query: PeriodQueryDto) {
    const calendar = new WorkingCalendar({ overrides: await this.overrides.all() });
    return calendar.explain(RULES[query.unit ?? 'calendar'][query.direction ?? 'after'], civilDate(query.from), query.days);
  }
}

function civilDate(value: string) {
  try {
    return parseCivilDate(value);
  } catch (error) {
    throw new DomainError('invalid', 'INVALID_DATE', `${value} is not a date (YYYY-MM-DD) between 1990 and 2100.`, { fieldErrors: [{ field: 'date', message: (error as Error).message }] });
  }
}

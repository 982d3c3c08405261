import { parseCivilDate, startOfVietnamDay, WorkingCalendar } from '@legis/domain';
import type { DeadlineActivities, DueDateRule } from '@legis/workflows/contracts';
import type { ActivityDependencies } from './activity-dependencies';

/** The calendar with the current override table; rebuilt at most once a minute. */
const CALENDAR_TTL_MS = 60_000;
let cached: { calendar: WorkingCalendar; at: number } | undefined;

export async function workingCalendar(deps: ActivityDependencies): Promise<WorkingCalendar> {
  if (!cached || Date.now() - cached.at > CALENDAR_TTL_MS) {
    cached = { calendar: new WorkingCalendar({ overrides: await deps.calendarOverrides.all() }), at: Date.now() };
  }
  return cached.calendar;
}

const RULES = {
  calendar: { after: 'calendarDaysAfter', before: 'calendarDaysBefore' },
  working: { after: 'workingDaysAfter', before: 'workingDaysBefore' },
} as const;

export function createDeadlineActivities(deps: ActivityDependencies): DeadlineActivities {
  return {
    /**
     * A period per the Civil Code with the working-day calendar. The due moment is the end of the
     * due day in Vietnam (the start of the next day), when a timer should fire.
     */
    async resolveDueDate(rule: DueDateRule) {
      const calendar = await workingCalendar(deps);
      const explanation = calendar.explain(RULES[rule.unit][rule.direction ?? 'after'], parseCivilDate(rule.from), rule.days);
      const dueAt = new Date(startOfVietnamDay(explanation.result).getTime() + 24 * 3600 * 1000).toISOString();
      const skipped = explanation.skipped.map((day) => `${day.date} (${day.entries.map((e) => e.name).join(', ') || 'weekend'})`);
      return { dueDate: explanation.result, dueAt, explanation: skipped.length > 0 ? `skipped ${skipped.join('; ')}` : 'no day off in the period' };
    },
    async recordBreach(breach) {
      await deps.breaches.record(breach);
    },
  };
}

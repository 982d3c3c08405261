import { parseCivilDate, WorkingCalendar } from '@legis/domain';
import type { DeadlineActivities, DraftActivities } from '@legis/workflows/contracts';
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

export function createDeadlineActivities(deps: ActivityDependencies): DeadlineActivities {
  return {
    async recordBreach(breach) {
      await deps.breaches.record(breach);
    },
  };
}

/**
 * A period of the procedure rulebook (after an event, or before a meeting) with the days to remind
 * on: N working days before the due date, never before today's reminders could matter.
 */
export const resolveDeadline =
  (deps: ActivityDependencies): DraftActivities['resolveDeadline'] =>
  async ({ rule, remindWorkingDaysBefore }) => {
    const calendar = await workingCalendar(deps);
    const anchor = parseCivilDate((rule.fromDate ?? rule.beforeDate)!);
    const explanation = calendar.explain(rule.periodRule, anchor, rule.days);
    const reminderDates = [...new Set(remindWorkingDaysBefore.filter((n) => n > 0).map((n) => calendar.workingDaysBefore(explanation.result, n)))].sort();
    const skipped = explanation.skipped.map((day) => day.date);
    return { dueDate: explanation.result, reminderDates, explanation: skipped.length > 0 ? `days off passed over: ${skipped.join(', ')}` : 'no day off in the period' };
  };

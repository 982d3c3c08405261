import type { ArmedDeadline, DeadlineResolution } from '../contracts';
import { dayEnd, dayStart } from './procedure-clock';

export type TimerEvent = { kind: 'reminder' | 'deadline'; deadlineId: string };

/**
 * The timers of running time limits, kept as data (not as pending Temporal timers) so they carry
 * over a continue-as-new: the main loop sleeps until the earliest instant and fires what is due.
 */
export class DeadlineTimers {
  private readonly armed = new Map<string, ArmedDeadline>();

  constructor(carried: readonly ArmedDeadline[] = []) {
    for (const entry of carried) this.armed.set(entry.id, { ...entry, reminders: [...entry.reminders] });
  }

  arm(id: string, resolution: DeadlineResolution): void {
    this.armed.set(id, {
      id,
      dueDate: resolution.dueDate,
      endsAt: dayEnd(resolution.dueDate),
      reminders: resolution.reminderDates.map(dayStart).sort(),
    });
  }

  disarm(id: string): void {
    this.armed.delete(id);
  }

  /** The earliest instant something fires, or null when nothing is armed. */
  nextInstant(): string | null {
    let next: string | null = null;
    for (const entry of this.armed.values()) {
      for (const instant of [entry.reminders[0], entry.endsAt]) {
        if (instant !== undefined && (next === null || instant < next)) next = instant;
      }
    }
    return next;
  }

  /** Everything due at `nowMs`, in time order; fired entries are removed. */
  takeDue(nowMs: number): TimerEvent[] {
    const due: { at: string; event: TimerEvent }[] = [];
    for (const entry of this.armed.values()) {
      while (entry.reminders.length > 0 && Date.parse(entry.reminders[0]) <= nowMs) {
        due.push({ at: entry.reminders.shift()!, event: { kind: 'reminder', deadlineId: entry.id } });
      }
      if (Date.parse(entry.endsAt) <= nowMs) {
        due.push({ at: entry.endsAt, event: { kind: 'deadline', deadlineId: entry.id } });
        this.armed.delete(entry.id);
      }
    }
    return due.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((item) => item.event);
  }

  snapshot(): ArmedDeadline[] {
    return [...this.armed.values()].map((entry) => ({ ...entry, reminders: [...entry.reminders] }));
  }
}

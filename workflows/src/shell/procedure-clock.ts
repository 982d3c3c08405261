import { parseCivilDate, startOfVietnamDay, vietnamDateOf } from '@legis/domain/calendar';
import type { Moment } from '@legis/domain/procedures';
import { REAL_DAY_MS, type DraftClock } from '../contracts';

/**
 * The procedure's clock inside the workflow (workflow time, so replay-safe). With the default day
 * length it is the real clock; a shortened day runs it faster from `origin`, so a 20-day posting
 * period passes in 20 × `dayMs`.
 */
export class ProcedureClock {
  private readonly origin: number;
  private readonly speed: number;

  constructor(readonly settings: DraftClock) {
    this.origin = Date.parse(settings.origin);
    this.speed = REAL_DAY_MS / settings.dayMs;
  }

  nowMs(): number {
    const real = Date.now();
    return this.speed === 1 ? real : this.origin + (real - this.origin) * this.speed;
  }

  now(): Moment {
    const ms = this.nowMs();
    return { instant: new Date(ms).toISOString(), date: vietnamDateOf(ms) };
  }

  /** Real milliseconds to wait until a procedure instant (at least 1: Temporal has no zero timer). */
  realDelayUntil(instant: string): number {
    return Math.max(1, Math.ceil((Date.parse(instant) - this.nowMs()) / this.speed));
  }
}

/** When a procedure day begins (00:00 in Vietnam). */
export function dayStart(date: string): string {
  return startOfVietnamDay(parseCivilDate(date)).toISOString();
}

/** When a period ending on `date` has passed: the start of the next day. */
export function dayEnd(date: string): string {
  return new Date(startOfVietnamDay(parseCivilDate(date)).getTime() + REAL_DAY_MS).toISOString();
}

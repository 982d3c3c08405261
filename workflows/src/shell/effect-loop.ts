import { allHandlersFinished, condition, log, workflowInfo } from '@temporalio/workflow';
import type { ArmedDeadline, DraftClock } from '../contracts';
import { DeadlineTimers } from './deadline-timers';
import { ProcedureClock } from './procedure-clock';
import { Serial } from './serial';

/** What a run hands to the next on continue-as-new, besides the procedure's own state. */
export interface LoopCarry {
  armed: ArmedDeadline[];
  /** Effects run so far: the source of idempotency keys. */
  effectSeq: number;
  revision: number;
  clock: DraftClock;
}

/**
 * The workflow side of a pure procedure machine: transitions queue effects, which the loop runs
 * in order; time limits are timers kept as data (they survive continue-as-new); the read model is
 * written after every change. Subclasses say how to fire a timer, perform an effect and project.
 */
export abstract class EffectLoop<E> {
  protected readonly timers: DeadlineTimers;
  protected readonly clock: ProcedureClock;
  /** Human actions, one at a time: each computes its transition from the state the previous left. */
  protected readonly serial = new Serial();
  private readonly queue: E[] = [];
  private readonly background = new Set<Promise<void>>();
  protected effectSeq: number;
  protected revision: number;
  private projected = -1;
  protected finished = false;
  private changed = false;

  constructor(carry: LoopCarry, effects: E[]) {
    this.timers = new DeadlineTimers(carry.armed);
    this.clock = new ProcedureClock(carry.clock);
    this.effectSeq = carry.effectSeq;
    this.revision = carry.revision;
    this.queue.push(...effects);
  }

  get workflowId(): string {
    return workflowInfo().workflowId;
  }

  /**
   * Runs until the procedure has finished and everything it started is done (true), or until
   * Temporal suggests a new run (false: carry over).
   */
  protected async loop(): Promise<boolean> {
    for (;;) {
      this.changed = false;
      this.fireDueTimers(Date.parse(this.clock.now().instant));
      await this.drainQueue();
      await this.project();
      const idle = this.queue.length === 0 && this.background.size === 0 && allHandlersFinished();
      if (this.finished && idle) return true;
      if (idle && workflowInfo().continueAsNewSuggested) return false;
      const next = this.nextWake();
      // An action that finished the procedure ends the run once its handler has returned. Never a
      // predicate true already (work still in the background): the loop would spin without yielding.
      const wake = () => this.changed || this.queue.length > 0 || (this.finished && this.background.size === 0 && allHandlersFinished());
      if (next === null) await condition(wake);
      else await condition(wake, this.clock.realDelayUntil(next));
    }
  }

  /** Records a transition: its effects run next, and the read model is rewritten. */
  protected commit(effects: E[]): void {
    this.queue.push(...effects);
    this.revision++;
    this.changed = true;
  }

  /** Work run later by the loop without a transition (a timer that needs an activity first). */
  protected enqueue(effect: E): void {
    this.queue.push(effect);
  }

  /** The earliest instant the loop must wake at; subclasses add their own timers. */
  protected nextWake(): string | null {
    return this.timers.nextInstant();
  }

  protected abstract fireDueTimers(nowMs: number): void;
  protected abstract perform(effect: E): Promise<void>;
  protected abstract writeProjection(revision: number): Promise<void>;

  protected async project(): Promise<void> {
    const revision = this.revision;
    if (revision <= this.projected) return;
    await this.writeProjection(revision);
    this.projected = Math.max(this.projected, revision);
  }

  /** Work that must not hold up actions (a pre-check, a child workflow); the run waits for it before ending. */
  protected inBackground(what: string, work: () => Promise<void>): void {
    const task = work()
      .catch((error: unknown) => log.error(`${this.workflowId}: ${what} failed`, { error: String(error) }))
      .finally(() => {
        this.background.delete(task);
        this.changed = true;
      });
    this.background.add(task);
  }

  protected loopCarry(): LoopCarry {
    return { armed: this.timers.snapshot(), effectSeq: this.effectSeq, revision: this.revision, clock: this.clock.settings };
  }

  private async drainQueue(): Promise<void> {
    while (this.queue.length > 0) {
      const effect = this.queue.shift()!;
      this.effectSeq++;
      await this.perform(effect);
    }
  }
}

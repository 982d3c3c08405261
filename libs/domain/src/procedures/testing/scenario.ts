import { DomainError } from '../../errors';
import { parseCivilDate, WorkingCalendar, addDays } from '../../calendar';
import { type DraftAction } from '../actions';
import { type DeadlineStep } from '../rulebook/types';
import { type ProcedureSettings } from '../settings';
import { applyAction } from '../machine/apply-action';
import { type ProcedureEffect, type ProcedureTransition } from '../machine/effects';
import { startDraft, type StartDraftInput } from '../machine/start-draft';
import { type DeadlineRecord, type DraftProcedureState, type Moment, type ProcedureActor } from '../machine/state';
import { deadlineResolved, onDeadline } from '../machine/timers';

export const AGENCY = 'so-nong-nghiep';

export const drafter: ProcedureActor = { userId: 'u-drafter', roles: ['drafter'], agencyId: AGENCY };
export const otherDrafter: ProcedureActor = { userId: 'u-other', roles: ['drafter'], agencyId: 'so-xay-dung' };
export const appraiser: ProcedureActor = { userId: 'u-stp', roles: ['appraiser'], agencyId: 'so-tu-phap' };
export const admin: ProcedureActor = { userId: 'u-office', roles: ['admin'], agencyId: 'vp-ubnd' };
export const reviewer: ProcedureActor = { userId: 'u-reviewer', roles: ['reviewer'], agencyId: 'so-tu-phap' };

/** Ten in the morning, Vietnam time, of `date`. */
export function on(date: string): Moment {
  return { instant: `${date}T03:00:00.000Z`, date };
}

export function dayAfter(date: string): string {
  return addDays(parseCivilDate(date), 1);
}

const calendar = new WorkingCalendar();

/**
 * Drives one draft through its procedure the way the workflow shell does: applies actions, resolves
 * the due date of every `setDeadline` with the working-day calendar, and fires timers on demand.
 * `roundTrip` passes the state through JSON between calls, as Temporal does.
 */
export class Scenario {
  effects: ProcedureEffect[] = [];
  readonly log: ProcedureEffect[] = [];

  private constructor(
    public state: DraftProcedureState,
    private readonly roundTrip: boolean,
  ) {}

  static start(
    input: Partial<StartDraftInput> & Pick<StartDraftInput, 'docType'>,
    date: string,
    options: { settings?: Partial<ProcedureSettings>; roundTrip?: boolean } = {},
  ): Scenario {
    const transition = startDraft(
      {
        documentId: 'doc-1',
        procedure: 'normal',
        regime: 'LAW64_87_2025',
        draftingAgencyId: AGENCY,
        title: 'Quy định quản lý cụm công nghiệp trên địa bàn tỉnh',
        ...input,
      },
      on(date),
      options.settings,
    );
    const scenario = new Scenario(transition.state, options.roundTrip ?? false);
    scenario.take(transition);
    return scenario;
  }

  act(actor: ProcedureActor, action: DraftAction, date: string): this {
    return this.take(applyAction(this.current(), action, actor, on(date)));
  }

  /** Fires the timer of the running deadline of `step` once its due date has ended. */
  expire(step: DeadlineStep): this {
    const record = this.deadline(step);
    if (record === undefined || record.dueDate === null) throw new Error(`no resolved ${step} deadline is running`);
    return this.take(onDeadline(this.current(), record.id, on(dayAfter(record.dueDate))));
  }

  deadline(step: DeadlineStep): DeadlineRecord | undefined {
    return this.state.deadlines.find((record) => record.step === step);
  }

  effectsOf<K extends ProcedureEffect['kind']>(kind: K): Extract<ProcedureEffect, { kind: K }>[] {
    return this.effects.filter((effect): effect is Extract<ProcedureEffect, { kind: K }> => effect.kind === kind);
  }

  take(transition: ProcedureTransition): this {
    this.state = transition.state;
    this.effects = transition.effects;
    this.log.push(...transition.effects);
    for (const effect of transition.effects) {
      if (effect.kind !== 'setDeadline') continue;
      const anchor = parseCivilDate(effect.rule.fromDate ?? effect.rule.beforeDate!);
      const due = calendar.explain(effect.rule.periodRule, anchor, effect.rule.days).result;
      this.state = deadlineResolved(this.current(), effect.id, due).state;
    }
    return this;
  }

  private current(): DraftProcedureState {
    return this.roundTrip ? (JSON.parse(JSON.stringify(this.state)) as DraftProcedureState) : this.state;
  }
}

/** The error `act` throws, for asserting refusals. */
export function refusalOf(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

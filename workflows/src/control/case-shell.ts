import { ROLES, type Role } from '@legis/domain';
import {
  allowedCaseActions,
  applyCaseAction,
  caseDeadlineResolved,
  onCaseDeadline,
  onCaseReminder,
  type CaseEffect,
  type CaseTransition,
  type ControlCaseState,
} from '@legis/domain/control';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild, type RetryPolicy } from '@temporalio/workflow';
import type { CaseActionRequest, CaseActionResult, CaseCarryOver, CaseView, ControlActivities, ControlCaseInput, DeadlineActivities, DraftActivities } from '../contracts';
import { refusalsAsFailures } from '../shell/domain-failure';
import { EffectLoop } from '../shell/effect-loop';

const retry: RetryPolicy = { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' };
const activities = proxyActivities<ControlActivities & Pick<DraftActivities, 'resolveDeadline'> & DeadlineActivities>({ startToCloseTimeout: '1 minute', retry });
/** Kind-specific work (`{ kind: 'run', activity }`): changing validity, starting a fix… by activity name. */
const kindActivities = proxyActivities<Record<string, (input: unknown) => Promise<void>>>({ startToCloseTimeout: '5 minutes', heartbeatTimeout: '30 seconds', retry });

/**
 * The workflow side of a control case: the pure case machine of `@legis/domain/control` with its
 * time limit, notifications, follow-up cases (child workflows that outlive this one) and
 * kind-specific activities.
 */
export class CaseShell extends EffectLoop<CaseEffect> {
  private state: ControlCaseState;

  constructor(carried: CaseCarryOver, effects: CaseEffect[] = []) {
    super(carried, effects);
    this.state = carried.state;
  }

  view(): CaseView {
    return {
      state: this.state,
      allowedActions: Object.fromEntries(ROLES.map((role) => [role, allowedCaseActions(this.state, { roles: [role], agencyId: this.state.assigneeAgencyId })])) as Record<Role, string[]>,
      today: this.clock.now().date,
      revision: this.revision,
    };
  }

  check(name: string, request: CaseActionRequest): void {
    refusalsAsFailures(() => applyCaseAction(this.state, name, request.payload, request.actor, this.clock.now()));
  }

  act(name: string, request: CaseActionRequest): Promise<CaseActionResult> {
    return this.serial.run(async () => {
      const before = this.state.history.total;
      this.apply(refusalsAsFailures(() => applyCaseAction(this.state, name, request.payload, request.actor, this.clock.now())));
      await this.project();
      const entries = this.state.history.entries;
      return { status: this.state.status, entry: this.state.history.total > before ? entries[entries.length - 1] : null, revision: this.revision };
    });
  }

  async run(): Promise<CaseCarryOver | null> {
    return (await this.loop()) ? null : { ...this.loopCarry(), state: this.state };
  }

  outcome() {
    return { outcome: this.state.outcome!, status: this.state.status };
  }

  private apply(transition: CaseTransition): void {
    this.state = transition.state;
    this.commit(transition.effects);
  }

  protected fireDueTimers(nowMs: number): void {
    const now = this.clock.now();
    for (const event of this.timers.takeDue(nowMs)) {
      const handler = event.kind === 'reminder' ? onCaseReminder : onCaseDeadline;
      this.apply(handler(this.state, event.deadlineId, now));
    }
  }

  protected async perform(effect: CaseEffect): Promise<void> {
    switch (effect.kind) {
      case 'setDeadline': {
        const resolution = await activities.resolveDeadline({ rule: effect.rule, remindWorkingDaysBefore: effect.remindWorkingDaysBefore });
        if (this.state.deadline?.id !== effect.id) return; // replaced meanwhile
        this.apply(caseDeadlineResolved(this.state, effect.id, resolution.dueDate));
        this.timers.arm(effect.id, resolution);
        return;
      }
      case 'clearDeadline':
        this.timers.disarm(effect.id);
        return;
      case 'notify':
        await activities.notifyCase({
          caseId: this.state.caseId,
          documentId: this.state.documentId,
          assigneeAgencyId: this.state.assigneeAgencyId,
          audience: effect.audience,
          template: effect.template,
          data: effect.data,
          idempotencyKey: `${this.workflowId}:effect:${this.effectSeq}`,
        });
        return;
      case 'recordBreach':
        await activities.recordBreach({
          workflowId: this.workflowId,
          deadlineId: effect.id,
          documentId: this.state.documentId,
          agencyId: this.state.assigneeAgencyId,
          step: `${this.state.kind}: ${effect.label}`,
          dueDate: effect.dueDate ?? effect.detectedOn,
        });
        return;
      case 'openCase':
        await openFollowUp({ opening: effect.opening, settings: this.state.settings, clock: this.clock.settings });
        return;
      case 'run':
        await kindActivities[effect.activity](effect.input);
        return;
      case 'finish':
        this.finished = true;
        return;
    }
  }

  protected async writeProjection(): Promise<void> {
    await activities.projectCase({ view: this.view(), history: this.state.history.entries });
  }
}

/** Starts a case of its own that outlives the one that opened it; opening it twice is harmless. */
export async function openFollowUp(input: Extract<ControlCaseInput, { opening: unknown }>): Promise<void> {
  try {
    await startChild('controlCase', { workflowId: input.opening.caseId, args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

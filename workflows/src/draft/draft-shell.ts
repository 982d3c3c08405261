import {
  allowedActions,
  applyAction,
  deadlineResolved,
  describeState,
  enterIntoForce,
  historyOf,
  onDeadline,
  onReminder,
  recordPublication,
  type ActionName,
  type DraftProcedureState,
  type ProcedureEffect,
  type ProcedureTransition,
  type PublicationRecord,
} from '@legis/domain/procedures';
import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, log, ParentClosePolicy, proxyActivities, startChild, workflowInfo, type RetryPolicy } from '@temporalio/workflow';
import {
  PUBLICATION_WORKFLOW,
  publicationWorkflowId,
  type ChannelRecorded,
  type DeadlineActivities,
  type DraftActionRequest,
  type DraftActionResult,
  type DraftActivities,
  type DraftCarryOver,
  type DraftView,
  type PublicationInput,
  type PublicationResult,
  type ValidityActivities,
} from '../contracts';
import { DomainError, failureDetailsOf, type DomainFailureDetails } from '@legis/domain/errors';
import { DeadlineTimers } from './deadline-timers';
import { refusalsAsFailures } from './domain-failure';
import { dayStart, ProcedureClock } from './procedure-clock';
import { Serial } from './serial';

const retry: RetryPolicy = { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' };
const quick = proxyActivities<DraftActivities & DeadlineActivities & ValidityActivities>({ startToCloseTimeout: '1 minute', retry });
// Waits (retrying) until the version's intake has finished; a pre-check is never skipped.
const precheck = proxyActivities<DraftActivities>({ startToCloseTimeout: '10 minutes', retry: { ...retry, maximumInterval: '30 seconds' } });

type QueuedEffect = ProcedureEffect | { kind: 'enterIntoForceNow' };

/**
 * The workflow side of a draft: holds the procedure state, applies the pure state machine to
 * actions, timers and publication records, and carries out the effects it asks for, in order.
 * Actions return once the transition is made; effects run right after, from the main loop.
 */
export class DraftShell {
  private procedure: DraftProcedureState;
  private readonly timers: DeadlineTimers;
  private readonly clock: ProcedureClock;
  private readonly actions = new Serial();
  private readonly queue: QueuedEffect[] = [];
  private readonly background = new Set<Promise<void>>();
  private entryIntoForceAt: string | null;
  private effectSeq: number;
  private revision: number;
  private projected = -1;
  private finished = false;
  private changed = false;

  constructor(carried: DraftCarryOver, effects: ProcedureEffect[] = []) {
    this.procedure = carried.procedure;
    this.timers = new DeadlineTimers(carried.armed);
    this.clock = new ProcedureClock(carried.clock);
    this.entryIntoForceAt = carried.entryIntoForceAt;
    this.effectSeq = carried.effectSeq;
    this.revision = carried.revision;
    this.queue.push(...effects);
  }

  get workflowId(): string {
    return workflowInfo().workflowId;
  }

  view(): DraftView {
    return { description: describeState(this.procedure), history: this.procedure.history.entries, today: this.clock.now().date, revision: this.revision };
  }

  history() {
    return historyOf(this.procedure);
  }

  allowedActions(actor: DraftActionRequest['actor']): ActionName[] {
    return allowedActions(this.procedure, actor);
  }

  actionRefusal(name: ActionName, actor: DraftActionRequest['actor']): DomainFailureDetails | null {
    try {
      applyAction(this.procedure, { name, payload: null } as never, actor, this.clock.now());
      return null;
    } catch (error) {
      const refusedBeforePayload = error instanceof DomainError && ['ACTION_UNKNOWN', 'ACTION_NOT_ALLOWED', 'ACTION_FORBIDDEN'].includes(error.code);
      return refusedBeforePayload ? failureDetailsOf(error) : null;
    }
  }

  /** The update validator: refuses without touching history what the handler would refuse. */
  check(name: ActionName, request: DraftActionRequest): void {
    refusalsAsFailures(() => applyAction(this.procedure, { name, payload: request.payload } as never, request.actor, this.clock.now()));
  }

  act(name: ActionName, request: DraftActionRequest): Promise<DraftActionResult> {
    return this.actions.run(async () => {
      const action = { name, payload: request.payload } as Parameters<typeof applyAction>[1];
      let transition = refusalsAsFailures(() => applyAction(this.procedure, action, request.actor, this.clock.now()));
      if (name === 'sign') {
        const signing = transition.state.signing!;
        await quick
          .issueSignedDocument({ documentId: this.procedure.documentId, docType: this.procedure.docType, ...signing, actor: request.actor })
          .catch((error: unknown) => {
            // NUMBER_TAKEN and the like: the caller gets the activity's own refusal.
            throw error instanceof ActivityFailure && error.cause instanceof ApplicationFailure ? error.cause : error;
          });
        transition = refusalsAsFailures(() => applyAction(this.procedure, action, request.actor, this.clock.now()));
      }
      const before = this.procedure.history.total;
      this.apply(transition);
      // Lists read the projection: the caller's next read must already see this step.
      await this.project();
      const entries = this.procedure.history.entries;
      return { state: this.procedure.state, entry: this.procedure.history.total > before ? entries[entries.length - 1] : null, revision: this.revision };
    });
  }

  /** The publication child reports a channel done. */
  published(record: ChannelRecorded): void {
    const on = this.clock.now();
    // The procedure clock's today, not the receiver's: with a shortened day the two differ.
    const entry: PublicationRecord =
      record.channel === 'gazette' ? { gazette: { reference: record.reference, publishedOn: on.date } } : { nationalDatabase: { reference: record.reference, updatedOn: on.date } };
    const already = record.channel === 'gazette' ? this.procedure.publication.gazette : this.procedure.publication.nationalDatabase;
    if (already !== null) return;
    try {
      this.apply(recordPublication(this.procedure, entry, on));
    } catch (error) {
      log.error(`Draft ${this.procedure.documentId}: publication record refused`, { error: String(error), record });
    }
  }

  /**
   * Runs until the procedure has finished and everything it started is done. Returns the state to
   * carry over when Temporal suggests a new run (long procedures), or null when finished.
   */
  async run(): Promise<DraftCarryOver | null> {
    for (;;) {
      this.changed = false;
      this.fireDueTimers();
      await this.drainQueue();
      await this.project();
      const idle = this.queue.length === 0 && this.background.size === 0 && allHandlersFinished();
      if (this.finished && idle) return null;
      if (idle && workflowInfo().continueAsNewSuggested) return this.carryOver();
      const next = this.nextWake();
      const wake = () => this.changed || this.queue.length > 0;
      if (next === null) await condition(wake);
      else await condition(wake, this.clock.realDelayUntil(next));
    }
  }

  outcome() {
    return { outcome: this.procedure.outcome!, state: this.procedure.state };
  }

  private apply(transition: ProcedureTransition): void {
    this.procedure = transition.state;
    this.queue.push(...transition.effects);
    this.revision++;
    this.changed = true;
  }

  private nextWake(): string | null {
    const timer = this.timers.nextInstant();
    if (this.entryIntoForceAt === null) return timer;
    return timer === null || this.entryIntoForceAt < timer ? this.entryIntoForceAt : timer;
  }

  private fireDueTimers(): void {
    const now = this.clock.now();
    const nowMs = Date.parse(now.instant);
    for (const event of this.timers.takeDue(nowMs)) {
      const handler = event.kind === 'reminder' ? onReminder : onDeadline;
      this.apply(handler(this.procedure, event.deadlineId, now));
    }
    if (this.entryIntoForceAt !== null && Date.parse(this.entryIntoForceAt) <= nowMs) {
      this.entryIntoForceAt = null;
      this.queue.push({ kind: 'enterIntoForceNow' });
    }
  }

  private async drainQueue(): Promise<void> {
    while (this.queue.length > 0) {
      const effect = this.queue.shift()!;
      this.effectSeq++;
      await this.perform(effect);
    }
  }

  private async perform(effect: QueuedEffect): Promise<void> {
    const { documentId, draftingAgencyId, title } = this.procedure;
    switch (effect.kind) {
      case 'setDeadline': {
        const resolution = await quick.resolveDeadline({ rule: effect.rule, remindWorkingDaysBefore: effect.remindWorkingDaysBefore });
        if (!this.procedure.deadlines.some((record) => record.id === effect.id)) return; // cleared meanwhile
        this.apply(deadlineResolved(this.procedure, effect.id, resolution.dueDate));
        this.timers.arm(effect.id, resolution);
        return;
      }
      case 'clearDeadline':
        this.timers.disarm(effect.id);
        return;
      case 'notify':
        await quick.notifyAudience({
          documentId,
          workflowId: this.workflowId,
          draftingAgencyId,
          title,
          audience: effect.audience,
          template: effect.template,
          data: effect.data,
          idempotencyKey: `${this.workflowId}:effect:${this.effectSeq}`,
        });
        return;
      case 'recordBreach':
        await quick.recordBreach({ workflowId: this.workflowId, deadlineId: effect.id, documentId, agencyId: draftingAgencyId, step: effect.step, dueDate: effect.dueDate ?? effect.detectedOn });
        return;
      case 'storeComment': {
        const { kind: _kind, ...comment } = effect;
        await quick.storeDraftComment({ documentId, ...comment });
        return;
      }
      case 'buildAppraisalPrecheck':
        this.inBackground(`pre-check of version ${effect.versionId}`, async () => {
          await precheck.buildAppraisalPrecheck({ documentId: effect.documentId, versionId: effect.versionId, round: effect.round });
        });
        return;
      case 'startPublication':
        this.inBackground('publication', () => this.publish({ documentId: effect.documentId, issuedDate: effect.signedDate }));
        return;
      case 'scheduleEntryIntoForce':
        this.entryIntoForceAt = dayStart(effect.effectiveDate);
        return;
      case 'enterIntoForceNow':
        await quick.enterIntoForce({ documentId });
        this.apply(enterIntoForce(this.procedure, this.clock.now()));
        return;
      case 'finish':
        this.finished = true;
        return;
    }
  }

  private async publish(input: PublicationInput): Promise<void> {
    const child = await startChild<(input: PublicationInput) => Promise<PublicationResult>>(PUBLICATION_WORKFLOW, {
      workflowId: publicationWorkflowId(input.documentId),
      args: [input],
      // A draft withdrawn or terminated by an operator must not take an issued document's publication with it.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    await child.result();
  }

  /** Work that must not hold up actions (a pre-check, the publication); the run waits for it before ending. */
  private inBackground(what: string, work: () => Promise<void>): void {
    const task = work()
      .catch((error: unknown) => log.error(`Draft ${this.procedure.documentId}: ${what} failed`, { error: String(error) }))
      .finally(() => {
        this.background.delete(task);
        this.changed = true;
      });
    this.background.add(task);
  }

  private async project(): Promise<void> {
    const revision = this.revision;
    if (revision <= this.projected) return;
    await quick.projectDraft({
      documentId: this.procedure.documentId,
      workflowId: this.workflowId,
      revision,
      today: this.clock.now().date,
      description: describeState(this.procedure),
      history: this.procedure.history.entries,
    });
    this.projected = Math.max(this.projected, revision);
  }

  private carryOver(): DraftCarryOver {
    return {
      procedure: this.procedure,
      armed: this.timers.snapshot(),
      entryIntoForceAt: this.entryIntoForceAt,
      effectSeq: this.effectSeq,
      revision: this.revision,
      clock: this.clock.settings,
    };
  }
}

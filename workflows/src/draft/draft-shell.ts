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
import { ActivityFailure, ApplicationFailure, log, ParentClosePolicy, patched, proxyActivities, proxyLocalActivities, startChild, type RetryPolicy } from '@temporalio/workflow';
import {
  BASIS_CHANGE_WORKFLOW,
  basisChangesOf,
  basisChangeWorkflowId,
  PUBLICATION_WORKFLOW,
  publicationWorkflowId,
  selfInspectionCaseId,
  type ChannelRecorded,
  type DeadlineActivities,
  type DraftActionRequest,
  type DraftActionResult,
  type DraftActivities,
  type DraftCarryOver,
  type DraftView,
  type PublicationInput,
  type PublicationResult,
  type SignedDocument,
  type ValidityActivities,
  type BasisChange,
  type BasisChangeInput,
  type DutyActivities,
} from '../contracts';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { DomainError, failureDetailsOf, type DomainFailureDetails } from '@legis/domain/errors';
import { openFollowUp } from '../control/case-shell';
import { EffectLoop } from '../shell/effect-loop';
import { refusalsAsFailures } from '../shell/domain-failure';
import { dayStart } from '../shell/procedure-clock';
import { Serial } from '../shell/serial';

const retry: RetryPolicy = { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' };
const quick = proxyActivities<DraftActivities & DeadlineActivities & ValidityActivities>({ startToCloseTimeout: '1 minute', retry });
type ShortActivities = DraftActivities & DeadlineActivities;
/**
 * Short database writes (read model, notices, comments, breaches, the signature) and the calendar
 * run as local activities: inside the workflow task that asks for them, with no task queue to wait
 * in and no activity task round trip, so an action, its read model and its step's notices and
 * deadlines take one workflow task. They retry and are recorded (as markers) like any activity.
 */
const local = proxyLocalActivities<ShortActivities>({ startToCloseTimeout: '1 minute', retry });
const duties = proxyActivities<DutyActivities>({ startToCloseTimeout: '5 minutes', heartbeatTimeout: '30 seconds', retry });
// Waits (retrying) until the version's intake has finished; a pre-check is never skipped.
// It heartbeats, so an attempt whose worker died is retried within seconds, not after 10 minutes.
const precheck = proxyActivities<DraftActivities>({ startToCloseTimeout: '10 minutes', heartbeatTimeout: '20 seconds', retry: { ...retry, maximumInterval: '30 seconds' } });

type QueuedEffect = ProcedureEffect | { kind: 'enterIntoForceNow' } | { kind: 'indexSignedDocument' };

/**
 * The workflow side of a draft: holds the procedure state, applies the pure state machine to
 * actions, timers and publication records, and carries out the effects it asks for, in order.
 * Actions return once the transition is made; effects run right after, from the main loop.
 */
export class DraftShell extends EffectLoop<QueuedEffect> {
  private procedure: DraftProcedureState;
  private entryIntoForceAt: string | null;
  /**
   * Local activities one at a time, whether an action or the loop asks: two in flight may complete
   * in separate activations when run and in one when replayed, and the commands that follow them
   * (an update's answer, a timer) would then come in another order (a non-determinism error).
   */
  private readonly localLane = new Serial();

  constructor(carried: DraftCarryOver, effects: ProcedureEffect[] = []) {
    super(carried, effects);
    this.procedure = carried.procedure;
    this.entryIntoForceAt = carried.entryIntoForceAt;
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
    return this.serial.run(async () => {
      const action = { name, payload: request.payload } as Parameters<typeof applyAction>[1];
      let transition = refusalsAsFailures(() => applyAction(this.procedure, action, request.actor, this.clock.now()));
      if (name === 'sign') {
        await this.issue({ documentId: this.procedure.documentId, docType: this.procedure.docType, ...transition.state.signing!, actor: request.actor });
        transition = refusalsAsFailures(() => applyAction(this.procedure, action, request.actor, this.clock.now()));
      }
      const before = this.procedure.history.total;
      this.apply(transition);
      // The action's own entry: a timer or a publication record may add another during the projection.
      const entry = this.procedure.history.total > before ? this.procedure.history.entries[this.procedure.history.entries.length - 1] : null;
      // Lists read the projection: the caller's next read must already see this step.
      await this.project();
      return { state: this.procedure.state, entry, revision: this.revision };
    });
  }

  /** Records the signature before the action answers; the search index follows as an effect. */
  private async issue(signed: SignedDocument): Promise<void> {
    try {
      if (patched('local-effects')) {
        await this.short((activities) => activities.recordSignedDocument(signed));
        this.enqueue({ kind: 'indexSignedDocument' });
      } else {
        await quick.issueSignedDocument(signed);
      }
    } catch (error) {
      // NUMBER_TAKEN and the like: the caller gets the activity's own refusal.
      throw error instanceof ActivityFailure && error.cause instanceof ApplicationFailure ? error.cause : error;
    }
  }

  /** A short activity: local (in its lane) from `patched('local-effects')` on, an activity task in runs that began before. */
  private short<T>(call: (activities: ShortActivities) => Promise<T>): Promise<T> {
    return patched('local-effects') ? this.localLane.run(() => call(local)) : call(quick);
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

  /** Runs until the procedure is over (null) or returns the state to carry over to a new run. */
  async run(): Promise<DraftCarryOver | null> {
    return (await this.loop()) ? null : { ...this.loopCarry(), procedure: this.procedure, entryIntoForceAt: this.entryIntoForceAt };
  }

  outcome() {
    return { outcome: this.procedure.outcome!, state: this.procedure.state };
  }

  private apply(transition: ProcedureTransition): void {
    this.procedure = transition.state;
    this.commit(transition.effects);
  }

  protected override nextWake(): string | null {
    const timer = super.nextWake();
    if (this.entryIntoForceAt === null) return timer;
    return timer === null || this.entryIntoForceAt < timer ? this.entryIntoForceAt : timer;
  }

  protected fireDueTimers(nowMs: number): void {
    const now = this.clock.now();
    for (const event of this.timers.takeDue(nowMs)) {
      const handler = event.kind === 'reminder' ? onReminder : onDeadline;
      this.apply(handler(this.procedure, event.deadlineId, now));
    }
    if (this.entryIntoForceAt !== null && Date.parse(this.entryIntoForceAt) <= nowMs) {
      this.entryIntoForceAt = null;
      this.enqueue({ kind: 'enterIntoForceNow' });
    }
  }

  protected async perform(effect: QueuedEffect): Promise<void> {
    const { documentId, draftingAgencyId, title } = this.procedure;
    switch (effect.kind) {
      case 'setDeadline': {
        const period = { rule: effect.rule, remindWorkingDaysBefore: effect.remindWorkingDaysBefore };
        const resolution = await this.short((activities) => activities.resolveDeadline(period));
        if (!this.procedure.deadlines.some((record) => record.id === effect.id)) return; // cleared meanwhile
        this.apply(deadlineResolved(this.procedure, effect.id, resolution.dueDate));
        this.timers.arm(effect.id, resolution);
        return;
      }
      case 'clearDeadline':
        this.timers.disarm(effect.id);
        return;
      case 'notify': {
        const notice = {
          documentId,
          workflowId: this.workflowId,
          draftingAgencyId,
          title,
          audience: effect.audience,
          template: effect.template,
          data: effect.data,
          idempotencyKey: `${this.workflowId}:effect:${this.effectSeq}`,
        };
        await this.short((activities) => activities.notifyAudience(notice));
        return;
      }
      case 'recordBreach': {
        const breach = { workflowId: this.workflowId, deadlineId: effect.id, documentId, agencyId: draftingAgencyId, step: effect.step, dueDate: effect.dueDate ?? effect.detectedOn };
        await this.short((activities) => activities.recordBreach(breach));
        return;
      }
      case 'storeComment': {
        const { kind: _kind, ...comment } = effect;
        const stored = { documentId, ...comment };
        await this.short((activities) => activities.storeDraftComment(stored));
        return;
      }
      case 'buildAppraisalPrecheck':
        this.inBackground(`pre-check of version ${effect.versionId}`, async () => {
          await precheck.buildAppraisalPrecheck({ documentId: effect.documentId, versionId: effect.versionId, round: effect.round });
        });
        return;
      case 'startPublication':
        this.inBackground('publication', () => this.publish({ documentId: effect.documentId, issuedDate: effect.signedDate }));
        // Drafts signed before self-inspection existed replay without it.
        if (patched('self-inspection-on-issue')) await this.openSelfInspection(effect.number, effect.signedDate);
        // The signed document fulfils the detailed-regulation duties its relations name (REFERENCE §4.13).
        if (patched('link-duties-on-issue')) {
          this.inBackground('duty links', async () => {
            await duties.detectDuties({ documentId: effect.documentId });
          });
        }
        return;
      case 'scheduleEntryIntoForce':
        this.entryIntoForceAt = dayStart(effect.effectiveDate);
        return;
      case 'enterIntoForceNow': {
        const changes = await quick.enterIntoForce({ documentId });
        this.apply(enterIntoForce(this.procedure, this.clock.now()));
        // Drafts that took effect before review on basis change existed replay without it.
        if (patched('basis-change-review')) await this.reviewDependents(basisChangesOf(changes));
        return;
      }
      case 'indexSignedDocument':
        await quick.indexSignedDocument({ documentId });
        return;
      case 'finish':
        this.finished = true;
        return;
    }
  }

  /** Every issued document is self-inspected by its issuer (REFERENCE §4.7), in a case of its own. */
  private async openSelfInspection(number: string, signedDate: string): Promise<void> {
    const { documentId, title } = this.procedure;
    await openFollowUp({
      opening: {
        kind: 'selfInspection',
        caseId: selfInspectionCaseId(documentId),
        documentId,
        title: `${number} ${title}`,
        assigneeAgencyId: null,
        source: { workflowId: this.workflowId, reason: 'issued', number },
        input: { issuedDate: signedDate },
      },
      settings: null,
      clock: this.clock.settings,
    });
  }

  /**
   * What the document amends, replaces, repeals or suspends is reviewed in the documents resting on
   * it (REFERENCE §4.10), in a workflow of its own; started even without reported changes, since a
   * whole-document amendment changes no validity status.
   */
  private async reviewDependents(changes: BasisChange[]): Promise<void> {
    const { documentId } = this.procedure;
    try {
      await startChild(BASIS_CHANGE_WORKFLOW, {
        workflowId: basisChangeWorkflowId(documentId),
        args: [{ changeKey: documentId, byDocumentId: documentId, effectiveDate: null, changes, clock: this.clock.settings } satisfies BasisChangeInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
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

  protected async writeProjection(revision: number): Promise<void> {
    const projection = {
      documentId: this.procedure.documentId,
      workflowId: this.workflowId,
      revision,
      today: this.clock.now().date,
      description: describeState(this.procedure),
      history: this.procedure.history.entries,
    };
    await this.short((activities) => activities.projectDraft(projection));
  }
}

import { DocumentEntity, RelationEntity } from '@legis/db';
import { DOCUMENT_FIELD_NAMES, DOCUMENT_TYPE_OF, documentTitleKey, HANDLING_FORM_RELATIONS, issuerNameOf, regimeVersionOn, type ProcedureDocType, type RedraftForm, type StartDraftInput } from '@legis/domain';
import { DRAFT_WORKFLOW, draftWorkflowId, REAL_DAY_MS, type DraftWorkflowInput } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ActivityDependencies } from '../../activity-dependencies';

export interface HandlingDraftInput {
  caseId: string;
  /** The handled document. */
  documentId: string;
  form: RedraftForm;
  draftDocumentId: string;
  docType: ProcedureDocType;
  title: string;
  draftingAgencyId: string;
  startedOn: string;
}

/**
 * A handling that amends or replaces the document needs a new one: creates the draft (as
 * `POST /drafts` does) with its AMENDS/REPLACES relation to the handled document and the case as
 * its source, and starts its procedure. Idempotent by the draft's id, which the case chose; if the
 * start fails the worker's start reconciler starts it from the stored input.
 */
export async function startHandlingDraft(deps: ActivityDependencies, input: HandlingDraftInput): Promise<void> {
  const { info, client } = Context.current();
  const start: StartDraftInput = {
    documentId: input.draftDocumentId,
    docType: input.docType,
    procedure: 'normal',
    regime: regimeVersionOn(input.startedOn),
    draftingAgencyId: input.draftingAgencyId,
    title: input.title,
    plannedEffectiveDate: null,
    amendsOrReplaces: true,
  };
  const workflowInput: DraftWorkflowInput = { start, clock: { origin: new Date().toISOString(), dayMs: REAL_DAY_MS }, taskQueue: info.taskQueue };
  if (!(await deps.draftProcedures.find(input.draftDocumentId))) await createDraft(deps, input, start, workflowInput);
  const stored = (await deps.draftProcedures.find(input.draftDocumentId))!;
  try {
    await client.workflow.start(DRAFT_WORKFLOW, { workflowId: draftWorkflowId(input.draftDocumentId), taskQueue: info.taskQueue, args: [stored.startInput], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

async function createDraft(deps: ActivityDependencies, input: HandlingDraftInput, start: StartDraftInput, workflowInput: DraftWorkflowInput): Promise<void> {
  if (!(await deps.identity.findAgencyById(input.draftingAgencyId))) throw ApplicationFailure.nonRetryable(`No agency ${input.draftingAgencyId}`, 'AGENCY_UNKNOWN');
  const workflowId = Context.current().info.workflowExecution?.workflowId ?? input.caseId;
  await deps.dataSource.transaction(async (manager) => {
    const issuer = await deps.issuers.ensure(issuerNameOf(input.docType, deps.publication.provinceName), manager);
    const docType = DOCUMENT_TYPE_OF[input.docType];
    await manager.getRepository(DocumentEntity).insert({
      id: input.draftDocumentId,
      kind: 'draft',
      docType,
      title: input.title,
      titleKey: documentTitleKey(docType, input.title),
      issuerId: issuer.id,
      draftingAgencyId: input.draftingAgencyId,
      regimeVersion: start.regime,
      isNormative: true,
      providedFields: [...DOCUMENT_FIELD_NAMES, 'draftingAgencyId'],
    });
    await deps.draftProcedures.createPending(manager, {
      documentId: input.draftDocumentId,
      workflowId: draftWorkflowId(input.draftDocumentId),
      procedureType: input.docType,
      procedure: start.procedure,
      regimeVersion: start.regime,
      state: 'PROPOSED',
      draftingAgencyId: input.draftingAgencyId,
      appraiserUserId: null,
      title: input.title,
      plannedEffectiveDate: null,
      nextDueDate: null,
      nextDueStep: null,
      overdue: false,
      outcome: null,
      startInput: { ...workflowInput },
    });
    // The draft amends or replaces the handled document once it takes effect (enterIntoForce applies it).
    await manager.getRepository(RelationEntity).insert({
      type: HANDLING_FORM_RELATIONS[input.form],
      sourceDocumentId: input.draftDocumentId,
      targetDocumentId: input.documentId,
      origin: 'workflow',
      detail: { caseId: input.caseId, form: input.form },
    });
    await deps.audit.record(manager, {
      actorType: 'workflow',
      action: 'draft.create',
      entityType: 'document',
      entityId: input.draftDocumentId,
      after: { docType: input.docType, procedure: start.procedure, regime: start.regime, title: input.title, draftingAgencyId: input.draftingAgencyId, source: { caseId: input.caseId, handles: input.documentId, form: input.form } },
      workflowId,
      idempotencyKey: `${workflowId}:draft:${input.draftDocumentId}`,
    });
  });
}

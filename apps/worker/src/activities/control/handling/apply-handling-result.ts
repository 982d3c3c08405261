import { RelationEntity, type DocumentEntity } from '@legis/db';
import { HANDLING_FORM_RELATIONS, normalizeDocumentNumber, type HandlingMeasure } from '@legis/domain';
import { BASIS_CHANGE_WORKFLOW, basisChangesOf, basisChangeWorkflowId, REAL_DAY_MS, type BasisChangeInput, type ValidityChangeSummary } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { IsNull, type EntityManager } from 'typeorm';
import type { ActivityDependencies } from '../../activity-dependencies';
import { applyValidityEffect, auditValidityChanges, reindexChanged } from '../../validity-changes';

export interface HandlingResultInput {
  caseId: string;
  documentId: string;
  number: string;
  signedDate: string;
  measures: HandlingMeasure[];
  by: 'issuer' | 'superior';
}

/**
 * The signed handling act takes effect on the handled document (REFERENCE §4.9): validity changes
 * as a whole or per provision (suspended, repealed…), the act's relation to it is recorded when the
 * act is in the database, everything is audited and the document is reindexed; what rests on the
 * document is then reviewed (REFERENCE §4.10). Idempotent.
 */
export async function applyHandlingResult(deps: ActivityDependencies, input: HandlingResultInput): Promise<ValidityChangeSummary[]> {
  const workflowId = Context.current().info.workflowExecution?.workflowId ?? input.caseId;
  const target = await deps.documents.findById(input.documentId);
  if (!target) throw ApplicationFailure.nonRetryable(`The handled document ${input.documentId} does not exist`, 'DOCUMENT_NOT_FOUND');
  const changes = await deps.dataSource.transaction(async (manager) => {
    const act = await actDocument(manager, input.number, target);
    const all: ValidityChangeSummary[] = [];
    for (const measure of input.measures) {
      const type = HANDLING_FORM_RELATIONS[measure.form];
      for (const targetPathKey of measure.pathKeys.length === 0 ? [null] : measure.pathKeys) {
        if (act) await recordRelation(manager, { type, sourceDocumentId: act.id, targetDocumentId: target.id, targetPathKey, caseId: input.caseId, form: measure.form });
        const change = await applyValidityEffect(deps, manager, { type, targetDocumentId: target.id, targetPathKey }, input.signedDate, input.number);
        if (change) all.push(change);
      }
    }
    await auditValidityChanges(deps, manager, all, {
      by: input.number,
      workflowId,
      keyPrefix: workflowId,
      extra: { caseId: input.caseId, handledBy: input.by, actDocumentId: act?.id ?? null },
    });
    return all;
  });
  await reindexChanged(deps, changes);
  await reviewDependents(input, changes);
  return changes;
}

/** Starts the review of the documents based on the handled one (`basis-change-<caseId>`, once). */
async function reviewDependents(input: HandlingResultInput, changes: readonly ValidityChangeSummary[]): Promise<void> {
  const basisChanges = basisChangesOf(changes);
  if (basisChanges.length === 0) return;
  const { client, info } = Context.current();
  const review: BasisChangeInput = { changeKey: input.caseId, byDocumentId: null, effectiveDate: input.signedDate, changes: basisChanges, clock: { origin: new Date().toISOString(), dayMs: REAL_DAY_MS } };
  try {
    await client.workflow.start(BASIS_CHANGE_WORKFLOW, { workflowId: basisChangeWorkflowId(input.caseId), taskQueue: info.taskQueue, args: [review] });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/**
 * The handling act, when it is in the database: the document with its number, of the handled
 * document's issuer, or the only one with that number.
 */
async function actDocument(manager: EntityManager, number: string, target: DocumentEntity): Promise<{ id: string } | null> {
  const rows: { id: string; same_issuer: boolean }[] = await manager.query(
    `SELECT id, issuer_id IS NOT DISTINCT FROM $2 AS same_issuer FROM documents WHERE number_key = $1 AND id <> $3 AND kind = 'issued'`,
    [normalizeDocumentNumber(number), target.issuerId, target.id],
  );
  const same = rows.filter((row) => row.same_issuer);
  if (same.length === 1) return same[0];
  return rows.length === 1 ? rows[0] : null;
}

async function recordRelation(
  manager: EntityManager,
  relation: Pick<RelationEntity, 'type' | 'sourceDocumentId' | 'targetPathKey'> & { targetDocumentId: string; caseId: string; form: string },
): Promise<void> {
  const repository = manager.getRepository(RelationEntity);
  const { caseId, form, ...key } = relation;
  const existing = await repository.existsBy({ ...key, targetPathKey: key.targetPathKey ?? IsNull(), origin: 'workflow' });
  if (!existing) await repository.insert({ ...key, origin: 'workflow', sourceVersionId: null, sourcePathKey: null, detail: { caseId, form } });
}

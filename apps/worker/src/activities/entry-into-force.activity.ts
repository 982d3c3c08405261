import type { ValidityChangeSummary } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';
import { applyValidityEffect, auditValidityChanges, changesValidity, reindexChanged } from './validity-changes';

type ValidityChange = ValidityChangeSummary;

/**
 * A document takes effect: it moves to IN_FORCE, and what it amends, replaces, repeals or suspends
 * changes validity, whole or per provision, from the same day. Every change is audited and the
 * changed documents are reindexed, so search and the overlap engine stop treating the old text as
 * in force. Idempotent: a document already in force and provisions already ended are left alone.
 */
export async function enterIntoForce(deps: ActivityDependencies, documentId: string): Promise<ValidityChange[]> {
  const info = Context.current().info;
  const workflowId = info.workflowExecution?.workflowId ?? null;
  const document = await deps.documents.findById(documentId);
  if (!document?.effectiveDate) throw ApplicationFailure.nonRetryable(`Document ${documentId} has no effective date`, 'NO_EFFECTIVE_DATE');
  const date = document.effectiveDate;
  const relations = (await deps.relations.ofDocument(documentId)).filter((r) => r.direction === 'outgoing' && r.targetDocumentId && changesValidity(r.type));

  const changes = await deps.dataSource.transaction(async (manager) => {
    const all: ValidityChange[] = [];
    if (document.validityStatus !== 'IN_FORCE') {
      await manager.update('documents', { id: documentId }, { validityStatus: 'IN_FORCE' });
      all.push({ documentId, relation: 'ENTERS_INTO_FORCE', before: { validityStatus: document.validityStatus }, after: { validityStatus: 'IN_FORCE' } });
    }
    for (const relation of relations) {
      const change = await applyValidityEffect(deps, manager, { type: relation.type, targetDocumentId: relation.targetDocumentId!, targetPathKey: relation.targetPathKey }, date, document.number ?? document.id);
      if (change) all.push(change);
    }
    await auditValidityChanges(deps, manager, all, { by: document.number, workflowId, keyPrefix: workflowId ?? documentId });
    return all;
  });

  await reindexChanged(deps, changes);
  return changes;
}

import type { DocumentEntity, RelationView } from '@legis/db';
import type { ValidityStatus } from '@legis/domain';
import type { ValidityChangeSummary } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { EntityManager } from 'typeorm';
import type { ActivityDependencies } from './activity-dependencies';
import { indexVersion } from './intake-index.activity';

type ValidityChange = ValidityChangeSummary;

/** How a relation of the document entering into force changes its target (REFERENCE §2.4–§2.5). */
const EFFECTS: Record<string, { whole: ValidityStatus | null; partial: ValidityStatus | null; provisions: 'FULLY_EXPIRED' | 'SUSPENDED' | null; reason: string } | undefined> = {
  REPLACES: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Thay thế bởi' },
  REPEALS: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Bãi bỏ bởi' },
  DECLARES_EXPIRED: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Công bố hết hiệu lực bởi' },
  SUSPENDS: { whole: 'SUSPENDED', partial: 'PARTIALLY_SUSPENDED', provisions: 'SUSPENDED', reason: 'Tạm ngưng hiệu lực bởi' },
  SUSPENDS_EXECUTION: { whole: 'SUSPENDED', partial: 'PARTIALLY_SUSPENDED', provisions: 'SUSPENDED', reason: 'Đình chỉ việc thi hành bởi' },
  // An amended provision's old wording stops applying; the document stays in force.
  AMENDS: { whole: null, partial: null, provisions: null, reason: 'Sửa đổi, bổ sung bởi' },
};

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
  const relations = (await deps.relations.ofDocument(documentId)).filter((r) => r.direction === 'outgoing' && r.targetDocumentId && EFFECTS[r.type]);

  const changes = await deps.dataSource.transaction(async (manager) => {
    const all: ValidityChange[] = [];
    if (document.validityStatus !== 'IN_FORCE') {
      await manager.update('documents', { id: documentId }, { validityStatus: 'IN_FORCE' });
      all.push({ documentId, relation: 'ENTERS_INTO_FORCE', before: { validityStatus: document.validityStatus }, after: { validityStatus: 'IN_FORCE' } });
    }
    for (const relation of relations) {
      const change = await applyRelation(deps, manager, document, relation, date);
      if (change) all.push(change);
    }
    for (const change of all) {
      await deps.audit.record(manager, {
        actorType: 'workflow',
        action: change.relation === 'ENTERS_INTO_FORCE' ? 'document.validity.inForce' : 'document.validity.changed',
        entityType: 'document',
        entityId: change.documentId,
        before: change.before,
        after: { ...change.after, by: document.number, relation: change.relation },
        workflowId,
        idempotencyKey: `${workflowId ?? documentId}:validity:${change.documentId}:${change.relation}`,
      });
    }
    return all;
  });

  for (const changed of new Set(changes.map((c) => c.documentId))) {
    const current = (await deps.documents.findById(changed))?.currentVersionId;
    if (current) await indexVersion(deps, current);
  }
  return changes;
}

async function applyRelation(deps: ActivityDependencies, manager: EntityManager, source: DocumentEntity, relation: RelationView, date: string): Promise<ValidityChange | null> {
  const effect = EFFECTS[relation.type]!;
  const target = (await deps.documents.findById(relation.targetDocumentId!, manager))!;
  if (relation.targetPathKey) {
    if (!target.currentVersionId) return null;
    const ended = await deps.provisions.endProvisions(manager, target.currentVersionId, [relation.targetPathKey], date, effect.provisions);
    if (ended.length === 0) return null;
    const status = effect.partial && target.validityStatus === 'IN_FORCE' ? effect.partial : target.validityStatus;
    if (status !== target.validityStatus) await manager.update('documents', { id: target.id }, { validityStatus: status });
    return { documentId: target.id, relation: relation.type, before: { validityStatus: target.validityStatus }, after: { validityStatus: status, provisions: ended } };
  }
  if (!effect.whole || target.validityStatus === effect.whole) return null;
  const expires = effect.whole === 'FULLY_EXPIRED';
  await manager.update('documents', { id: target.id }, {
    validityStatus: effect.whole,
    ...(expires ? { expiryDate: date, expiryReason: `${effect.reason} ${source.number ?? source.id}` } : {}),
  });
  return {
    documentId: target.id,
    relation: relation.type,
    before: { validityStatus: target.validityStatus },
    after: { validityStatus: effect.whole, ...(expires ? { expiryDate: date } : {}) },
  };
}

import type { DocumentEntity } from '@legis/db';
import type { RelationType, ValidityStatus } from '@legis/domain';
import type { ValidityChangeSummary } from '@legis/workflows/contracts';
import type { EntityManager } from 'typeorm';
import type { ActivityDependencies } from './activity-dependencies';
import { indexVersion } from './intake-index.activity';

/** How a relation of an act in force changes its target (REFERENCE §2.4–§2.5). */
const EFFECTS: Partial<Record<RelationType, { whole: ValidityStatus | null; partial: ValidityStatus | null; provisions: 'FULLY_EXPIRED' | 'SUSPENDED' | null; reason: string }>> = {
  REPLACES: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Thay thế bởi' },
  REPEALS: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Bãi bỏ bởi' },
  DECLARES_EXPIRED: { whole: 'FULLY_EXPIRED', partial: 'PARTIALLY_EXPIRED', provisions: 'FULLY_EXPIRED', reason: 'Công bố hết hiệu lực bởi' },
  SUSPENDS: { whole: 'SUSPENDED', partial: 'PARTIALLY_SUSPENDED', provisions: 'SUSPENDED', reason: 'Tạm ngưng hiệu lực bởi' },
  SUSPENDS_EXECUTION: { whole: 'SUSPENDED', partial: 'PARTIALLY_SUSPENDED', provisions: 'SUSPENDED', reason: 'Đình chỉ việc thi hành bởi' },
  // An amended provision's old wording stops applying; the document stays in force.
  AMENDS: { whole: null, partial: null, provisions: null, reason: 'Sửa đổi, bổ sung bởi' },
};

export function changesValidity(type: RelationType): boolean {
  return EFFECTS[type] !== undefined;
}

/** What an act does to a document: the relation type and, for part of it, the provision. */
export interface ValidityEffect {
  type: RelationType;
  targetDocumentId: string;
  targetPathKey: string | null;
}

/**
 * Applies one effect from `date`: the whole document, or the provision and everything under it
 * (the document then becomes partly expired or suspended). `by` names the act. Idempotent: a
 * status already reached and provisions already ended are left alone (null).
 */
export async function applyValidityEffect(deps: ActivityDependencies, manager: EntityManager, effect: ValidityEffect, date: string, by: string): Promise<ValidityChangeSummary | null> {
  const rule = EFFECTS[effect.type];
  if (!rule) return null;
  const target: DocumentEntity = (await deps.documents.findById(effect.targetDocumentId, manager))!;
  if (effect.targetPathKey) {
    if (!target.currentVersionId) return null;
    const ended = await deps.provisions.endProvisions(manager, target.currentVersionId, [effect.targetPathKey], date, rule.provisions);
    if (ended.length === 0) return null;
    const status = rule.partial && target.validityStatus === 'IN_FORCE' ? rule.partial : target.validityStatus;
    if (status !== target.validityStatus) await manager.update('documents', { id: target.id }, { validityStatus: status });
    return { documentId: target.id, relation: effect.type, before: { validityStatus: target.validityStatus }, after: { validityStatus: status, provisions: ended } };
  }
  if (!rule.whole || target.validityStatus === rule.whole) return null;
  const expires = rule.whole === 'FULLY_EXPIRED';
  await manager.update('documents', { id: target.id }, { validityStatus: rule.whole, ...(expires ? { expiryDate: date, expiryReason: `${rule.reason} ${by}` } : {}) });
  return {
    documentId: target.id,
    relation: effect.type,
    before: { validityStatus: target.validityStatus },
    after: { validityStatus: rule.whole, ...(expires ? { expiryDate: date } : {}) },
  };
}

/** One audit entry per change, keyed so a retried activity writes none twice. */
export async function auditValidityChanges(
  deps: ActivityDependencies,
  manager: EntityManager,
  changes: readonly ValidityChangeSummary[],
  context: { by: string | null; workflowId: string | null; keyPrefix: string; extra?: Record<string, unknown> },
): Promise<void> {
  for (const change of changes) {
    await deps.audit.record(manager, {
      actorType: 'workflow',
      action: change.relation === 'ENTERS_INTO_FORCE' ? 'document.validity.inForce' : 'document.validity.changed',
      entityType: 'document',
      entityId: change.documentId,
      before: change.before,
      after: { ...change.after, by: context.by, relation: change.relation, ...context.extra },
      workflowId: context.workflowId,
      idempotencyKey: `${context.keyPrefix}:validity:${change.documentId}:${change.relation}`,
    });
  }
}

/** Reindexes the current text of every changed document, so search stops treating ended text as in force. */
export async function reindexChanged(deps: ActivityDependencies, changes: readonly ValidityChangeSummary[]): Promise<void> {
  for (const changed of new Set(changes.map((change) => change.documentId))) {
    const current = (await deps.documents.findById(changed))?.currentVersionId;
    if (current) await indexVersion(deps, current);
  }
}

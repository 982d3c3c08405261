import type { RelationView } from '@legis/db';
import { REVIEW_TRIGGERING_RELATIONS, type BasisChange, type BasisChangeInput } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';

/**
 * The changes given, plus those the by-document's own relations state (a whole-document amendment
 * changes no validity status, so `enterIntoForce` does not report it), one per changed document:
 * a whole-document change absorbs changes of its provisions.
 */
export async function changesToReview(deps: ActivityDependencies, input: BasisChangeInput): Promise<BasisChange[]> {
  const stated = input.byDocumentId === null ? [] : await statedChanges(deps, input.byDocumentId);
  const merged = new Map<string, BasisChange>();
  for (const change of [...input.changes, ...stated]) {
    if (change.changedDocumentId === input.byDocumentId) continue;
    const known = merged.get(change.changedDocumentId);
    if (!known) merged.set(change.changedDocumentId, { ...change, changedProvisionPaths: [...change.changedProvisionPaths] });
    else if (known.changedProvisionPaths.length > 0) {
      known.changedProvisionPaths = change.changedProvisionPaths.length === 0 ? [] : [...new Set([...known.changedProvisionPaths, ...change.changedProvisionPaths])];
    }
  }
  return [...merged.values()];
}

/** What the document's relations say it amends, replaces, repeals, suspends or ends, among the documents in the database. */
export async function statedChanges(deps: ActivityDependencies, documentId: string): Promise<BasisChange[]> {
  return (await deps.relations.ofDocument(documentId)).filter(isStatedChange).map((relation) => ({
    changedDocumentId: relation.targetDocumentId!,
    changedProvisionPaths: relation.targetPathKey ? [relation.targetPathKey] : [],
    relation: relation.type,
  }));
}

function isStatedChange(relation: RelationView): boolean {
  return relation.direction === 'outgoing' && relation.targetDocumentId !== null && (REVIEW_TRIGGERING_RELATIONS as readonly string[]).includes(relation.type);
}

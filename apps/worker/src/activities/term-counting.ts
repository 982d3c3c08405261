import type { DocumentVersionEntity, ProvisionEntity } from '@legis/db';
import { tokenize } from '@legis/domain';
import type { EntityManager } from 'typeorm';
import type { ActivityDependencies } from './activity-dependencies';

const termsOf = (provisions: readonly ProvisionEntity[]) => provisions.map((p) => tokenize(p.text).map((t) => t.norm));

/**
 * Keeps the term frequencies in step with the searchable provisions: counts `current` (once, by
 * its `termsCounted` flag) and uncounts every other version of the document that was counted.
 */
export async function countTermsOf(deps: ActivityDependencies, manager: EntityManager, current: DocumentVersionEntity, others: readonly DocumentVersionEntity[]): Promise<void> {
  for (const version of others.filter((v) => v.termsCounted)) {
    await deps.termStatistics.apply(manager, termsOf(await deps.provisions.ofVersion(version.id, manager)), -1);
    await manager.update('document_versions', { id: version.id }, { termsCounted: false });
  }
  if (current.termsCounted) return;
  await deps.termStatistics.apply(manager, termsOf(await deps.provisions.ofVersion(current.id, manager)), 1);
  await manager.update('document_versions', { id: current.id }, { termsCounted: true });
}

import type { DocumentVersionEntity, ProvisionEntity } from '@legis/db';
import { tokenize } from '@legis/domain';
import type { EntityManager } from 'typeorm';
import type { ActivityDependencies } from './activity-dependencies';

const termsOf = (provisions: readonly Pick<ProvisionEntity, 'text'>[]) => provisions.map((p) => tokenize(p.text).map((t) => t.norm));

/**
 * Keeps the term frequencies in step with the searchable provisions: counts `current` with its
 * `provisions` (once, by its `termsCounted` flag) and uncounts every other version of the document
 * that was counted.
 */
export async function countTermsOf(
  deps: ActivityDependencies,
  manager: EntityManager,
  current: { version: DocumentVersionEntity; provisions: readonly Pick<ProvisionEntity, 'text'>[] },
  others: readonly DocumentVersionEntity[],
): Promise<void> {
  for (const version of others.filter((v) => v.termsCounted)) {
    await deps.termStatistics.apply(manager, termsOf(await deps.provisions.ofVersion(version.id, manager)), -1);
    await manager.update('document_versions', { id: version.id }, { termsCounted: false });
  }
  if (current.version.termsCounted) return;
  await deps.termStatistics.apply(manager, termsOf(current.provisions), 1);
  await manager.update('document_versions', { id: current.version.id }, { termsCounted: true });
}

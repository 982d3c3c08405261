import { deleteProvisionsOfVersion, documentIndexInput, ensureIndexes, indexDocuments, indexProvisions, provisionIndexInput } from '@legis/search';
import type { IndexOutcome } from '@legis/workflows/contracts';
import { ApplicationFailure } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';

import { countTermsOf } from './term-counting';

let indexesReady: Promise<unknown> | undefined;

/** Index settings are applied once per worker process (idempotently), before the first write. */
function ensureReady(deps: ActivityDependencies): Promise<unknown> {
  if (indexesReady) return indexesReady;
  const setup = ensureIndexes(deps.meili, deps.search).catch((error: unknown) => {
    indexesReady = undefined;
    throw error;
  });
  indexesReady = setup;
  return setup;
}

/**
 * Indexes a parsed version. Only the document's current version is searchable: its provisions are
 * written first and the other versions' provisions removed afterwards, so search never shows the
 * document without text. Meilisearch being down fails the attempt; Temporal retries until it is back.
 */
export async function indexVersion(deps: ActivityDependencies, versionId: string): Promise<IndexOutcome> {
  const version = await deps.documents.findVersionById(versionId);
  if (!version) throw ApplicationFailure.nonRetryable(`No version ${versionId}`, 'VERSION_NOT_FOUND');
  const document = (await deps.documents.findById(version.documentId))!;
  await ensureReady(deps);
  let indexed = 0;
  if (document.currentVersionId === versionId) {
    const documentInput = documentIndexInput(document, version.text ?? '');
    const { text: _text, ...documentView } = documentInput;
    const provisions = await deps.provisions.ofVersion(versionId);
    // Both writes are queued at once; Meilisearch batches them.
    const [written] = await Promise.all([
      indexProvisions(deps.meili, deps.search, provisions.map((p) => provisionIndexInput(p, documentView))),
      indexDocuments(deps.meili, deps.search, [documentInput]),
    ]);
    indexed = written.indexed;
    // Only versions that were searchable (counted) can have provisions in the index.
    const others = (await deps.documents.listVersions(document.id)).filter((other) => other.id !== versionId);
    for (const other of others.filter((v) => v.termsCounted)) await deleteProvisionsOfVersion(deps.meili, deps.search, other.id);
    await deps.dataSource.transaction((manager) => countTermsOf(deps, manager, { version, provisions }, others));
  } else {
    await deleteProvisionsOfVersion(deps.meili, deps.search, versionId);
  }
  // A draft's intake ends with its overlap check (`checkDraftOverlaps` marks it indexed).
  if (document.kind !== 'draft') await deps.documents.setVersionStatus(versionId, 'indexed');
  return { provisions: indexed };
}

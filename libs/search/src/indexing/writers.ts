import type { Meilisearch } from 'meilisearch';
import { indexUid, type SearchConfig } from '../meili-client';
import { eq } from '../query/filter-expression';
import { runTask, type WriteOptions } from '../tasks';
import { addDocumentsInBatches, type BatchWriteOptions } from './add-documents';
import { toDocumentIndexDocument } from './document-mapper';
import type { DocumentIndexInput, ProvisionIndexInput } from './index-inputs';
import { toProvisionIndexDocuments } from './provision-mapper';

/**
 * Indexes (adds or replaces by id) documents. Everything is mapped before the first write, so a
 * malformed input fails the call without a partial write. Safe to repeat.
 */
export async function indexDocuments(
  client: Meilisearch,
  config: SearchConfig,
  inputs: readonly DocumentIndexInput[],
  options: BatchWriteOptions = {},
): Promise<{ indexed: number }> {
  const documents = inputs.map(toDocumentIndexDocument);
  return { indexed: await addDocumentsInBatches(client, indexUid(config, 'documents'), documents, options) };
}

/**
 * Indexes (adds or replaces by id) provisions, as `indexDocuments` does, each as its passages.
 * Safe to repeat. `indexed` counts provisions, `passages` the index documents written.
 */
export async function indexProvisions(
  client: Meilisearch,
  config: SearchConfig,
  inputs: readonly ProvisionIndexInput[],
  options: BatchWriteOptions = {},
): Promise<{ indexed: number; passages: number }> {
  const documents = inputs.flatMap(toProvisionIndexDocuments);
  return { indexed: inputs.length, passages: await addDocumentsInBatches(client, indexUid(config, 'provisions'), documents, options) };
}

/**
 * Removes every provision of one version, e.g. once its successor is indexed (index the new
 * version first, then delete the old one, and search never shows the document without text).
 */
export async function deleteProvisionsOfVersion(
  client: Meilisearch,
  config: SearchConfig,
  versionId: string,
  options: WriteOptions = {},
): Promise<{ deleted: number }> {
  return { deleted: await deleteWhere(client, indexUid(config, 'provisions'), eq('versionId', versionId), options) };
}

/** Removes a document and all its provisions (every version) from both indexes. */
export async function deleteDocument(
  client: Meilisearch,
  config: SearchConfig,
  documentId: string,
  options: WriteOptions = {},
): Promise<{ deletedDocuments: number; deletedProvisions: number }> {
  const filter = eq('documentId', documentId);
  const deletedProvisions = await deleteWhere(client, indexUid(config, 'provisions'), filter, options);
  const deletedDocuments = await deleteWhere(client, indexUid(config, 'documents'), filter, options);
  return { deletedDocuments, deletedProvisions };
}

async function deleteWhere(client: Meilisearch, uid: string, filter: string, options: WriteOptions): Promise<number> {
  const task = await runTask(`delete from ${uid} where ${filter}`, () => client.index(uid).deleteDocuments({ filter }), options);
  return task.details?.deletedDocuments ?? 0;
}

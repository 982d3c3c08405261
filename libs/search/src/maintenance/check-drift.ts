import type { Meilisearch } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
import { toIndexId } from '../indexing/index-id';
import { indexUid, type SearchConfig } from '../meili-client';
import type { SearchIndexBase } from '../settings/index-settings';

/** One row of the system of record: its id and `documentFingerprint` / `provisionFingerprint`. */
export interface FingerprintRow {
  id: string;
  fingerprint: string;
}

/** Source ids, never index ids. */
export interface DriftReport {
  /** In the database, not in the index. */
  missing: string[];
  /** In the index, not in the database (deleted rows whose index entry survived). */
  extra: string[];
  /** In both, but the index holds an outdated version. */
  stale: string[];
  /** Database rows compared. */
  checked: number;
}

/** Documents read from the index per request. */
const PAGE_SIZE = 1_000;
const SOURCE_ID_FIELD: Record<SearchIndexBase, string> = { documents: 'documentId', provisions: 'provisionId' };

/**
 * Compares an index with the system of record. Reads every id and fingerprint of the index into
 * memory first (about 100 bytes each: 10 MB for 100,000 provisions), then streams the database
 * rows against it. Writes running meanwhile show up as transient drift; compare again before
 * repairing, or repair by re-indexing what is reported (both are idempotent).
 */
export async function checkDrift(
  client: Meilisearch,
  config: SearchConfig,
  base: SearchIndexBase,
  source: AsyncIterable<readonly FingerprintRow[]>,
): Promise<DriftReport> {
  const indexed = await readFingerprints(client, indexUid(config, base), SOURCE_ID_FIELD[base]);
  const report: DriftReport = { missing: [], extra: [], stale: [], checked: 0 };
  for await (const rows of source) {
    for (const row of rows) {
      report.checked += 1;
      const entry = indexed.get(toIndexId(row.id));
      if (entry === undefined) report.missing.push(row.id);
      else {
        entry.seen = true;
        if (entry.fingerprint !== row.fingerprint) report.stale.push(row.id);
      }
    }
  }
  for (const entry of indexed.values()) if (!entry.seen) report.extra.push(entry.sourceId);
  return report;
}

interface IndexedEntry {
  sourceId: string;
  fingerprint: string;
  seen: boolean;
}

async function readFingerprints(client: Meilisearch, uid: string, sourceIdField: string): Promise<Map<string, IndexedEntry>> {
  const entries = new Map<string, IndexedEntry>();
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await meiliCall(`read fingerprints of ${uid}`, () =>
      client.index(uid).getDocuments<Record<string, string>>({ fields: ['id', sourceIdField, 'fingerprint'], limit: PAGE_SIZE, offset }),
    );
    for (const doc of page.results) {
      entries.set(doc.id, { sourceId: doc[sourceIdField] ?? doc.id, fingerprint: doc.fingerprint ?? '', seen: false });
    }
    if (page.results.length < PAGE_SIZE) return entries;
  }
}

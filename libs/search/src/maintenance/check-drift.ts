import type { Meilisearch } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
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
 * rows against it. A provision stored as several passages is one entry: stale when a passage holds
 * another fingerprint or a passage is missing. Writes running meanwhile show up as transient drift;
 * compare again before repairing, or repair by re-indexing what is reported (both are idempotent).
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
      const entry = indexed.get(row.id);
      if (entry === undefined) report.missing.push(row.id);
      else {
        entry.seen = true;
        if (!isCurrent(entry, row.fingerprint)) report.stale.push(row.id);
      }
    }
  }
  for (const [sourceId, entry] of indexed) if (!entry.seen) report.extra.push(sourceId);
  return report;
}

interface IndexedEntry {
  fingerprints: Set<string>;
  /** Passages found, and how many the first one found says there are (1 for documents). */
  passages: number;
  passageCount: number;
  seen: boolean;
}

function isCurrent(entry: IndexedEntry, fingerprint: string): boolean {
  return entry.fingerprints.size === 1 && entry.fingerprints.has(fingerprint) && entry.passages === entry.passageCount;
}

interface StoredFingerprint {
  id: string;
  fingerprint?: string;
  passageCount?: number;
  [sourceIdField: string]: string | number | undefined;
}

async function readFingerprints(client: Meilisearch, uid: string, sourceIdField: string): Promise<Map<string, IndexedEntry>> {
  const entries = new Map<string, IndexedEntry>();
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await meiliCall(`read fingerprints of ${uid}`, () =>
      client.index(uid).getDocuments<StoredFingerprint>({ fields: ['id', sourceIdField, 'fingerprint', 'passageCount'], limit: PAGE_SIZE, offset }),
    );
    for (const doc of page.results) {
      const sourceId = String(doc[sourceIdField] ?? doc.id);
      const entry = entries.get(sourceId) ?? { fingerprints: new Set<string>(), passages: 0, passageCount: doc.passageCount ?? 1, seen: false };
      entry.fingerprints.add(doc.fingerprint ?? '');
      entry.passages += 1;
      entries.set(sourceId, entry);
    }
    if (page.results.length < PAGE_SIZE) return entries;
  }
}

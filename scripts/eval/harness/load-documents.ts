import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiSession } from '../../ingest/api-session';
import type { DocumentLine } from '../input/eval-lines';

/** Lines per POST /documents/bulk: a few megabytes at most. */
const CHUNK = 8;
const STATUS_BATCH = 500;
const INTAKE_TIMEOUT_MS = 20 * 60_000;
const TERMINAL = new Set(['indexed', 'failed', 'needs_ocr']);

export interface LoadFailure {
  key: string;
  reason: string;
}

export interface LoadedDocuments {
  /** Document id by key, for documents indexed (loaded now or already there). */
  ids: Map<string, string>;
  /** Path keys of each indexed document's provisions, by key. */
  paths: Map<string, Set<string>>;
  /** Keys of documents that were already in the system (same bytes or same number and issuer). */
  reused: string[];
  failures: LoadFailure[];
  seconds: number;
}

interface BulkReport {
  accepted: { source: string; id: string; versionId: string }[];
  rejected: { source: string; code: string; detail: string; existingId?: string }[];
}

/**
 * Loads the documents through POST /documents/bulk and waits until intake has indexed each one.
 * A document refused because it is already there (DUPLICATE_FILE, NUMBER_TAKEN) is used as it is,
 * so a run against a system that already holds them is possible; any other refusal or an intake
 * that ends in `failed` or `needs_ocr` is a failure.
 */
export async function loadDocuments(session: ApiSession, documents: readonly DocumentLine[], log: (line: string) => void): Promise<LoadedDocuments> {
  const started = Date.now();
  const versions = new Map<string, string>();
  const ids = new Map<string, string>();
  const reused: string[] = [];
  const failures: LoadFailure[] = [];
  for (let from = 0; from < documents.length; from += CHUNK) {
    const chunk = documents.slice(from, from + CHUNK);
    const body = chunk.map((d) => JSON.stringify({ text: d.text, metadata: d.metadata })).join('\n');
    const response = await session.request<BulkReport>('POST', '/documents/bulk', body, 'application/x-ndjson');
    if (response.status !== 202) throw new Error(`bulk load failed: ${response.status} ${JSON.stringify(response.body)}`);
    const keyOf = (source: string) => chunk[Number(source.replace('line ', '')) - 1].key;
    for (const accepted of response.body.accepted) {
      ids.set(keyOf(accepted.source), accepted.id);
      versions.set(accepted.versionId, keyOf(accepted.source));
    }
    for (const rejected of response.body.rejected) {
      const key = keyOf(rejected.source);
      if (rejected.existingId && (rejected.code === 'DUPLICATE_FILE' || rejected.code === 'NUMBER_TAKEN')) {
        const current = await currentVersion(session, rejected.existingId);
        if (current) {
          ids.set(key, rejected.existingId);
          versions.set(current, key);
          reused.push(key);
          continue;
        }
      }
      failures.push({ key, reason: `${rejected.code}: ${rejected.detail}` });
    }
    log(`submitted ${Math.min(from + CHUNK, documents.length)}/${documents.length} documents`);
  }
  failures.push(...(await waitForIntake(session, versions, log)));
  for (const failure of failures) ids.delete(failure.key);
  const paths = new Map<string, Set<string>>();
  for (const [key, id] of ids) {
    const { body } = await session.request<{ items: { pathKey: string }[] }>('GET', `/documents/${id}/provisions?flat=true`);
    paths.set(key, new Set(body.items.map((item) => item.pathKey)));
  }
  return { ids, paths, reused, failures, seconds: Math.round((Date.now() - started) / 1000) };
}

async function currentVersion(session: ApiSession, documentId: string): Promise<string | null> {
  const { status, body } = await session.request<{ currentVersion: { id: string } | null; latestVersion: { id: string } | null }>('GET', `/documents/${documentId}`);
  return status === 200 ? (body.currentVersion ?? body.latestVersion)?.id ?? null : null;
}

/** Polls the intake status of the versions until each is indexed, failed or needs OCR. */
async function waitForIntake(session: ApiSession, versions: ReadonlyMap<string, string>, log: (line: string) => void): Promise<LoadFailure[]> {
  const pending = new Set(versions.keys());
  const failures: LoadFailure[] = [];
  const deadline = Date.now() + INTAKE_TIMEOUT_MS;
  let reported = 0;
  while (pending.size > 0) {
    const ids = [...pending];
    for (let i = 0; i < ids.length; i += STATUS_BATCH) {
      const { body } = await session.request<{ versionId: string; status: string; statusReason?: string | null }[]>(
        'POST',
        '/documents/versions/status',
        JSON.stringify({ versionIds: ids.slice(i, i + STATUS_BATCH) }),
        'application/json',
      );
      for (const item of body.filter((b) => TERMINAL.has(b.status))) {
        pending.delete(item.versionId);
        if (item.status !== 'indexed') failures.push({ key: versions.get(item.versionId)!, reason: `${item.status}: ${item.statusReason ?? ''}` });
      }
    }
    if (pending.size === 0) break;
    if (Date.now() > deadline) {
      failures.push(...[...pending].map((id) => ({ key: versions.get(id)!, reason: 'intake did not finish in time' })));
      break;
    }
    if (Date.now() - reported > 10_000) {
      reported = Date.now();
      log(`intake: ${versions.size - pending.size}/${versions.size} done`);
    }
    await sleep(1000);
  }
  return failures;
}

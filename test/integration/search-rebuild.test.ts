import { setTimeout as sleep } from 'node:timers/promises';
import {
  checkDrift,
  documentFingerprint,
  ensureIndexes,
  indexProvisions,
  indexSettings,
  indexUid,
  provisionFingerprint,
  rebuildIndex,
  search,
  toProvisionIndexDocuments,
  type DocumentIndexInput,
  type ProvisionIndexInput,
  type RebuildProgress,
} from '@legis/search';
import { corpusSample, indexableDocument } from '../support/search-corpus';
import { searchTestEnv } from '../support/search-env';

const env = searchTestEnv();
const { client, config } = env;

const corpus = corpusSample(120).map((d) => indexableDocument(d));
const oldGeneration = corpus.slice(0, 40);
const newGeneration = corpus.slice(40);

/** Yields `items` in batches with a pause between them, like rows paged out of PostgreSQL. */
async function* batches<T>(items: readonly T[], size: number, pauseMs = 0): AsyncIterable<T[]> {
  for (let from = 0; from < items.length; from += size) {
    if (pauseMs > 0) await sleep(pauseMs);
    yield items.slice(from, from + size);
  }
}

const indexNames = async () => (await client.getRawIndexes({ limit: 10_000 })).results.map((i) => i.uid).filter((uid) => uid.startsWith(config.indexPrefix));

afterAll(() => env.cleanup());

describe('rebuilding an index', () => {
  it('creates the live index on the first rebuild, with its settings', async () => {
    const documents = corpus.map((d) => d.document);
    const result = await rebuildIndex(client, config, 'documents', batches<DocumentIndexInput>(documents, 50));
    expect(result).toMatchObject({ base: 'documents', uid: indexUid(config, 'documents'), indexed: documents.length });
    expect(await indexNames()).toEqual([indexUid(config, 'documents')]);
    expect(await client.index(indexUid(config, 'documents')).getSearchableAttributes()).toEqual(indexSettings('documents').searchableAttributes);
    expect((await client.index(indexUid(config, 'documents')).getStats()).numberOfDocuments).toBe(documents.length);
  });

  it('swaps in the new content while searches keep being answered, then drops the old content', async () => {
    await ensureIndexes(client, config);
    await indexProvisions(client, config, oldGeneration.flatMap((d) => d.provisions));
    const oldDocument = oldGeneration[0].document.id;
    const newDocument = newGeneration[0].document.id;

    const oldIds = new Set(oldGeneration.map((d) => d.document.id));
    let searching = true;
    const outcomes: ('old' | 'new' | 'empty' | Error)[] = [];
    const loop = (async () => {
      while (searching) {
        try {
          const result = await search(client, config, { q: 'đất đai', target: 'provisions', visibility: { public: true }, pageSize: 5 });
          const first = result.hits[0];
          outcomes.push(first === undefined ? 'empty' : oldIds.has(first.documentId) ? 'old' : 'new');
        } catch (error) {
          outcomes.push(error as Error);
        }
        await sleep(10);
      }
    })();

    const progress: RebuildProgress[] = [];
    const provisions = newGeneration.flatMap((d) => d.provisions);
    const result = await rebuildIndex(client, config, 'provisions', batches<ProvisionIndexInput>(provisions, 500, 100), (p) => progress.push(p));
    await sleep(200);
    searching = false;
    await loop;

    // Every search was answered with data, first from the old content, then from the new.
    expect(outcomes.filter((o) => o !== 'old' && o !== 'new')).toEqual([]);
    expect(outcomes[0]).toBe('old');
    expect(outcomes.at(-1)).toBe('new');
    expect(outcomes.lastIndexOf('old')).toBeLessThan(outcomes.indexOf('new'));
    expect(result.indexed).toBe(provisions.length);
    expect(progress.at(-1)).toMatchObject({ indexed: provisions.length, buildUid: result.buildUid });
    expect(progress.map((p) => p.indexed)).toEqual([...progress.map((p) => p.indexed)].sort((a, b) => a - b));

    const inIndex = async (documentId: string) =>
      (await search(client, config, { target: 'provisions', visibility: { public: true }, documentId })).total;
    expect(await inIndex(newDocument)).toBeGreaterThan(0);
    expect(await inIndex(oldDocument)).toBe(0);
    expect((await indexNames()).sort()).toEqual([indexUid(config, 'documents'), indexUid(config, 'provisions')]);
  });

  it('leaves the live index untouched and removes its build index when the source fails', async () => {
    const before = (await client.index(indexUid(config, 'provisions')).getStats()).numberOfDocuments;
    async function* failing(): AsyncIterable<ProvisionIndexInput[]> {
      yield oldGeneration[0].provisions;
      await sleep(10);
      throw new Error('database connection lost');
    }
    await expect(rebuildIndex(client, config, 'provisions', failing())).rejects.toThrow('database connection lost');
    expect((await indexNames()).sort()).toEqual([indexUid(config, 'documents'), indexUid(config, 'provisions')]);
    expect((await client.index(indexUid(config, 'provisions')).getStats()).numberOfDocuments).toBe(before);
  });

  it('deletes build indexes that an earlier crashed rebuild left behind', async () => {
    const abandoned = `${indexUid(config, 'documents')}_build_1000`;
    await client.createIndex(abandoned).waitTask();
    const result = await rebuildIndex(client, config, 'documents', batches(corpus.map((d) => d.document), 100));
    expect(result.removedStaleBuilds).toEqual([abandoned]);
    expect(await indexNames()).not.toContain(abandoned);
  });
});

describe('drift between the database and the index', () => {
  it('reports the missing, extra and stale entries and nothing else', async () => {
    const [a, b] = newGeneration;
    // Start from an index that matches the "database" exactly.
    const database = [...a.provisions, ...b.provisions];
    await rebuildIndex(client, config, 'provisions', batches(database, 25));

    // The database now has a row the index lacks, an edited row, and no longer the third row.
    const missing = { ...database[0], id: '0e1f5c86-6d7a-4a59-9c83-2c8cf0e1b001' };
    const stale = { ...database[1], text: `${database[1].text} (đã sửa đổi)` };
    const extra = database[2];
    const rows = [missing, stale, database[0], ...database.slice(3)].map((p) => ({ id: p.id, fingerprint: provisionFingerprint(p) }));

    const report = await checkDrift(client, config, 'provisions', batches(rows, 7));
    expect(report).toEqual({ missing: [missing.id], extra: [extra.id], stale: [stale.id], checked: rows.length });
  });

  it('reports a provision stored as passages as stale when one of its passages is missing', async () => {
    const [a] = newGeneration;
    const long = { ...a.provisions[0], text: a.provisions.map((p) => p.text).join('\n').repeat(3) };
    const database = [long, ...a.provisions.slice(1)];
    await rebuildIndex(client, config, 'provisions', batches(database, 10));
    const rows = database.map((p) => ({ id: p.id, fingerprint: provisionFingerprint(p) }));
    expect(await checkDrift(client, config, 'provisions', batches(rows, 10))).toEqual({ missing: [], extra: [], stale: [], checked: rows.length });

    const passages = toProvisionIndexDocuments(long);
    expect(passages.length).toBeGreaterThan(2);
    await client.index(indexUid(config, 'provisions')).deleteDocument(passages[1].id).waitTask();
    expect(await checkDrift(client, config, 'provisions', batches(rows, 10))).toEqual({ missing: [], extra: [], stale: [long.id], checked: rows.length });
  });

  it('finds no drift right after a rebuild from the same rows', async () => {
    const database = newGeneration.map((d) => d.document);
    await rebuildIndex(client, config, 'documents', batches(database, 30));
    const report = await checkDrift(client, config, 'documents', batches(database.map((d) => ({ id: d.id, fingerprint: documentFingerprint(d) })), 30));
    expect(report).toEqual({ missing: [], extra: [], stale: [], checked: database.length });
  });
});

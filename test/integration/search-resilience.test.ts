import { spawnSync } from 'node:child_process';
import { ApiClient } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { corpusDocuments } from '../support/corpus';
import { REPO_ROOT, startTestStack } from '../support/test-stack';
import { eventually } from '../support/wait';

/** Stops Meilisearch, so it runs on a stack of its own. */
describe('when Meilisearch is down', () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack({ apps: ['worker', 'api'] });
    api = new ApiClient(stack.urls.api);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const script = (command: 'reindex' | 'check') =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/search-index.ts', command], { cwd: REPO_ROOT, env: { ...process.env, ...stack.appEnv }, encoding: 'utf8', timeout: 120_000 });

  it('answers search with 503 and Retry-After, keeps the rest working, and indexes the 20 documents loaded meanwhile once it is back', async () => {
    const admin = await signInAdmin(api);
    await stack.services.meilisearch!.stop();
    const down = await api.get('/search?q=thuế');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('SEARCH_UNAVAILABLE');
    expect(down.headers.get('retry-after')).toBe('5');

    const sample = corpusDocuments().filter((d) => d.level === 'provincial' && d.text.length < 20_000).slice(0, 20);
    const loaded = await admin.request<any>('POST', '/documents/bulk', sample.map((d) => JSON.stringify(d)).join('\n'), { 'content-type': 'application/x-ndjson' });
    expect(loaded.body.acceptedCount).toBe(20);
    const versionIds = loaded.body.accepted.map((a: { versionId: string }) => a.versionId);
    const parsed = await eventually(() => admin.post('/documents/versions/status', { versionIds }), (r) => r.body.every((s: { status: string }) => s.status === 'parsed'), 60_000, 500);
    expect(parsed.body).toHaveLength(20);
    expect((await admin.get(`/documents/${loaded.body.accepted[0].id}`)).status).toBe(200);

    await stack.services.meilisearch!.start();
    const restarted = Date.now();
    await eventually(() => admin.post('/documents/versions/status', { versionIds }), (r) => r.body.every((s: { status: string }) => s.status === 'indexed'), 60_000, 500);
    expect(Date.now() - restarted).toBeLessThan(60_000);
    for (const accepted of loaded.body.accepted.slice(0, 5)) {
      const hits = await admin.get(`/search?target=documents&q=${encodeURIComponent(sample[loaded.body.accepted.indexOf(accepted)].number)}`);
      expect(hits.body.hits.filter((h: { documentId: string }) => h.documentId === accepted.id)).toHaveLength(1);
    }
    const check = script('check');
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ documents: { missing: 0, extra: 0, stale: 0 }, provisions: { missing: 0, extra: 0, stale: 0 } });
  });

  it('search:check reports drift and search:reindex repairs it without downtime', async () => {
    const meiliKey = stack.appEnv.MEILI_MASTER_KEY!;
    const headers = { authorization: `Bearer ${meiliKey}`, 'content-type': 'application/json' };
    const some = (await (await fetch(`${stack.urls.meilisearch}/indexes/provisions/documents?limit=1`, { headers })).json()) as { results: { id: string }[] };
    await fetch(`${stack.urls.meilisearch}/indexes/provisions/documents/delete-batch`, { method: 'POST', headers, body: JSON.stringify([some.results[0].id]) });
    await eventually(() => Promise.resolve(script('check')), (r) => r.status === 1, 20_000, 500);
    const reindex = script('reindex');
    expect(reindex.status).toBe(0);
    expect(reindex.stdout).toMatch(/provisions: \d+ indexed/);
    const after = script('check');
    expect(after.status).toBe(0);
  });
});

import net from 'node:net';
import { createMeiliClient, ensureIndexes, indexUid, search, SearchUnavailableError } from '@legis/search';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { searchTestEnv } from '../support/search-env';

const env = searchTestEnv();
const { client, config } = env;

beforeAll(() => ensureIndexes(client, config));
afterAll(() => env.cleanup());

/** The Meilisearch client's requests go through `nodeHttpClient` (node:http, keep-alive). */
describe('the Meilisearch transport', () => {
  it('answers reads and writes, and keeps an error response a client error with its code', async () => {
    expect((await client.health()).status).toBe('available');
    const uid = indexUid(config, 'provisions');
    await client.index(uid).addDocuments([{ id: 'transport-1', provisionId: 'transport-1', text: 'bến thuyền' }]).waitTask();
    expect(await client.index(uid).getDocument('transport-1', { fields: ['text'] })).toEqual({ text: 'bến thuyền' });

    const missing = await search(client, { ...config, indexPrefix: `${config.indexPrefix}absent_` }, { target: 'provisions', visibility: { public: true } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MeilisearchApiError);
    expect((missing as MeilisearchApiError).cause?.code).toBe('index_not_found');
    expect(missing).not.toBeInstanceOf(SearchUnavailableError);
  });

  it('gives up after the client’s timeout on a server that never answers, as unavailable', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      const stuck = { ...config, url: `http://127.0.0.1:${port}`, timeoutMs: 300 };
      const raw = await createMeiliClient(stuck).health().catch((e: unknown) => e);
      // As with fetch: the client reports its timeout as a failed request caused by the timeout.
      expect(raw).toBeInstanceOf(MeilisearchRequestError);
      expect((raw as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
      await expect(search(createMeiliClient(stuck), stuck, { target: 'provisions', visibility: { public: true } })).rejects.toBeInstanceOf(SearchUnavailableError);
    } finally {
      silent.close();
    }
  });
});

import { MeilisearchApiError, MeilisearchRequestError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { meiliCall } from './meili-call';
import { SearchUnavailableError } from './search-unavailable.error';

describe('meiliCall', () => {
  it.each([
    ['a failed request', new MeilisearchRequestError('http://meili:7700/indexes', new Error('connect ECONNREFUSED'))],
    ['a task that did not finish in time', new MeilisearchTaskTimeOutError(12, 5_000)],
    ['a server error', new MeilisearchApiError(new Response(null, { status: 503 }), undefined)],
  ])('reports %s as SearchUnavailableError', async (_case, error) => {
    const call = meiliCall('search provisions', () => Promise.reject(error));
    await expect(call).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(call).rejects.toMatchObject({ operation: 'search provisions', cause: error });
  });

  it('passes client errors through: retrying cannot fix them', async () => {
    const error = new MeilisearchApiError(new Response(null, { status: 400 }), { message: 'bad filter', code: 'invalid_search_filter', type: 'invalid_request', link: '' });
    await expect(meiliCall('search', () => Promise.reject(error))).rejects.toBe(error);
  });

  it('unwraps an error response that a custom httpClient rejected with, and judges it as such', async () => {
    const badFilter = new MeilisearchApiError(new Response(null, { status: 400 }), { message: 'bad filter', code: 'invalid_search_filter', type: 'invalid_request', link: '' });
    await expect(meiliCall('search', () => Promise.reject(new MeilisearchRequestError('http://meili:7700', badFilter)))).rejects.toBe(badFilter);
    const down = new MeilisearchApiError(new Response(null, { status: 503 }), undefined);
    await expect(meiliCall('search', () => Promise.reject(new MeilisearchRequestError('http://meili:7700', down)))).rejects.toMatchObject({ cause: down });
  });

  it('names the socket error in the message', async () => {
    const error = new MeilisearchRequestError('http://meili:7700', new Error('connect ECONNREFUSED 127.0.0.1:7700'));
    await expect(meiliCall('index provisions', () => Promise.reject(error))).rejects.toThrow(/index provisions.*ECONNREFUSED/);
  });
});

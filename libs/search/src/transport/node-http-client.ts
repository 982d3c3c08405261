import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/**
 * Sends the Meilisearch client's requests with node:http on keep-alive connections instead of
 * Node's fetch. On Node 20 fetch adds about 44 ms to every request it sends on a reused connection
 * to Meilisearch (the same search: 52 ms p50 through fetch, 8 ms through node:http, 4 ms of it
 * Meilisearch's own time), which made every search, candidate query and task poll slow.
 *
 * It follows the client's `httpClient` contract: resolve with the parsed body, reject on failure.
 * The client wraps every rejection in a `MeilisearchRequestError`, so an error response is
 * rejected as the `MeilisearchApiError` fetch would have produced, and `unwrapMeiliError` gets it
 * back out. An aborted request (the client's timeout) rejects with the signal's reason, which the
 * client recognises as its timeout.
 */
export function nodeHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input);
  const body = typeof init.body === 'string' ? init.body : undefined;
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers).entries());
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    // The client's timeout aborts with a private symbol and recognises its timeout by that reason.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const rejectAborted = () => reject(signal?.reason);
    if (signal?.aborted) return rejectAborted();
    // `waitForTask` shares one signal across its polls and the client leaves a listener on it per
    // poll until the wait ends; polls are fast now, so a long wait would trip Node's leak warning.
    if (signal) setMaxListeners(0, signal);
    const abort = () => request.destroy(new Error('aborted'));
    const fail = (error: Error) => {
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) rejectAborted();
      else reject(error);
    };
    const request = transport.request(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol as keyof typeof agents] }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        signal?.removeEventListener('abort', abort);
        try {
          const parsed: unknown = text === '' ? undefined : JSON.parse(text);
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else reject(new MeilisearchApiError(new Response(text, { status, statusText: response.statusMessage }), parsed as never));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    signal?.addEventListener('abort', abort, { once: true });
    request.on('error', fail);
    request.end(body);
  });
}

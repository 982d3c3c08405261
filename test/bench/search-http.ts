import http from 'node:http';
import { buildSearchRequest, indexUid, type SearchConfig, type SearchQuery } from '@legis/search';
import { RETRIEVED } from '../../libs/search/src/query/search-hits';

/**
 * The exact request `search()` sends, posted with node:http on a keep-alive agent instead of the
 * `fetch` the meilisearch client uses: to tell Meilisearch's time from the HTTP client's.
 */
export class RawSearchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly config: SearchConfig) {}

  /** `formatting: false` leaves out highlighting and cropping, to show what they cost. */
  post(query: SearchQuery, formatting = true): Promise<{ bytes: number; processingTimeMs: number }> {
    const request = buildSearchRequest(query);
    const { attributesToHighlight, highlightPreTag, highlightPostTag, attributesToCrop, cropLength, cropMarker, ...plain } = request.params;
    const params = formatting ? { ...plain, attributesToHighlight, highlightPreTag, highlightPostTag, attributesToCrop, cropLength, cropMarker } : plain;
    const body = JSON.stringify({ q: request.q, ...params, attributesToRetrieve: [...RETRIEVED[request.target]] });
    const url = `${this.config.url}/indexes/${indexUid(this.config, request.target)}/search`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${this.config.apiKey ?? ''}` };
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`search answered ${res.statusCode}`));
          const raw = Buffer.concat(chunks);
          resolve({ bytes: raw.length, processingTimeMs: (JSON.parse(raw.toString('utf8')) as { processingTimeMs: number }).processingTimeMs });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateRecord, type FakeFieldError } from './fake-national-db-validation';
import { hasXmllint, validateAkomaNtoso } from './fake-national-db-xmllint';

/**
 * A stand-in for the National Legal Database, the one external system the tests may fake. It is
 * a real HTTP server on 127.0.0.1 that implements libs/national-db/CONTRACT.md and is at least as
 * strict as the real receiver: authentication, headers, the body digest, every field of the record,
 * the original file's hash and type, and the Akoma Ntoso markup against the OASIS schema (xmllint).
 */
export interface FakeNationalDbOptions {
  /** The bearer token it accepts. */
  token: string;
  /** Also accept HTTP Basic with these credentials. */
  basicAuth?: { username: string; password: string };
  /** Answer the first N requests with 503 before looking at them, as during an outage. */
  failFirst?: number;
  /** Hold the answer to the first `requests` requests for `ms` after storing the record: a lost response. */
  delayFirst?: { requests: number; ms: number };
}

/** One request as it arrived, with the status it got (null while it is being answered). */
export interface FakeRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  receivedAt: number;
  status: number | null;
}

/** A stored record: one per document key, whatever the number of requests that carried it. */
export interface FakePublication {
  documentKey: string;
  publicationId: string;
  revision: number;
  digest: string;
  record: Record<string, unknown>;
}

export interface FakeNationalDb {
  url: string;
  records: FakePublication[];
  requests: FakeRequest[];
  /** False when xmllint is missing: the markup then gets only a root-element check. */
  schemaValidation: boolean;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const DOCUMENT_PATH = /^\/v1\/documents\/([^/]+)$/u;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly errors: FakeFieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

export async function startFakeNationalDb(options: FakeNationalDbOptions): Promise<FakeNationalDb> {
  const records: FakePublication[] = [];
  const requests: FakeRequest[] = [];
  const schemaValidation = hasXmllint();
  let url = '';
  let stopped: Promise<void> | undefined;
  const delays = new Set<NodeJS.Timeout>();

  /**
   * A held answer. Stopping the receiver cancels it, including one that begins after the stop (a
   * schema check can outlast the test), so no timer outlives a test.
   */
  const hold = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      const timer = setTimeout(() => {
        delays.delete(timer);
        resolve();
      }, ms);
      delays.add(timer);
    });

  async function handle(req: IncomingMessage, res: ServerResponse, entry: FakeRequest, index: number): Promise<void> {
    if (index <= (options.failFirst ?? 0)) throw new HttpProblem(503, 'Service temporarily unavailable');
    const match = DOCUMENT_PATH.exec(entry.path);
    if (!match) throw new HttpProblem(404, 'No such resource');
    if (req.method !== 'PUT') throw new HttpProblem(405, 'Only PUT is allowed here', [], { allow: 'PUT' });
    authenticate(req.headers.authorization, options);
    const key = decodePathSegment(match[1]);
    const contentType = req.headers['content-type'] ?? '';
    if (!/^application\/json\s*(?:;\s*charset=utf-8\s*)?$/iu.test(contentType)) throw new HttpProblem(415, 'The body must be application/json in UTF-8');
    const raw = await readBody(req);
    const digest = createHash('sha256').update(raw).digest('base64');
    if (req.headers['content-digest'] !== `sha-256=:${digest}:`) {
      throw new HttpProblem(400, 'Content-Digest is missing or does not match the body', [{ field: 'Content-Digest', code: 'mismatch', message: 'expected sha-256 of the body (RFC 9530)' }]);
    }
    if (req.headers['idempotency-key'] !== key) {
      throw new HttpProblem(400, 'Idempotency-Key must equal the document key of the path', [{ field: 'Idempotency-Key', code: 'mismatch', message: `expected ${key}` }]);
    }
    const body = parseJson(raw);
    const errors = validateRecord(body, key);
    if (errors.length === 0) errors.push(...(await checkMarkup((body as { akomaNtoso: { xml: string } }).akomaNtoso.xml, schemaValidation)));
    if (errors.length > 0) throw new HttpProblem(422, 'The record is invalid', errors);
    // From the lookup to the store nothing awaits, so concurrent duplicates cannot both create.
    const { status, publication, outcome } = store(records, key, digest, body as Record<string, unknown>);
    const delay = options.delayFirst && index <= options.delayFirst.requests ? options.delayFirst.ms : 0;
    if (delay > 0) await hold(delay);
    send(res, entry, status, 'application/json', { publicationId: publication.publicationId, url: `${url}/van-ban/${publication.publicationId}`, revision: publication.revision, outcome });
  }

  const server = createServer((req, res) => {
    const entry: FakeRequest = {
      method: req.method ?? '',
      path: (req.url ?? '').split('?')[0],
      idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null,
      receivedAt: Date.now(),
      status: null,
    };
    requests.push(entry);
    handle(req, res, entry, requests.length).catch((error: unknown) => {
      const problem = error instanceof HttpProblem ? error : new HttpProblem(500, 'Internal error of the fake');
      const answer = () =>
        send(res, entry, problem.status, 'application/problem+json', {
          type: 'about:blank',
          title: problem.title,
          status: problem.status,
          detail: problem.errors.length > 0 ? `${problem.errors.length} field error(s)` : problem.title,
          ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
        }, problem.headers);
      // Like a real front server, read the rest of a refused body first: answering mid-upload makes
      // the client see a reset connection instead of the refusal.
      if (req.readableEnded) answer();
      else req.on('end', answer).on('error', answer).resume();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    records,
    requests,
    schemaValidation,
    // Stopping twice is harmless, so a test may stop the receiver early and still clean up after.
    stop: () =>
      (stopped ??= new Promise<void>((resolve, reject) => {
        for (const timer of delays) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}

function authenticate(header: string | undefined, options: FakeNationalDbOptions): void {
  const accepted = [`Bearer ${options.token}`];
  if (options.basicAuth) accepted.push(`Basic ${Buffer.from(`${options.basicAuth.username}:${options.basicAuth.password}`, 'utf8').toString('base64')}`);
  const given = Buffer.from(header ?? '');
  const ok = accepted.some((value) => {
    const expected = Buffer.from(value);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!ok) throw new HttpProblem(401, 'Missing or wrong credentials', [], { 'www-authenticate': 'Bearer realm="national-legal-db"' });
}

/** Reads the body to its end (keeping at most the limit), so that even a 413 reaches the client. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new HttpProblem(413, `The body is over ${MAX_BODY_BYTES} bytes`);
  return Buffer.concat(chunks);
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpProblem(404, 'No such resource');
  }
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as unknown;
  } catch {
    throw new HttpProblem(400, 'The body is not UTF-8 JSON');
  }
}

async function checkMarkup(xml: string, withSchema: boolean): Promise<FakeFieldError[]> {
  if (!withSchema) {
    const rooted = /^(?:<\?xml[^>]*\?>\s*)?<akomaNtoso xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0">/u.test(xml);
    return rooted ? [] : [{ field: '/akomaNtoso/xml', code: 'schema', message: 'the root must be an Akoma Ntoso 3.0 akomaNtoso element' }];
  }
  const result = await validateAkomaNtoso({ xml });
  return result.valid ? [] : [{ field: '/akomaNtoso/xml', code: 'schema', message: result.errors.join('\n') || 'not valid against akomantoso30.xsd' }];
}

/** Creates, replays (same digest: nothing changes) or revises the record of a document key. */
function store(records: FakePublication[], key: string, digest: string, record: Record<string, unknown>): { status: number; publication: FakePublication; outcome: string } {
  const existing = records.find((publication) => publication.documentKey === key);
  if (!existing) {
    const publication = { documentKey: key, publicationId: `VBPL-${String(records.length + 1).padStart(6, '0')}`, revision: 1, digest, record };
    records.push(publication);
    return { status: 201, publication, outcome: 'created' };
  }
  if (existing.digest === digest) return { status: 200, publication: existing, outcome: 'unchanged' };
  Object.assign(existing, { revision: existing.revision + 1, digest, record });
  return { status: 200, publication: existing, outcome: 'updated' };
}

function send(res: ServerResponse, entry: FakeRequest, status: number, contentType: string, body: unknown, headers: Record<string, string> = {}): void {
  entry.status = status;
  if (res.destroyed || res.writableEnded) return; // the client gave up (timeout) before the answer
  res.writeHead(status, { 'content-type': contentType, ...headers }).end(JSON.stringify(body));
}

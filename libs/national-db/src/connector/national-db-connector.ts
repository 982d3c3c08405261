import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PermanentPublicationError } from '../errors/permanent-publication.error';
import { TransientPublicationError, type TransientPublicationCode } from '../errors/transient-publication.error';
import type { NationalDbRecord } from '../record/national-db-record';
import { backoffDelay } from './backoff';
import { readResponse, type PublicationAnswer } from './read-response';

export type NationalDbCredentials = { bearerToken: string } | { username: string; password: string };

export interface NationalDbConnectorOptions {
  /** Root of the receiver's API; the contract's paths (`v1/documents/…`) are resolved against it. */
  baseUrl: string;
  credentials: NationalDbCredentials;
  /** Per attempt, covering the whole response body. Default 15 s. */
  timeoutMs?: number;
  /** Attempts in all, the first included. Default 5. */
  maxAttempts?: number;
  /** First retry delay, doubled on each further retry. Default 500 ms. */
  initialDelayMs?: number;
  /** Cap on any one delay, Retry-After included. Default 30 s. */
  maxDelayMs?: number;
}

/** Where the record was published, and how many attempts it took. */
export interface PublicationReceipt extends PublicationAnswer {
  attempts: number;
}

interface TransientFailure {
  code: TransientPublicationCode;
  status: number | null;
  message: string;
  retryAfterMs: number | null;
  cause?: unknown;
}

type AttemptResult = { ok: true; answer: PublicationAnswer } | { ok: false; failure: TransientFailure };

/**
 * Pushes records to the National Legal Database under the contract of CONTRACT.md: a PUT to the
 * document's own resource, keyed by issuer and number, so that any number of retries (ours, or
 * Temporal's around us) leaves exactly one record. Network errors, timeouts, 408, 429 and 5xx are
 * retried with exponential backoff; when retries run out a `TransientPublicationError` says "later".
 * Other 4xx answers throw a `PermanentPublicationError` at once, with the receiver's field errors.
 */
export class NationalDbConnector {
  private readonly baseUrl: URL;
  private readonly authorization: string;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoff: { initialDelayMs: number; maxDelayMs: number };

  constructor(options: NationalDbConnectorOptions) {
    // A trailing slash makes relative resolution keep any path prefix of the base URL.
    this.baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.authorization = authorizationHeader(options.credentials);
    this.timeoutMs = positive(options.timeoutMs ?? 15_000, 'timeoutMs');
    this.maxAttempts = positive(options.maxAttempts ?? 5, 'maxAttempts');
    this.backoff = { initialDelayMs: positive(options.initialDelayMs ?? 500, 'initialDelayMs'), maxDelayMs: positive(options.maxDelayMs ?? 30_000, 'maxDelayMs') };
  }

  /**
   * Publishes one record and resolves with the receiver's publication id and URL. `signal` cancels
   * (for example when the Temporal activity is cancelled): the abort reason is thrown as is.
   */
  async publish(record: NationalDbRecord, options: { signal?: AbortSignal } = {}): Promise<PublicationReceipt> {
    const body = JSON.stringify(record);
    const url = new URL(`v1/documents/${encodeURIComponent(record.documentKey)}`, this.baseUrl);
    const headers = {
      authorization: this.authorization,
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json, application/problem+json',
      'idempotency-key': record.documentKey,
      'content-digest': `sha-256=:${createHash('sha256').update(body, 'utf8').digest('base64')}:`,
    };
    for (let attempt = 1; ; attempt++) {
      options.signal?.throwIfAborted();
      const result = await this.attempt(url, headers, body, options.signal);
      if (result.ok) return { ...result.answer, attempts: attempt };
      const { failure } = result;
      if (attempt >= this.maxAttempts) {
        throw new TransientPublicationError(
          failure.code,
          `${failure.message} Gave up after ${attempt} attempt(s); publish again later.`,
          { status: failure.status, attempts: attempt, retryAfterMs: failure.retryAfterMs },
          { cause: failure.cause },
        );
      }
      await this.wait(backoffDelay(attempt, this.backoff, failure.retryAfterMs), options.signal);
    }
  }

  /** Sleeps between attempts; a cancellation ends the wait with the caller's own reason. */
  private async wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await sleep(ms, undefined, { signal });
    } catch (error) {
      throw signal?.aborted ? signal.reason : error;
    }
  }

  /** One exchange: the answer, a transient failure to retry, or a thrown permanent error. */
  private async attempt(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal | undefined): Promise<AttemptResult> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await fetch(url, { method: 'PUT', headers, body, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      const verdict = await readResponse(response);
      if (verdict.kind === 'accepted') return { ok: true, answer: verdict.answer };
      if (verdict.kind === 'permanent') throw new PermanentPublicationError(verdict.code, verdict.message, verdict.status, verdict.fieldErrors);
      return { ok: false, failure: verdict };
    } catch (error) {
      if (error instanceof PermanentPublicationError) throw error;
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) {
        const message = `No complete answer from ${url.origin} within ${this.timeoutMs} ms.`;
        return { ok: false, failure: { code: 'TIMEOUT', status: null, message, retryAfterMs: null, cause: error } };
      }
      const message = `Could not reach ${url.origin}: ${describeNetworkError(error)}.`;
      return { ok: false, failure: { code: 'NETWORK', status: null, message, retryAfterMs: null, cause: error } };
    }
  }
}

/**
 * Checked here, at start-up, because a token with a character headers cannot carry (RFC 6750
 * b64token) would otherwise surface on every attempt as a network error. Basic credentials are
 * encoded as UTF-8 first (RFC 7617), so any characters work there.
 */
function authorizationHeader(credentials: NationalDbCredentials): string {
  if ('bearerToken' in credentials) {
    if (!/^[A-Za-z0-9\-._~+/]+=*$/u.test(credentials.bearerToken)) throw new RangeError('bearerToken holds characters a bearer token cannot have');
    return `Bearer ${credentials.bearerToken}`;
  }
  if (credentials.username.includes(':')) throw new RangeError('A Basic-auth username cannot contain ":"');
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}

/**
 * fetch reports "fetch failed" and hides the useful part (ECONNREFUSED …) in its cause. Errors are
 * read by shape, not `instanceof`: undici's errors may come from another realm (as under jest).
 */
function describeNetworkError(error: unknown): string {
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? messageOf(error.cause) : '';
  return cause === '' ? messageOf(error) : `${messageOf(error)} (${cause})`;
}

function messageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string' ? value.message : '';
}

import type { PublicationFieldError } from '../errors/permanent-publication.error';
import type { TransientPublicationCode } from '../errors/transient-publication.error';
import { parseRetryAfter } from './backoff';

export type PublicationOutcome = 'created' | 'updated' | 'unchanged';

/** The receiver's answer to an accepted record (CONTRACT.md, "Responses"). */
export interface PublicationAnswer {
  publicationId: string;
  url: string;
  revision: number;
  outcome: PublicationOutcome;
}

/** What one HTTP exchange came to; the connector decides whether to retry. */
export type ResponseVerdict =
  | { kind: 'accepted'; answer: PublicationAnswer }
  | { kind: 'transient'; code: TransientPublicationCode; status: number; message: string; retryAfterMs: number | null }
  | { kind: 'permanent'; code: 'REJECTED' | 'UNAUTHORIZED'; status: number; message: string; fieldErrors: PublicationFieldError[] };

const OUTCOMES = new Set<string>(['created', 'updated', 'unchanged']);

/**
 * Classifies a response and reads its body (always, so the connection can be reused): 2xx with a
 * well-formed answer is accepted; 408, 429 and 5xx are transient; any other 4xx is permanent and
 * carries the receiver's field errors from its RFC 9457 problem document.
 */
export async function readResponse(response: Response): Promise<ResponseVerdict> {
  const text = await response.text();
  const body = parseJson(text);
  const { status } = response;
  if (status >= 200 && status < 300) {
    const answer = toAnswer(body);
    return answer === null
      ? { kind: 'transient', code: 'INVALID_RESPONSE', status, message: `The receiver answered ${status} without a valid publication id and URL.`, retryAfterMs: null }
      : { kind: 'accepted', answer };
  }
  const problem = describeProblem(body, text);
  if (status === 408 || status === 429 || status >= 500) {
    return {
      kind: 'transient',
      code: status >= 500 ? 'SERVER_ERROR' : 'RATE_LIMITED',
      status,
      message: `The receiver answered ${status}: ${problem}`,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
  const fieldErrors = toFieldErrors(body);
  const listed = fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return {
    kind: 'permanent',
    code: status === 401 || status === 403 ? 'UNAUTHORIZED' : 'REJECTED',
    status,
    message: `The National Legal Database refused the record (${status}): ${problem}${listed === '' ? '' : ` (${listed})`}`,
    fieldErrors,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toAnswer(body: unknown): PublicationAnswer | null {
  if (!isObject(body)) return null;
  const { publicationId, url, revision, outcome } = body;
  if (typeof publicationId !== 'string' || publicationId === '') return null;
  if (typeof url !== 'string' || !URL.canParse(url)) return null;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) return null;
  if (typeof outcome !== 'string' || !OUTCOMES.has(outcome)) return null;
  return { publicationId, url, revision, outcome: outcome as PublicationOutcome };
}

/** The problem's detail or title, else the start of whatever body came back. */
function describeProblem(body: unknown, text: string): string {
  if (isObject(body)) {
    const { detail, title } = body;
    if (typeof detail === 'string' && detail !== '') return detail;
    if (typeof title === 'string' && title !== '') return title;
  }
  return text.trim() === '' ? 'no details given' : text.trim().slice(0, 200);
}

function toFieldErrors(body: unknown): PublicationFieldError[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isObject).map((error) => ({
    field: typeof error.field === 'string' ? error.field : '',
    code: typeof error.code === 'string' ? error.code : 'invalid',
    message: typeof error.message === 'string' ? error.message : 'invalid',
  }));
}

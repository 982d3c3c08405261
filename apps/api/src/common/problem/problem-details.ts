import type { FieldError } from '@legis/domain';

/** RFC 9457 problem details, plus our `code`, `requestId` and per-field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `USER_EMAIL_TAKEN` → `urn:legis:problem:user-email-taken`: stable, and not pretending to be a web page. */
export const problemType = (code: string) => `urn:legis:problem:${code.toLowerCase().replace(/_/g, '-')}`;

export const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

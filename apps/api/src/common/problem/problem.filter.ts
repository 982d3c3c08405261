import { DomainError, type DomainErrorKind } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdOf } from '../http/request-context';
import { PROBLEM_CONTENT_TYPE, problemType, STATUS_TITLES, type ProblemDetails } from './problem-details';
import { ProblemException } from './problem.exception';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 422,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  too_large: 413,
  unsupported: 415,
  unavailable: 503,
};

/** Errors raised by body-parser before our code runs, identified by their `type`. */
const BODY_PARSER_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  'entity.parse.failed': { status: 400, code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, code: 'BODY_TOO_LARGE', detail: 'The request body is larger than allowed.' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_ENCODING', detail: 'The request body encoding is not supported.' },
};

/** Turns every error into an RFC 9457 `application/problem+json` response; nothing else leaves the API. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const { problem, headers } = problemOf(exception);
    problem.instance = request.originalUrl;
    problem.requestId = requestIdOf(request);
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'unhandled error');
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}

/** The problem document and headers for any error; shared by the filter and by bulk reports. */
export function problemOf(exception: unknown): { problem: ProblemDetails; headers: Record<string, string> } {
  if (exception instanceof DomainError) {
    const status = STATUS_BY_KIND[exception.kind];
    const headers: Record<string, string> = {};
    if (exception.details.retryAfterSeconds !== undefined) headers['Retry-After'] = String(exception.details.retryAfterSeconds);
    return {
      problem: build(status, exception.code, exception.message, exception.details.fieldErrors, exception.details.extensions),
      headers,
    };
  }
  if (exception instanceof ProblemException) {
    return { problem: build(exception.status, exception.code, exception.message, exception.errors, exception.extensions), headers: exception.headers };
  }
  const parserError = bodyParserError(exception);
  if (parserError) return { problem: build(parserError.status, parserError.code, parserError.detail), headers: {} };
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = status === 404 ? 'ROUTE_NOT_FOUND' : (STATUS_TITLES[status] ?? 'HTTP_ERROR').toUpperCase().replace(/\W+/g, '_');
    const detail = status === 404 ? 'No such route. See /api/docs for the API.' : exception.message;
    return { problem: build(status, code, detail), headers: {} };
  }
  return { problem: build(500, 'INTERNAL_ERROR', 'An unexpected error occurred. Quote the request id when reporting it.'), headers: {} };
}

/** Members of every problem document: extensions never replace them (a `status` extension once became the HTTP status). */
const RESERVED_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'errors', 'instance', 'requestId']);

function build(status: number, code: string, detail: string, errors?: ProblemDetails['errors'], extensions: Record<string, unknown> = {}): ProblemDetails {
  return {
    type: problemType(code),
    title: STATUS_TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...Object.fromEntries(Object.entries(extensions).filter(([name]) => !RESERVED_MEMBERS.has(name))),
  };
}

function bodyParserError(exception: unknown) {
  const direct = (exception as { type?: unknown }).type;
  const wrapped = exception instanceof HttpException ? (exception.cause as { type?: unknown } | undefined)?.type : undefined;
  const type = typeof direct === 'string' ? direct : typeof wrapped === 'string' ? wrapped : undefined;
  return type ? BODY_PARSER_ERRORS[type] : undefined;
}

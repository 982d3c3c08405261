import { createHash } from 'node:crypto';
import { IdempotencyRepository } from '@legis/db';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { ProblemException } from '../problem/problem.exception';

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Honours `Idempotency-Key` on POST: the first request with a key runs and its successful response
 * is stored; a retry with the same key and body gets that response again (header
 * `Idempotent-Replayed: true`) instead of creating a second resource. Keys are scoped per caller and
 * kept 24 hours. A failed request releases its key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new ProblemException(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–255 visible ASCII characters.');
    }
    const scope = request.principal?.userId ?? `anonymous:${request.ip ?? ''}`;
    const hash = createHash('sha256').update(JSON.stringify([request.method, request.originalUrl, request.body ?? null]));
    if (request.file) hash.update(request.file.buffer);
    const requestHash = hash.digest('hex');
    const claim = await this.keys.claim(scope, key, requestHash);
    switch (claim.outcome) {
      case 'mismatch':
        throw new ProblemException(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.');
      case 'in_progress':
        throw new ProblemException(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed.', undefined, {}, { 'Retry-After': '1' });
      case 'replay':
        response.setHeader('Idempotent-Replayed', 'true');
        return of(claim.body);
      case 'claimed':
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.keys.complete(scope, key, response.statusCode, body ?? null);
            return body;
          }),
          catchError((error: unknown) => from(this.keys.release(scope, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
    }
  }
}

import type { Principal } from '@legis/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Who is asking, and the ids that tie their changes to the audit log and the request logs. */
export interface RequestContext {
  requestId: string;
  ip: string;
  /** Absent on public routes called without a token. */
  principal: Principal | undefined;
}

/** The id pino-http assigned to this request (from X-Request-Id or generated). */
export function requestIdOf(request: Request): string {
  return typeof request.id === 'string' || typeof request.id === 'number' ? String(request.id) : '';
}

export function requestContextOf(request: Request): RequestContext {
  return { requestId: requestIdOf(request), ip: request.ip ?? 'unknown', principal: request.principal };
}

/** Injects the {@link RequestContext} into a controller method. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context.switchToHttp().getRequest<Request>()));

/** The actor and correlation fields of an audit entry for a change made by this request. */
export function auditActor(context: RequestContext) {
  return {
    actorType: context.principal ? ('user' as const) : ('public' as const),
    actorId: context.principal?.userId ?? null,
    actorEmail: context.principal?.email ?? null,
    requestId: context.requestId,
    ip: context.ip,
  };
}

import { type Principal, type Role } from '@legis/domain';
import { IdentityRepository } from '@legis/db';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ProblemException } from '../common/problem/problem.exception';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';
import type { AccessTokenClaims } from './token-claims';

/**
 * Guards every route: verifies the bearer token, reloads the user (so deactivation and role changes
 * apply at once, not at token expiry) and checks `@Roles`. `@Public` routes accept anonymous callers
 * but still identify a caller who sends a valid token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    const request = context.switchToHttp().getRequest<Request>();
    const token = bearerToken(request);
    if (!token) {
      if (isPublic) return true;
      throw new ProblemException(401, 'AUTHENTICATION_REQUIRED', 'This endpoint needs a bearer token from POST /api/v1/auth/login.', undefined, {}, { 'WWW-Authenticate': 'Bearer' });
    }
    request.principal = await this.principalFor(token);
    if (roles.length > 0 && !request.principal.roles.some((role) => roles.includes(role))) {
      throw new ProblemException(403, 'ROLE_REQUIRED', `This action requires one of the roles: ${roles.join(', ')}.`, undefined, { requiredRoles: roles });
    }
    return true;
  }

  private async principalFor(token: string): Promise<Principal> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new ProblemException(401, 'INVALID_TOKEN', 'The bearer token is invalid or expired. Sign in again.', undefined, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    const user = await this.identity.findUserById(claims.sub);
    if (!user?.active) {
      throw new ProblemException(401, 'INVALID_TOKEN', 'The account behind this token no longer exists or is disabled.');
    }
    return { userId: user.id, email: user.email, roles: user.roles, agencyId: user.agencyId };
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

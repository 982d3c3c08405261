import { AuditRepository, DUMMY_PASSWORD_HASH, IdentityRepository, LoginThrottleRepository, verifyPassword } from '@legis/db';
import { DomainError } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import type { AccessTokenDto } from './dto/login.dto';
import type { AccessTokenClaims } from './token-claims';

@Injectable()
export class AuthService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(LoginThrottleRepository) private readonly throttle: LoginThrottleRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * Exchanges e-mail and password for an access token. After LOGIN_MAX_FAILURES failures from one
   * address for one e-mail within LOGIN_LOCKOUT_SECONDS, further attempts get 429 without the
   * password being checked. Unknown e-mails cost the same time as wrong passwords.
   */
  async login(email: string, password: string, context: RequestContext): Promise<AccessTokenDto> {
    const { maxFailures, lockoutSeconds, tokenTtlSeconds } = this.config.auth;
    const failures = await this.throttle.recentFailures(email, context.ip, lockoutSeconds);
    if (failures.count >= maxFailures) {
      const elapsed = failures.oldest ? (Date.now() - failures.oldest.getTime()) / 1000 : 0;
      const retryAfterSeconds = Math.max(1, Math.ceil(lockoutSeconds - elapsed));
      throw new DomainError('rate_limited', 'TOO_MANY_LOGIN_ATTEMPTS', `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`, {
        retryAfterSeconds,
      });
    }
    const user = await this.identity.findUserByEmail(email);
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !passwordOk || !user.active) {
      await this.throttle.recordFailure(email, context.ip);
      throw new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'The e-mail or password is wrong, or the account is disabled.');
    }
    await this.throttle.clear(email, context.ip);
    await this.identity.touchLastLogin(user.id);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        ...auditActor(context),
        actorType: 'user',
        actorId: user.id,
        actorEmail: user.email,
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      }),
    );
    const claims: AccessTokenClaims = { sub: user.id, email: user.email };
    return { accessToken: await this.jwt.signAsync(claims), tokenType: 'Bearer', expiresIn: tokenTtlSeconds };
  }
}

import { AuditRepository, IdentityRepository } from '@legis/db';
import { DomainError } from '@legis/domain';
import type { Logger } from '@legis/runtime';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { API_CONFIG, LOGGER } from '../common/infrastructure/tokens';

/**
 * Creates the admin named by BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD if no user has that
 * e-mail yet. An existing account is never modified, so the variables can stay set.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin || (await this.identity.findUserByEmail(admin.email))) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        const user = await this.identity.createUser(manager, {
          email: admin.email,
          fullName: 'Administrator',
          password: admin.password,
          roles: ['admin'],
          agencyId: null,
        });
        await this.audit.record(manager, {
          actorType: 'system',
          action: 'user.bootstrap',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, roles: user.roles },
        });
      });
      this.logger.info({ email: admin.email }, 'bootstrap admin created');
    } catch (error) {
      // Another replica created it first.
      if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
    }
  }
}

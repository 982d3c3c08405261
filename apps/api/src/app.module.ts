import type { Logger } from '@legis/runtime';
import { type DynamicModule, Module } from '@nestjs/common';
import { AgenciesModule } from './agencies/agencies.module';
import type { ApiConfig } from './api.config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { InfrastructureModule } from './common/infrastructure/infrastructure.module';
import { HealthModule } from './health/health.module';
import { SystemCheckModule } from './system-check/system-check.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(config, logger), AuthModule, HealthModule, AgenciesModule, UsersModule, AuditModule, SystemCheckModule],
    };
  }
}

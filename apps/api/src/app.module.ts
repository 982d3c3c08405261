import { CasesModule } from './cases/cases.module';
import { DutiesModule } from './duties/duties.module';
import { RelationsModule } from './relations/relations.module';
import { SystematisationModule } from './systematisation/systematisation.module';
import { PetitionsModule } from './petitions/petitions.module';
import { ReportsModule } from './reports/reports.module';
import { DraftsModule } from './drafts/drafts.module';
import type { Logger } from '@legis/runtime';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AdminTasksModule } from './admin-tasks/admin-tasks.module';
import { AgenciesModule } from './agencies/agencies.module';
import type { ApiConfig } from './api.config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { InfrastructureModule } from './common/infrastructure/infrastructure.module';
import { UploadInterceptor } from './common/upload/upload.interceptor';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { IssuersModule } from './issuers/issuers.module';
import { OverlapsModule } from './overlaps/overlaps.module';
import { SearchModule } from './search/search.module';
import { SystemCheckModule } from './system-check/system-check.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(config, logger), AuthModule, HealthModule, AgenciesModule, UsersModule, AuditModule, SystemCheckModule, DocumentsModule, IssuersModule, SearchModule, OverlapsModule, CalendarModule, InboxModule, AdminTasksModule, DraftsModule, CasesModule, RelationsModule, PetitionsModule, ReportsModule, SystematisationModule, DutiesModule],
      // Guards run before interceptors, so idempotency keys are scoped to the authenticated caller;
      // uploads are read before the idempotency check, so a key covers the file's bytes.
      providers: [
        { provide: APP_INTERCEPTOR, useClass: UploadInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}

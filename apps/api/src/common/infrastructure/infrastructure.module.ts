import {
  AdminTaskRepository,
  AppraisalPrecheckRepository,
  AuditRepository,
  CalendarOverrideRepository,
  ControlCaseRepository,
  DeadlineBreachRepository,
  createDataSource,
  DocumentRepository,
  DraftCommentRepository,
  DraftProcedureRepository,
  IdempotencyRepository,
  IdentityRepository,
  IssuerRepository,
  LoginThrottleRepository,
  NotificationRepository,
  PublicationRepository,
  OverlapReportRepository,
  ProvisionRepository,
  PublicationSourceRepository,
  RateLimitRepository,
  RelationRepository,
  SystemCheckRepository,
  TermStatisticsRepository,
} from '@legis/db';
import type { Logger } from '@legis/runtime';
import { createMeiliClient } from '@legis/search';
import { createLazyTemporalClient } from '@legis/temporal';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../../api.config';
import { API_CONFIG, LOGGER } from './tokens';

/**
 * Connections to PostgreSQL, Temporal and Meilisearch, and the repositories over them, shared by
 * every feature module. PostgreSQL is connected at start-up; Temporal lazily, so the API starts
 * and serves what it can while Temporal is down.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: API_CONFIG, useValue: config },
      { provide: LOGGER, useValue: logger },
      {
        provide: DataSource,
        useFactory: async () => {
          const dataSource = createDataSource(config.database);
          await dataSource.initialize();
          return dataSource;
        },
      },
      { provide: Client, useFactory: () => createLazyTemporalClient(config.temporal) },
      { provide: Meilisearch, useFactory: () => createMeiliClient(config.search) },
      { provide: IdentityRepository, useFactory: (ds: DataSource) => new IdentityRepository(ds), inject: [DataSource] },
      { provide: LoginThrottleRepository, useFactory: (ds: DataSource) => new LoginThrottleRepository(ds), inject: [DataSource] },
      { provide: SystemCheckRepository, useFactory: (ds: DataSource) => new SystemCheckRepository(ds), inject: [DataSource] },
      ...[IdempotencyRepository, DocumentRepository, IssuerRepository, ProvisionRepository, RelationRepository, TermStatisticsRepository, OverlapReportRepository, PublicationSourceRepository, CalendarOverrideRepository, NotificationRepository, DeadlineBreachRepository, PublicationRepository, AdminTaskRepository, DraftProcedureRepository, DraftCommentRepository, AppraisalPrecheckRepository, RateLimitRepository, ControlCaseRepository].map((Repository) => ({
        provide: Repository,
        useFactory: (ds: DataSource) => new Repository(ds),
        inject: [DataSource],
      })),
      { provide: AuditRepository, useValue: new AuditRepository() },
    ];
    return { module: InfrastructureModule, providers, exports: providers.map((p) => p.provide) };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.connection.close().catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

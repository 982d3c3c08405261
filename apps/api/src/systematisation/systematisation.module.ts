import { AnnualListRepository, SystematisationRepository } from '@legis/db';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SystematisationController } from './systematisation.controller';
import { SystematisationEngine } from './systematisation-engine';
import { SystematisationService } from './systematisation.service';

/** Systematisation campaigns (REFERENCE §4.12) and the annual list of expired documents (§4.11). */
@Module({
  controllers: [SystematisationController],
  providers: [
    SystematisationService,
    SystematisationEngine,
    ...[SystematisationRepository, AnnualListRepository].map((Repository) => ({ provide: Repository, useFactory: (ds: DataSource) => new Repository(ds), inject: [DataSource] })),
  ],
})
export class SystematisationModule {}

import { DutyRepository } from '@legis/db';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseEngine } from '../cases/case-engine';
import { DutiesController } from './duties.controller';
import { DutiesService } from './duties.service';

@Module({
  controllers: [DutiesController],
  providers: [DutiesService, CaseEngine, { provide: DutyRepository, useFactory: (dataSource: DataSource) => new DutyRepository(dataSource), inject: [DataSource] }],
})
export class DutiesModule {}

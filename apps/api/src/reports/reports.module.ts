import { ReportQueries } from '@legis/db';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsController],
  providers: [ReportsService, { provide: ReportQueries, useFactory: (dataSource: DataSource) => new ReportQueries(dataSource), inject: [DataSource] }],
})
export class ReportsModule {}

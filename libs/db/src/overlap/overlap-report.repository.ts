import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OverlapReportEntity } from './overlap-report.entity';

export class OverlapReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the report of a version, replacing an earlier one (intake may run again). */
  async save(report: Omit<OverlapReportEntity, 'createdAt' | 'version'>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(OverlapReportEntity)
      .values({ ...report, createdAt: new Date() } as QueryDeepPartialEntity<OverlapReportEntity>)
      .orUpdate(['document_id', 'as_of', 'summary', 'findings', 'duration_ms', 'created_at'], ['version_id'])
      .execute();
  }

  find(versionId: string): Promise<OverlapReportEntity | null> {
    return this.dataSource.getRepository(OverlapReportEntity).findOneBy({ versionId });
  }
}

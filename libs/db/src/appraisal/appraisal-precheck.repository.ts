import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppraisalPrecheckEntity } from './appraisal-precheck.entity';

export class AppraisalPrecheckRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(precheck: Omit<AppraisalPrecheckEntity, 'createdAt'>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AppraisalPrecheckEntity)
      .values({ ...precheck, createdAt: new Date() } as QueryDeepPartialEntity<AppraisalPrecheckEntity>)
      .orUpdate(['summary', 'findings', 'created_at'], ['version_id'])
      .execute();
  }

  /** The latest pre-check of a document (its most recent appraisal request). */
  latest(documentId: string): Promise<AppraisalPrecheckEntity | null> {
    return this.dataSource.getRepository(AppraisalPrecheckEntity).findOne({ where: { documentId }, order: { createdAt: 'DESC' } });
  }
}

import {
  AuditRepository,
  DocumentRepository,
  IssuerRepository,
  OverlapReportRepository,
  ProvisionRepository,
  RelationRepository,
  SystemCheckRepository,
  TermStatisticsRepository,
} from '@legis/db';
import type { ExtractOptions } from '@legis/extract';
import type { SearchConfig } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';

/** What activities need from the outside world; the worker builds it once, tests may build their own. */
export interface ActivityDependencies {
  dataSource: DataSource;
  meili: Meilisearch;
  search: SearchConfig;
  audit: AuditRepository;
  systemChecks: SystemCheckRepository;
  documents: DocumentRepository;
  issuers: IssuerRepository;
  provisions: ProvisionRepository;
  relations: RelationRepository;
  termStatistics: TermStatisticsRepository;
  overlapReports: OverlapReportRepository;
  /** Limits and OCR settings for text extraction. */
  extraction: Omit<ExtractOptions, 'onProgress' | 'signal'>;
  /** The worker's identity (`pid@host`), as Temporal knows it too. */
  workerIdentity: string;
}

export function buildActivityDependencies(
  dataSource: DataSource,
  meili: Meilisearch,
  search: SearchConfig,
  workerIdentity: string,
  extraction: ActivityDependencies['extraction'] = {},
): ActivityDependencies {
  return {
    dataSource,
    meili,
    search,
    workerIdentity,
    extraction,
    audit: new AuditRepository(),
    systemChecks: new SystemCheckRepository(dataSource),
    documents: new DocumentRepository(dataSource),
    issuers: new IssuerRepository(dataSource),
    provisions: new ProvisionRepository(dataSource),
    relations: new RelationRepository(dataSource),
    termStatistics: new TermStatisticsRepository(dataSource),
    overlapReports: new OverlapReportRepository(dataSource),
  };
}

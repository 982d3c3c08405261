import { AuditRepository, SystemCheckRepository } from '@legis/db';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import type { SearchConfig } from '@legis/search';

/** What activities need from the outside world; the worker builds it once, tests may build their own. */
export interface ActivityDependencies {
  dataSource: DataSource;
  meili: Meilisearch;
  search: SearchConfig;
  audit: AuditRepository;
  systemChecks: SystemCheckRepository;
  /** The worker's identity (`pid@host`), as Temporal knows it too. */
  workerIdentity: string;
}

export function buildActivityDependencies(
  dataSource: DataSource,
  meili: Meilisearch,
  search: SearchConfig,
  workerIdentity: string,
): ActivityDependencies {
  return {
    workerIdentity,
    dataSource,
    meili,
    search,
    audit: new AuditRepository(),
    systemChecks: new SystemCheckRepository(dataSource),
  };
}

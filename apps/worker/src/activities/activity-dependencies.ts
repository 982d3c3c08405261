import {
  AdminTaskRepository,
  AppraisalPrecheckRepository,
  AppraisalSourceRepository,
  AuditRepository,
  CalendarOverrideRepository,
  ControlCaseRepository,
  DeadlineBreachRepository,
  DocumentRepository,
  DraftCommentRepository,
  DraftProcedureRepository,
  IdentityRepository,
  IssuerRepository,
  NotificationRepository,
  OverlapReportRepository,
  PublicationRepository,
  PublicationSourceRepository,
  ProvisionRepository,
  RelationRepository,
  SystemCheckRepository,
  TermStatisticsRepository,
} from '@legis/db';
import { resolveControlSettings, type ControlSettings } from '@legis/domain';
import type { ExtractOptions } from '@legis/extract';
import type { NationalDbConnectorOptions } from '@legis/national-db';
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
  calendarOverrides: CalendarOverrideRepository;
  breaches: DeadlineBreachRepository;
  notifications: NotificationRepository;
  publications: PublicationRepository;
  publicationSources: PublicationSourceRepository;
  adminTasks: AdminTaskRepository;
  identity: IdentityRepository;
  draftProcedures: DraftProcedureRepository;
  draftComments: DraftCommentRepository;
  appraisalPrechecks: AppraisalPrecheckRepository;
  appraisalSources: AppraisalSourceRepository;
  /**
   * The agency code of the Department of Justice (Sở Tư pháp), whose head hears of overdue
   * appraisals, and the time limits of control cases.
   */
  procedures: { justiceAgencyCode: string; controlSettings: ControlSettings };
  controlCases: ControlCaseRepository;
  publication: { provinceName: string; nationalDb: Pick<NationalDbConnectorOptions, 'baseUrl' | 'credentials'> | null };
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
  publication: ActivityDependencies['publication'] = { provinceName: 'tỉnh Thử nghiệm', nationalDb: null },
  procedures: ActivityDependencies['procedures'] = { justiceAgencyCode: 'STP', controlSettings: resolveControlSettings() },
): ActivityDependencies {
  return {
    dataSource,
    publication,
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
    calendarOverrides: new CalendarOverrideRepository(dataSource),
    breaches: new DeadlineBreachRepository(dataSource),
    notifications: new NotificationRepository(dataSource),
    publications: new PublicationRepository(dataSource),
    publicationSources: new PublicationSourceRepository(dataSource),
    adminTasks: new AdminTaskRepository(dataSource),
    identity: new IdentityRepository(dataSource),
    draftProcedures: new DraftProcedureRepository(dataSource),
    draftComments: new DraftCommentRepository(dataSource),
    appraisalPrechecks: new AppraisalPrecheckRepository(dataSource),
    appraisalSources: new AppraisalSourceRepository(dataSource),
    procedures,
    controlCases: new ControlCaseRepository(dataSource),
  };
}

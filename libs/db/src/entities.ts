import { AppraisalPrecheckEntity } from './appraisal/appraisal-precheck.entity';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { ControlCaseEntity } from './control/control-case.entity';
import { CalendarOverrideEntity } from './calendar/calendar-override.entity';
import { DocumentFileEntity } from './documents/document-file.entity';
import { DocumentVersionEntity } from './documents/document-version.entity';
import { DocumentEntity } from './documents/document.entity';
import { IssuerEntity } from './documents/issuer.entity';
import { ProvisionEntity } from './documents/provision.entity';
import { RelationEntity } from './documents/relation.entity';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { DeadlineBreachEntity } from './notifications/deadline-breach.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { AgencyEntity } from './identity/agency.entity';
import { LoginFailureEntity } from './identity/login-failure.entity';
import { UserEntity } from './identity/user.entity';
import { OverlapReportEntity } from './overlap/overlap-report.entity';
import { TermFrequencyEntity } from './overlap/term-frequency.entity';
import { DraftCommentEntity } from './procedures/draft-comment.entity';
import { DraftProcedureEntity } from './procedures/draft-procedure.entity';
import { PublicationEntity } from './publication/publication.entity';
import { PetitionEntity } from './petitions/petition.entity';
import { PetitionerEntity } from './petitions/petitioner.entity';
import { PetitionTextEntity } from './petitions/petition-text.entity';
import { RateEventEntity } from './ratelimit/rate-event.entity';
import { SystemCheckEntity } from './system-check/system-check.entity';
import { AdminTaskEntity } from './tasks/admin-task.entity';
import { SystematisationAssignmentEntity, SystematisationCampaignEntity } from './systematisation';

/** Every entity, registered once for the API, the worker, the CLI and the tests. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  LoginFailureEntity,
  AuditEntryEntity,
  SystemCheckEntity,
  IdempotencyKeyEntity,
  IssuerEntity,
  DocumentEntity,
  DocumentVersionEntity,
  DocumentFileEntity,
  ProvisionEntity,
  RelationEntity,
  TermFrequencyEntity,
  OverlapReportEntity,
  CalendarOverrideEntity,
  NotificationEntity,
  DeadlineBreachEntity,
  PublicationEntity,
  AdminTaskEntity,
  DraftProcedureEntity,
  DraftCommentEntity,
  AppraisalPrecheckEntity,
  RateEventEntity,
  ControlCaseEntity,
  PetitionEntity,
  PetitionerEntity,
  PetitionTextEntity,
  SystematisationCampaignEntity,
  SystematisationAssignmentEntity,
];

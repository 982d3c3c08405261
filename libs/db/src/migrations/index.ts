import { Foundation1795774755506 } from './1795774755506-foundation';
import { IdempotencyKeys1795776128083 } from './1795776128083-idempotency-keys';
import { Documents1795777254855 } from './1795777254855-documents';
import { OverlapCheck1795779168546 } from './1795779168546-overlap-check';
import { Lifecycle1795779915792 } from './1795779915792-lifecycle';
import { DraftProcedures1795780575023 } from './1795780575023-draft-procedures';
import { AppraisalAndRateLimits1795780628436 } from './1795780628436-appraisal-and-rate-limits';
import { DraftDetailsAndComments1795781757960 } from './1795781757960-draft-details-and-comments';
import { NotificationEmail1795783852723 } from './1795783852723-notification-email';
import { ControlCases1795784365489 } from './1795784365489-control-cases';
import { Systematisation1795790000004 } from './1795790000004-systematisation';
import { Petitions1795790000002 } from './1795790000002-petitions';
import { PetitionTexts1795790000006 } from './1795790000006-petition-texts';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  Foundation1795774755506,
  IdempotencyKeys1795776128083,
  Documents1795777254855,
  OverlapCheck1795779168546,
  Lifecycle1795779915792,
  DraftProcedures1795780575023,
  AppraisalAndRateLimits1795780628436,
  DraftDetailsAndComments1795781757960,
  NotificationEmail1795783852723,
  ControlCases1795784365489,
  Petitions1795790000002,
  Systematisation1795790000004,
  PetitionTexts1795790000006,
];

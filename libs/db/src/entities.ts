import { AuditEntryEntity } from './audit/audit-entry.entity';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { AgencyEntity } from './identity/agency.entity';
import { LoginFailureEntity } from './identity/login-failure.entity';
import { UserEntity } from './identity/user.entity';
import { SystemCheckEntity } from './system-check/system-check.entity';

/** Every entity, registered once for the API, the worker, the CLI and the tests. */
export const ENTITIES = [AgencyEntity, UserEntity, LoginFailureEntity, AuditEntryEntity, SystemCheckEntity, IdempotencyKeyEntity];

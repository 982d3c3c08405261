import { resolveControlSettings, resolveProcedureSettings, type ProcedureSettings } from '@legis/domain';
import { apiEnv, ConfigError, databaseEnv, loadEnv, loggingEnv, searchEnv, temporalEnv, intakeEnv, proceduresEnv, provinceEnv, settingsFrom, type Env } from '@legis/runtime';

export type ApiConfig = ReturnType<typeof loadApiConfig>;

export function loadApiConfig(env: Env = process.env) {
  const e = loadEnv({ ...loggingEnv, ...databaseEnv, ...temporalEnv, ...searchEnv, ...apiEnv, ...intakeEnv, ...provinceEnv, ...proceduresEnv }, env);
  if (Boolean(e.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(e.BOOTSTRAP_ADMIN_PASSWORD)) {
    const missing = e.BOOTSTRAP_ADMIN_EMAIL ? 'BOOTSTRAP_ADMIN_PASSWORD' : 'BOOTSTRAP_ADMIN_EMAIL';
    throw new ConfigError([{ variable: missing, message: 'BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together' }]);
  }
  return {
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST,
    database: { url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX, applicationName: 'legis-api' },
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.TEMPORAL_TASK_QUEUE },
    search: { url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY, indexPrefix: e.MEILI_INDEX_PREFIX },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    provinceName: e.PROVINCE_NAME,
    procedures: {
      settings: settingsFrom('PROCEDURE_SETTINGS', e.PROCEDURE_SETTINGS, (overrides) => (resolveProcedureSettings(overrides as never), overrides as Partial<ProcedureSettings>)),
      controlSettings: settingsFrom('CONTROL_SETTINGS', e.CONTROL_SETTINGS, resolveControlSettings),
      dayMs: Math.round(e.DRAFT_DAY_SECONDS * 1000),
    },
    auth: {
      jwtSecret: e.JWT_SECRET,
      tokenTtlSeconds: e.JWT_TTL_SECONDS,
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
      bootstrapAdmin: e.BOOTSTRAP_ADMIN_EMAIL && e.BOOTSTRAP_ADMIN_PASSWORD ? { email: e.BOOTSTRAP_ADMIN_EMAIL, password: e.BOOTSTRAP_ADMIN_PASSWORD } : null,
    },
  };
}

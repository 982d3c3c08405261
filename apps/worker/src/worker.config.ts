import { resolveControlSettings } from '@legis/domain';
import { databaseEnv, intakeEnv, loadEnv, nationalDbEnv, proceduresEnv, provinceEnv, loggingEnv, searchEnv, settingsFrom, temporalEnv, workerEnv, type Env } from '@legis/runtime';

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;

export function loadWorkerConfig(env: Env = process.env) {
  const e = loadEnv({ ...loggingEnv, ...databaseEnv, ...temporalEnv, ...searchEnv, ...workerEnv, ...intakeEnv, ...provinceEnv, ...proceduresEnv, ...nationalDbEnv }, env);
  return {
    logLevel: e.LOG_LEVEL,
    database: { url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX, applicationName: 'legis-worker' },
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.TEMPORAL_TASK_QUEUE },
    search: { url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY, indexPrefix: e.MEILI_INDEX_PREFIX },
    shutdownGraceSeconds: e.WORKER_SHUTDOWN_GRACE_SECONDS,
    maxConcurrentActivities: e.WORKER_MAX_CONCURRENT_ACTIVITIES,
    extractConcurrency: e.WORKER_EXTRACT_CONCURRENCY,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    provinceName: e.PROVINCE_NAME,
    justiceAgencyCode: e.JUSTICE_AGENCY_CODE,
    controlSettings: settingsFrom('CONTROL_SETTINGS', e.CONTROL_SETTINGS, resolveControlSettings),
    /** Notification e-mail; null (SMTP_URL unset) keeps it off. */
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
    nationalDb: e.NATIONAL_DB_URL
      ? {
          baseUrl: e.NATIONAL_DB_URL,
          credentials: e.NATIONAL_DB_TOKEN ? { bearerToken: e.NATIONAL_DB_TOKEN } : { username: e.NATIONAL_DB_USERNAME ?? '', password: e.NATIONAL_DB_PASSWORD ?? '' },
        }
      : null,
  };
}

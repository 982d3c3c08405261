import { z } from 'zod';

/**
 * Every environment variable the system reads, grouped by who reads it. `.env.example` lists the same
 * variables; a unit test keeps the two in step.
 */

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z.stringbool();

export const loggingEnv = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

export const databaseEnv = {
  DATABASE_URL: z
    .string({ error: 'is required (postgres://user:password@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_MAX: positiveInt.max(200).default(10),
};

export const temporalEnv = {
  TEMPORAL_ADDRESS: z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('legis'),
};

export const searchEnv = {
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]*$/, 'only lower-case letters, digits, "_" and "-"')
    .default(''),
};

export const apiEnv = {
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  JWT_SECRET: z.string({ error: 'is required (at least 32 random characters)' }).min(32, 'must be at least 32 characters'),
  JWT_TTL_SECONDS: positiveInt.default(8 * 3600),
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_LOCKOUT_SECONDS: positiveInt.default(15 * 60),
};

export const workerEnv = {
  WORKER_SHUTDOWN_GRACE_SECONDS: positiveInt.default(30),
  WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt.default(20),
  /**
   * The worker's V8 old-space limit (`--max-old-space-size`), set by whatever starts it (the
   * launcher, the compose file). Without one, Node sizes the heap from the machine's memory and the
   * worker's resident memory follows the garbage collector's heuristics; Temporal also sizes its
   * workflow cache from this limit.
   */
  WORKER_HEAP_MB: positiveInt.min(256).default(512),
  /** Files extracted at once (PDF parsing, OCR): each can take hundreds of MB and a core. */
  WORKER_EXTRACT_CONCURRENCY: positiveInt.max(64).default(2),
  /**
   * SMTP server for notification e-mails (`smtps://` for TLS from the first byte, `smtp://` upgrades
   * with STARTTLS when offered). Unset: notifications stay in the inbox only and nothing is queued.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL (smtp://user:password@host:587)' }).optional(),
  /** Sender of notification e-mails: an address, or `Name <address>`. */
  SMTP_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address or "Name <address>"')
    .default('Legis <no-reply@localhost>'),
};

const jsonObject = z.string().transform((text, context) => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: 'must be a JSON object' });
  return z.NEVER;
});

/** The drafting procedure (REFERENCE §4): rulebook settings, the procedure clock, the Department of Justice. */
export const proceduresEnv = {
  /** Overrides of the rulebook's configurable values (see GET /api/v1/rules), e.g. {"consultationMinDays":30}. */
  PROCEDURE_SETTINGS: jsonObject.default({}),
  /** Length of a procedure day in seconds: 86400 in production; tests and demos shorten it. Fixed per draft at its start. */
  DRAFT_DAY_SECONDS: z.coerce.number().positive().max(86_400).default(86_400),
  /** Overrides of the control procedures' time limits (self-inspection, handling, review, petitions), as JSON. */
  CONTROL_SETTINGS: jsonObject.default({}),
  /** Agency code of the Sở Tư pháp, whose head is told of overdue appraisals. */
  JUSTICE_AGENCY_CODE: z.string().min(1).default('STP'),
};

/** The province this deployment serves: default territorial scope, names of its council and committee. */
export const provinceEnv = {
  PROVINCE_NAME: z.string().min(2).default('tỉnh Thử nghiệm'),
};

/**
 * The National Legal Database receiver (see libs/national-db/CONTRACT.md). Unset: publications to it
 * wait as admin tasks until it is configured.
 */
export const nationalDbEnv = {
  NATIONAL_DB_URL: z.url().optional(),
  NATIONAL_DB_TOKEN: z.string().min(1).optional(),
  NATIONAL_DB_USERNAME: z.string().min(1).optional(),
  NATIONAL_DB_PASSWORD: z.string().min(1).optional(),
};

/** Read by the API (refuses larger uploads with 413) and the worker (refuses to extract them). */
export const intakeEnv = {
  UPLOAD_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
};

/** Variables read only by the local stack launcher (`npm start`) and the test harness. */
export const stackEnv = {
  PG_PORT: port.default(55432),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  MEILI_PORT: port.default(7700),
  TEMPORAL_CLI: z.string().min(1).optional(),
  MEILI_BIN: z.string().min(1).optional(),
  LEGIS_DATA_DIR: z.string().min(1).default('.data'),
  LEGIS_TOOLS_DIR: z.string().min(1).default('.tools'),
  SEED_DEMO: bool.default(true),
};

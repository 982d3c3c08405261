import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@legis/db';
import { loadEnv, workerEnv } from '@legis/runtime';
import { seedDemo, type DemoSeedResult } from '../seed/demo-seed';
import { killStaleProcesses } from './managed-process';
import { MeilisearchServer, meilisearchIsAvailable } from './meilisearch-server';
import { NodeApp } from './node-app';
import { assertPortFree } from './ports';
import { EmbeddedPostgres } from './postgres';
import type { StackReporter } from './reporter';
import { loadOrCreateSecrets } from './secrets';
import type { StackService } from './service';
import { TemporalDevServer, temporalIsServing } from './temporal-dev-server';
import { waitFor } from './wait-for';

export interface StackPorts {
  postgres: number;
  temporal: number;
  temporalUi: number;
  meilisearch: number;
  api: number;
}

export interface LaunchOptions {
  repoRoot: string;
  dataDir: string;
  toolsDir: string;
  /** The caller's environment: DATABASE_URL, TEMPORAL_ADDRESS and MEILI_URL select external engines. */
  env: NodeJS.ProcessEnv;
  ports: StackPorts;
  /** Tests: no fsync, no Temporal UI, a fresh data directory. */
  ephemeral: boolean;
  /** Which of our apps to start after the engines (tests may start fewer, or their own). */
  apps: ('worker' | 'api')[];
  seedDemo: boolean;
  reporter: StackReporter;
  /** Every line the API and the worker print (JSON logs). */
  onAppLine?: (app: 'api' | 'worker', line: string) => void;
}

export type ServiceName = 'postgres' | 'temporal' | 'meilisearch' | 'worker' | 'api';

export interface RunningStack {
  /** The environment the API, the worker and the command-line tools need to reach this stack. */
  appEnv: NodeJS.ProcessEnv;
  urls: { api: string; docs: string; temporalUi: string | null; meilisearch: string };
  /** Embedded engines and our apps, for tests that stop, kill and restart them. External engines are absent. */
  services: Partial<Record<ServiceName, StackService>>;
  seed: DemoSeedResult | null;
  /** Stops the apps first (the worker drains), then the engines. */
  stop(): Promise<void>;
}

/**
 * Starts the local stack: PostgreSQL, Temporal and Meilisearch (embedded unless DATABASE_URL,
 * TEMPORAL_ADDRESS or MEILI_URL point elsewhere), then migrations, the demo seed, the worker and
 * the API. `npm start` and the test harness both come through here.
 */
export async function launchStack(options: LaunchOptions): Promise<RunningStack> {
  const { env, ports, reporter } = options;
  const dataDir = path.resolve(options.dataDir);
  const logDir = path.join(dataDir, 'logs');
  const runDir = path.join(dataDir, 'run');
  fs.mkdirSync(logDir, { recursive: true });
  // PostgreSQL runs as an unprivileged user when we are root; it must be able to reach its data.
  if (process.getuid?.() === 0) fs.chmodSync(dataDir, 0o755);
  const stale = await killStaleProcesses(runDir);
  if (stale.length > 0) reporter.info(`  stopped processes left by an earlier run: ${stale.join(', ')}`);

  const secrets = loadOrCreateSecrets(dataDir);
  const services: Partial<Record<ServiceName, StackService>> = {};
  const started: StackService[] = [];
  const stop = async () => {
    for (const app of started.filter((s) => s instanceof NodeApp).reverse()) await app.stop();
    await Promise.all(started.filter((s) => !(s instanceof NodeApp)).map((s) => s.stop()));
  };

  try {
    const namespace = env.TEMPORAL_NAMESPACE || 'default';
    // allSettled, not all: when one engine fails, the others finish starting before everything is
    // stopped, so no start-up work outlives this call.
    const [postgres, temporal, meilisearch] = await Promise.allSettled([
      startPostgres(options, logDir, runDir, secrets.postgresPassword, services, started),
      startTemporal(options, dataDir, logDir, runDir, namespace, services, started),
      startMeilisearch(options, dataDir, logDir, runDir, secrets.meiliMasterKey, services, started),
    ]);
    const databaseUrl = settledValue(postgres);
    const temporalAddress = settledValue(temporal);
    const meili = settledValue(meilisearch);

    await reporter.step('migrations', () => runMigrations({ url: databaseUrl }), (applied) =>
      applied.length === 0 ? 'schema up to date' : `${applied.length} applied`,
    );
    const seed = options.seedDemo
      ? await reporter.step('demo seed', () => seedDemo(databaseUrl), (r) => `${r.usersCreated} users, ${r.agenciesCreated} agencies created`)
      : null;

    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      MEILI_URL: meili.url,
      ...(meili.masterKey ? { MEILI_MASTER_KEY: meili.masterKey } : {}),
      JWT_SECRET: env.JWT_SECRET || secrets.jwtSecret,
      PORT: String(ports.api),
      HOST: env.HOST || '127.0.0.1',
    };
    const apiUrl = `http://localhost:${ports.api}`;
    if (options.apps.includes('worker')) {
      const location = { repoRoot: options.repoRoot, logDir, runDir, onLine: (line: string) => options.onAppLine?.('worker', line) };
      services.worker = await reporter.step('worker', () => startApp(workerApp(location, appEnv), started), () =>
        `task queue "${appEnv.TEMPORAL_TASK_QUEUE || 'legis'}"`,
      );
    }
    if (options.apps.includes('api')) {
      await assertPortFree(ports.api, 'PORT');
      const location = { repoRoot: options.repoRoot, logDir, runDir, onLine: (line: string) => options.onAppLine?.('api', line) };
      services.api = await reporter.step('API', () => startApp(apiApp(location, appEnv), started), () => apiUrl);
    }
    return {
      appEnv,
      urls: {
        api: `${apiUrl}/api/v1`,
        docs: `${apiUrl}/api/docs`,
        temporalUi: services.temporal && !options.ephemeral ? `http://localhost:${ports.temporalUi}` : null,
        meilisearch: meili.url,
      },
      services,
      seed,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

function track<T extends StackService>(service: T, services: Partial<Record<ServiceName, StackService>>, started: StackService[]): T {
  services[service.name as ServiceName] = service;
  started.push(service);
  return service;
}

async function startPostgres(
  options: LaunchOptions,
  logDir: string,
  runDir: string,
  password: string,
  services: Partial<Record<ServiceName, StackService>>,
  started: StackService[],
): Promise<string> {
  const external = options.env.DATABASE_URL;
  if (external) {
    return options.reporter.step('PostgreSQL', async () => {
      await waitFor('PostgreSQL at DATABASE_URL', () => postgresAnswers(external), { timeoutMs: 30_000, intervalMs: 500 });
      return external;
    }, () => 'external (DATABASE_URL)');
  }
  return options.reporter.step('PostgreSQL', async () => {
    await assertPortFree(options.ports.postgres, 'PG_PORT');
    const pg = track(
      new EmbeddedPostgres({ dataDir: options.dataDir, logDir, runDir, port: options.ports.postgres, password, ephemeral: options.ephemeral }),
      services,
      started,
    );
    await pg.start();
    return pg.url;
  }, () => `embedded, 127.0.0.1:${options.ports.postgres}`);
}

async function startTemporal(
  options: LaunchOptions,
  dataDir: string,
  logDir: string,
  runDir: string,
  namespace: string,
  services: Partial<Record<ServiceName, StackService>>,
  started: StackService[],
): Promise<string> {
  const external = options.env.TEMPORAL_ADDRESS;
  if (external) {
    return options.reporter.step('Temporal', async () => {
      await waitFor(`Temporal at TEMPORAL_ADDRESS=${external}`, () => temporalIsServing(external, namespace), { timeoutMs: 30_000, intervalMs: 500 });
      return external;
    }, () => 'external (TEMPORAL_ADDRESS)');
  }
  return options.reporter.step('Temporal', async () => {
    await assertPortFree(options.ports.temporal, 'TEMPORAL_PORT');
    if (!options.ephemeral) await assertPortFree(options.ports.temporalUi, 'TEMPORAL_UI_PORT');
    const temporal = track(
      new TemporalDevServer({
        dataDir,
        logDir,
        runDir,
        toolsDir: options.toolsDir,
        port: options.ports.temporal,
        uiPort: options.ports.temporalUi,
        namespace,
        headless: options.ephemeral,
        env: options.env,
        progress: (message) => options.reporter.info(`    ${message}`),
      }),
      services,
      started,
    );
    await temporal.start();
    return temporal.address;
  }, () => `dev server, 127.0.0.1:${options.ports.temporal}`);
}

async function startMeilisearch(
  options: LaunchOptions,
  dataDir: string,
  logDir: string,
  runDir: string,
  masterKey: string,
  services: Partial<Record<ServiceName, StackService>>,
  started: StackService[],
): Promise<{ url: string; masterKey: string | undefined }> {
  const external = options.env.MEILI_URL;
  if (external) {
    return options.reporter.step('Meilisearch', async () => {
      await waitFor(`Meilisearch at MEILI_URL=${external}`, () => meilisearchIsAvailable(external), { timeoutMs: 30_000, intervalMs: 500 });
      return { url: external, masterKey: options.env.MEILI_MASTER_KEY };
    }, () => 'external (MEILI_URL)');
  }
  return options.reporter.step('Meilisearch', async () => {
    await assertPortFree(options.ports.meilisearch, 'MEILI_PORT');
    const meili = track(
      new MeilisearchServer({ dataDir, logDir, runDir, port: options.ports.meilisearch, masterKey, env: options.env }),
      services,
      started,
    );
    await meili.start();
    return { url: meili.url, masterKey };
  }, () => `embedded, 127.0.0.1:${options.ports.meilisearch}`);
}

export interface AppLocation {
  repoRoot: string;
  logDir: string;
  runDir: string;
  onLine?: (line: string) => void;
}

/** The worker as a stack service: ready once it logs `worker.ready` (connected and polling). */
export function workerApp(location: AppLocation, env: NodeJS.ProcessEnv, name = 'worker'): NodeApp {
  let ready = false;
  const { WORKER_HEAP_MB } = loadEnv({ WORKER_HEAP_MB: workerEnv.WORKER_HEAP_MB }, env);
  return new NodeApp({
    name,
    entry: 'apps/worker/src/main.ts',
    nodeArgs: [`--max-old-space-size=${WORKER_HEAP_MB}`],
    env,
    ...location,
    onLine: (line) => {
      if (line.includes('"event":"worker.ready"')) ready = true;
      location.onLine?.(line);
    },
    ready: () => ready,
  });
}

/** The API as a stack service on env.PORT: ready once GET /api/v1/health answers. */
export function apiApp(location: AppLocation, env: NodeJS.ProcessEnv, name = 'api'): NodeApp {
  const url = `http://127.0.0.1:${env.PORT}/api/v1/health`;
  return new NodeApp({
    name,
    entry: 'apps/api/src/main.ts',
    env,
    ...location,
    ready: async () => (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok,
  });
}

async function startApp(app: NodeApp, started: StackService[]): Promise<NodeApp> {
  started.push(app);
  await app.start();
  return app;
}

function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}


import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadEnv, stackEnv } from '@legis/runtime';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-seed';
import { launchStack, type RunningStack } from './stack/launcher';
import { bold, consoleReporter, dim, red } from './stack/reporter';
import { StackError } from './stack/stack-error';

const USAGE = `Usage: npm start [-- --reset]

Runs PostgreSQL, Temporal and Meilisearch (embedded unless DATABASE_URL, TEMPORAL_ADDRESS or
MEILI_URL are set), applies migrations, seeds demo data, then starts the worker and the API.
  --reset   delete the local data directory (${'.data/'}) first
`;

async function main(): Promise<void> {
  // A closed terminal or pipe must not crash the launcher before it has stopped its children.
  process.stdout.on('error', () => undefined);
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length > 0) throw new StackError(`Unknown option ${unknown.join(' ')}.\n${USAGE}`);

  const env = loadEnv(stackEnv);
  const repoRoot = path.resolve(__dirname, '..');
  const dataDir = path.resolve(repoRoot, env.LEGIS_DATA_DIR);
  const reporter = consoleReporter();
  if (args.includes('--reset')) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    reporter.info(dim(`Removed ${dataDir}`));
  }
  reporter.info(bold(`Starting the Legis local stack`) + dim(` (data in ${path.relative(process.cwd(), dataDir) || dataDir}/)`));
  const started = Date.now();
  const running: { stack?: RunningStack } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      reporter.info(red('Forced exit.'));
      process.exit(130);
    }
    stopping = true;
    reporter.info(`\n${signal}: stopping the API and worker (draining), then the engines… (Ctrl-C again to force)`);
    await running.stack?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const stack = await launchStack({
    repoRoot,
    dataDir,
    toolsDir: path.resolve(repoRoot, env.LEGIS_TOOLS_DIR),
    env: process.env,
    ports: { postgres: env.PG_PORT, temporal: env.TEMPORAL_PORT, temporalUi: env.TEMPORAL_UI_PORT, meilisearch: env.MEILI_PORT, api: Number(process.env.PORT || 3000) },
    ephemeral: false,
    apps: ['worker', 'api'],
    seedDemo: env.SEED_DEMO,
    reporter,
    onAppLine: (app, line) => echoProblems(app, line),
  });
  running.stack = stack;
  if (stopping) return;
  const { urls } = stack;
  reporter.info(`\n${bold(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)}`);
  reporter.info(`  API           ${urls.api}`);
  reporter.info(`  OpenAPI docs  ${urls.docs}`);
  reporter.info(`  Temporal UI   ${urls.temporalUi ?? dim('(external Temporal: see its own UI)')}`);
  reporter.info(`  Meilisearch   ${urls.meilisearch}`);
  reporter.info(`  Logs          ${path.join(path.relative(process.cwd(), dataDir) || dataDir, 'logs')}/`);
  if (stack.seed) {
    reporter.info(`\n  Demo users (password ${bold(DEMO_PASSWORD)}): ${DEMO_USERS.map((u) => u.email).join(', ')}`);
  }
  reporter.info(dim('\nPress Ctrl-C to stop.'));
}

/** Shows warnings and errors from the API and worker on the console; everything is in .data/logs. */
function echoProblems(app: string, line: string): void {
  const match = /"level":"(warn|error|fatal)"/.exec(line);
  if (!match) return;
  try {
    const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
    process.stdout.write(`${red(`[${app} ${match[1]}]`)} ${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}\n`);
  } catch {
    process.stdout.write(`${red(`[${app}]`)} ${line}\n`);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof StackError || error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`\n${red('Could not start the stack:')} ${message}\n`);
  process.exit(1);
});

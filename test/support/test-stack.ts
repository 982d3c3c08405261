import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killStaleProcesses } from '../../scripts/stack/managed-process';
import { launchStack, type RunningStack, type StackPorts } from '../../scripts/stack/launcher';
import { findFreePort } from '../../scripts/stack/ports';
import { silentReporter } from '../../scripts/stack/reporter';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
const TEST_DIR_PREFIX = 'legis-test-';

/** Variables that would point the launcher at external services (engines, mail); tests always run their own. */
const EXTERNAL_ENGINE_VARIABLES = ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'PORT', 'SMTP_URL'];

export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // A small upload limit lets tests cross it without shipping megabytes; every corpus file fits.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', UPLOAD_MAX_BYTES: String(6 * 1024 * 1024), ...extra };
  for (const name of EXTERNAL_ENGINE_VARIABLES) if (!(name in extra)) delete env[name];
  return env;
}

export async function freePorts(): Promise<StackPorts> {
  const [postgres, temporal, temporalUi, meilisearch, api] = await Promise.all([1, 2, 3, 4, 5].map(() => findFreePort()));
  return { postgres, temporal, temporalUi, meilisearch, api };
}

/**
 * A whole stack in a fresh temporary directory on free ports, started through the same launcher as
 * `npm start`. The global setup starts one shared by every test file; tests that stop engines start
 * their own.
 */
export async function startTestStack(options: { apps: ('worker' | 'api')[]; seedDemo?: boolean; env?: NodeJS.ProcessEnv }): Promise<RunningStack & { dataDir: string; ports: StackPorts }> {
  await cleanUpAbandonedTestStacks();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), TEST_DIR_PREFIX));
  fs.writeFileSync(path.join(dataDir, 'owner.pid'), String(process.pid));
  const ports = await freePorts();
  const stack = await launchStack({
    repoRoot: REPO_ROOT,
    dataDir,
    toolsDir: TOOLS_DIR,
    env: testEnv(options.env),
    ports,
    ephemeral: true,
    apps: options.apps,
    seedDemo: options.seedDemo ?? true,
    reporter: silentReporter(),
  });
  return {
    ...stack,
    dataDir,
    ports,
    stop: async () => {
      await stack.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Removes test stacks whose jest process died without tearing them down. */
async function cleanUpAbandonedTestStacks(): Promise<void> {
  for (const entry of fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(TEST_DIR_PREFIX))) {
    const dir = path.join(os.tmpdir(), entry);
    const owner = Number(readOrEmpty(path.join(dir, 'owner.pid')));
    if (owner > 0 && isAlive(owner)) continue;
    await killStaleProcesses(path.join(dir, 'run'));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

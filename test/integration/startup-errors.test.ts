import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchStack } from '../../scripts/stack/launcher';
import { silentReporter } from '../../scripts/stack/reporter';
import { sharedStack } from '../support/shared-stack';
import { freePorts, REPO_ROOT, testEnv, TOOLS_DIR } from '../support/test-stack';

function runApp(entry: string, env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', entry], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
}

describe('configuration is validated at start-up', () => {
  it('the API exits listing every invalid variable', () => {
    const result = runApp('apps/api/src/main.ts', { PATH: process.env.PATH, PORT: 'eighty', DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(78);
    for (const variable of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL']) expect(result.stderr).toContain(`${variable}:`);
  });

  it('the worker exits listing every invalid variable', () => {
    const result = runApp('apps/worker/src/main.ts', { PATH: process.env.PATH, TEMPORAL_ADDRESS: 'no-port', MEILI_URL: 'not a url' });
    expect(result.status).toBe(78);
    for (const variable of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'MEILI_URL']) expect(result.stderr).toContain(`${variable}:`);
  });
});

describe('the launcher explains what it cannot do', () => {
  const shared = sharedStack();
  /** Reuse the shared PostgreSQL and Temporal, so only the engine under test is started. */
  const externalEngines = { DATABASE_URL: shared.appEnv.DATABASE_URL, TEMPORAL_ADDRESS: shared.appEnv.TEMPORAL_ADDRESS };

  async function launch(env: NodeJS.ProcessEnv, portOverrides: Partial<Awaited<ReturnType<typeof freePorts>>> = {}) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'legis-launch-'));
    try {
      return await launchStack({
        repoRoot: REPO_ROOT,
        dataDir,
        toolsDir: TOOLS_DIR,
        env: testEnv(env),
        ports: { ...(await freePorts()), ...portOverrides },
        ephemeral: true,
        apps: [],
        seedDemo: false,
        reporter: silentReporter(),
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  it('names the port and its variable when a port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(launch(externalEngines, { meilisearch: port })).rejects.toThrow(`Port ${port} is already in use. Stop what listens there or set MEILI_PORT`);
    } finally {
      blocker.close();
    }
  });

  it.each([
    ['MEILI_BIN', { MEILI_BIN: '/nonexistent/meilisearch' }],
    ['TEMPORAL_CLI', { TEMPORAL_CLI: '/nonexistent/temporal', TEMPORAL_ADDRESS: undefined }],
  ])('names %s when it points at no executable', async (variable, env) => {
    await expect(launch({ ...externalEngines, ...env })).rejects.toThrow(`${variable}=/nonexistent`);
  });
});

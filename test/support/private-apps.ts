import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { apiApp, workerApp } from '../../scripts/stack/launcher';
import type { NodeApp } from '../../scripts/stack/node-app';
import { findFreePort } from '../../scripts/stack/ports';
import { ApiClient } from './api-client';
import { sharedStack } from './shared-stack';
import { REPO_ROOT } from './test-stack';

/**
 * A worker and an API of a test's own, on the shared engines but on a private task queue, so the
 * test can kill and restart them, or configure them (`extraEnv`), without disturbing other test files.
 */
export async function privateApps(extraEnv: NodeJS.ProcessEnv = {}): Promise<{ api: ApiClient; startWorker: () => Promise<NodeApp>; apiApp: NodeApp; env: NodeJS.ProcessEnv; stop: () => Promise<void> }> {
  const shared = sharedStack();
  const id = randomUUID().slice(0, 8);
  const port = await findFreePort();
  const env = { ...shared.appEnv, ...extraEnv, TEMPORAL_TASK_QUEUE: `private-${id}`, PORT: String(port) };
  const location = { repoRoot: REPO_ROOT, logDir: path.join(shared.dataDir, 'logs', `private-${id}`), runDir: path.join(shared.dataDir, 'run') };
  const workers: NodeApp[] = [];
  const startWorker = async () => {
    const worker = workerApp(location, env, `worker-${id}-${workers.length}`);
    workers.push(worker);
    await worker.start();
    return worker;
  };
  const api = apiApp(location, env, `api-${id}`);
  await api.start();
  return {
    api: new ApiClient(`http://127.0.0.1:${port}/api/v1`),
    startWorker,
    apiApp: api,
    env,
    stop: async () => {
      await api.stop();
      for (const worker of workers) await worker.stop();
    },
  };
}

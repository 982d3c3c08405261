import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SHARED_STACK_VARIABLE, type SharedStackInfo } from './shared-stack';
import { startTestStack } from './test-stack';

/** Starts the shared stack (engines, migrations, demo seed, worker, API) once for all integration tests. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const stack = await startTestStack({ apps: ['worker', 'api'] });
  const info: SharedStackInfo = {
    apiUrl: stack.urls.api,
    appEnv: stack.appEnv,
    dataDir: stack.dataDir,
    meiliUrl: stack.urls.meilisearch,
  };
  const file = path.join(stack.dataDir, 'stack.json');
  fs.writeFileSync(file, JSON.stringify(info));
  process.env[SHARED_STACK_VARIABLE] = file;
  (globalThis as { __legisStack?: typeof stack }).__legisStack = stack;
  process.stdout.write(`\nshared test stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${stack.dataDir})\n`);
}

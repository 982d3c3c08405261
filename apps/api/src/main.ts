import 'reflect-metadata';
import { ConfigError, createLogger, exitWithParent } from '@legis/runtime';
import { loadApiConfig, type ApiConfig } from './api.config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  let config: ApiConfig;
  try {
    config = loadApiConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`api: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger('api', config.logLevel);
  const app = await createApp(config, logger);
  exitWithParent(() => {
    logger.warn('launcher is gone; stopping');
    void app.close().then(() => process.exit(0));
  });
  await app.listen(config.port, config.host);
  logger.info({ event: 'api.listening', port: config.port, host: config.host }, `API listening on ${config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`api: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

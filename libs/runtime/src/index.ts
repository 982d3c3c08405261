export { ConfigError, type ConfigIssue } from './config/config-error';
export { apiEnv, databaseEnv, intakeEnv, loggingEnv, nationalDbEnv, proceduresEnv, provinceEnv, searchEnv, stackEnv, temporalEnv, workerEnv } from './config/env-schema';
export { loadEnv, type Env } from './config/load-env';
export { exitWithParent } from './exit-with-parent';
export { createLogger, type Logger } from './logger';
export { settingsFrom } from './config/settings-from';

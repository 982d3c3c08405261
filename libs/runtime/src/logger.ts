import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino) on stdout. `service` names the process; request and workflow ids are
 * added by child loggers where they are known.
 */
export function createLogger(service: 'api' | 'worker' | 'cli', level: string, extra: LoggerOptions = {}): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'accessToken'], censor: '[redacted]' },
    ...extra,
  });
}

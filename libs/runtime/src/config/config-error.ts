/** One invalid or missing environment variable. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/**
 * Thrown at start-up when the environment does not validate. It lists every problem at once, so an
 * operator fixes the configuration in one pass instead of one restart per variable.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'),
    );
  }
}

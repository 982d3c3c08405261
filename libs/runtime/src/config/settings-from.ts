import { ConfigError } from './config-error';

/**
 * Checks a JSON settings variable (PROCEDURE_SETTINGS, CONTROL_SETTINGS) with the resolver of the
 * domain at start-up: its per-field refusals become a ConfigError naming the variable, so a typo
 * stops the process with a clear message instead of surfacing at the first draft.
 */
export function settingsFrom<T>(variable: string, overrides: Record<string, unknown>, resolve: (overrides: Record<string, unknown>) => T): T {
  try {
    return resolve(overrides);
  } catch (error) {
    const fieldErrors = (error as { details?: { fieldErrors?: { field: string; message: string }[] } }).details?.fieldErrors;
    if (!fieldErrors) throw error;
    throw new ConfigError(fieldErrors.map((problem) => ({ variable, message: `${problem.field} ${problem.message}` })));
  }
}

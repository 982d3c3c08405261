import { z } from 'zod';
import { ConfigError } from './config-error';

export type Env = Record<string, string | undefined>;

/**
 * Validates `env` against a shape of per-variable schemas and returns the typed values.
 * Empty strings count as unset, so `FOO=` in an env file falls back to the default.
 */
export function loadEnv<Shape extends z.ZodRawShape>(shape: Shape, env: Env = process.env): z.infer<z.ZodObject<Shape>> {
  const present = Object.fromEntries(
    Object.keys(shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = z.object(shape).safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: issue.path.length > 0 ? issue.path.join('.') : '(environment)',
        message: issue.message,
      })),
    );
  }
  return result.data;
}

import { ConfigError } from './config-error';
import { apiEnv, databaseEnv } from './env-schema';
import { loadEnv } from './load-env';

describe('loadEnv', () => {
  it('applies defaults and coerces numbers', () => {
    const config = loadEnv(apiEnv, { JWT_SECRET: 'x'.repeat(32), PORT: '4000' });
    expect(config.PORT).toBe(4000);
    expect(config.LOGIN_MAX_FAILURES).toBe(5);
  });

  it('lists every invalid variable at once', () => {
    const attempt = () => loadEnv({ ...apiEnv, ...databaseEnv }, { PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigError).issues.map((i) => i.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'JWT_SECRET', 'PORT']);
      expect((error as ConfigError).message).toContain('JWT_SECRET: is required');
    }
  });

  it('treats empty strings as unset so defaults apply', () => {
    expect(loadEnv(apiEnv, { JWT_SECRET: 'y'.repeat(40), PORT: '' }).PORT).toBe(3000);
  });
});

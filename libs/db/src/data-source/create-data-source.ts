import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseConfig {
  url: string;
  poolMax?: number;
  /** Shows in pg_stat_activity, so an operator can tell the API's connections from the worker's. */
  applicationName?: string;
}

/** The one DataSource definition. Migrations run as an explicit step; `synchronize` is never used. */
export function createDataSource(config: DatabaseConfig): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: config.poolMax ?? 10,
    applicationName: config.applicationName ?? 'legis',
    extra: { connectionTimeoutMillis: 5000, idle_in_transaction_session_timeout: 60_000 },
  });
}

/** Applies pending migrations in one transaction each; returns the names applied. */
export async function runMigrations(config: DatabaseConfig): Promise<string[]> {
  const dataSource = createDataSource({ ...config, poolMax: 2, applicationName: 'legis-migrate' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

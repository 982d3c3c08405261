import 'reflect-metadata';
import { runMigrations } from '@legis/db';
import { ConfigError, databaseEnv, loadEnv } from '@legis/runtime';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (the compose `migrate` service runs this too). */
async function main(): Promise<void> {
  const { DATABASE_URL } = loadEnv({ DATABASE_URL: databaseEnv.DATABASE_URL });
  const applied = await runMigrations({ url: DATABASE_URL });
  process.stdout.write(applied.length === 0 ? 'Schema is up to date.\n' : `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:migrate: ${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { loadEnv, databaseEnv } from '@legis/runtime';
import { createDataSource } from './create-data-source';

/**
 * Entry for the TypeORM CLI (migration:generate / migration:show):
 * `node -r @swc-node/register node_modules/typeorm/cli.js -d libs/db/src/data-source/typeorm-cli.data-source.ts …`
 */
export default createDataSource({ url: loadEnv({ DATABASE_URL: databaseEnv.DATABASE_URL }).DATABASE_URL });

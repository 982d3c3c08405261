import { Client } from 'pg';
import { sharedStack } from './shared-stack';

/** Runs `work` with a direct PostgreSQL connection to the shared stack, for assertions on stored rows. */
export async function withDatabase<T>(work: (client: Client) => Promise<T>, url = sharedStack().appEnv.DATABASE_URL): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

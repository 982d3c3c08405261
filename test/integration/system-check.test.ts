import { ApiClient } from '../support/api-client';
import { signIn, signInAdmin } from '../support/actors';
import { withDatabase } from '../support/database';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const api = new ApiClient(sharedStack().apiUrl);

describe('system check through the API', () => {
  it('runs API → Temporal → worker → PostgreSQL and Meilisearch and reports what it read back', async () => {
    const admin = await signInAdmin(api);
    const started = await admin.post('/admin/system-check', {});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'RUNNING', statusUrl: `/api/v1/admin/system-check/${started.body.id}` });
    const done = await eventually(() => admin.get(`/admin/system-check/${started.body.id}`), (r) => r.body.status !== 'RUNNING');
    expect(done.body).toMatchObject({
      status: 'COMPLETED',
      result: { postgres: { ok: true, rows: 1, attempts: 1 }, meilisearch: { ok: true } },
    });
    await withDatabase(async (db) => {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [started.body.workflowId]);
      expect(rows[0].n).toBe(2); // systemCheck.start by the admin, systemCheck.completed by the workflow
    });
  });

  it('answers 404 for an unknown check and 403 for non-admins', async () => {
    const admin = await signInAdmin(api);
    expect((await admin.get('/admin/system-check/00000000-0000-0000-0000-000000000000')).body).toMatchObject({ status: 404, code: 'WORKFLOW_NOT_FOUND' });
    expect((await admin.get('/admin/system-check/not-a-uuid')).status).toBe(404);
    const drafter = await signIn(api, 'drafter@legis.local');
    expect((await drafter.post('/admin/system-check', {})).status).toBe(403);
  });

  it('rejects an out-of-range hold with 422', async () => {
    const admin = await signInAdmin(api);
    expect((await admin.post('/admin/system-check', { holdMs: 10_000_000 })).status).toBe(422);
  });
});

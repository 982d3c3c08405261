import { ApiClient, unique } from '../support/api-client';
import { signIn, signInAdmin } from '../support/actors';
import { withDatabase } from '../support/database';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('audit log', () => {
  it('records who created a user, from which request, without the password', async () => {
    const admin = await signInAdmin(api);
    const email = `${unique('audited')}@test.legis.local`;
    const requestId = unique('req');
    const created = await admin.post('/admin/users', { email, fullName: 'Được ghi vết', password: 'a-long-test-password', roles: ['inspector'] }, { 'x-request-id': requestId });
    const log = await admin.get(`/audit?action=user.create&entityId=${created.body.id}`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(1);
    const [entry] = log.body.items;
    expect(entry).toMatchObject({ actorType: 'user', actorEmail: 'admin@legis.local', entityType: 'user', requestId, after: { email, roles: ['inspector'] } });
    expect(JSON.stringify(entry)).not.toContain('a-long-test-password');
  });

  it('filters by time and paginates newest first', async () => {
    const admin = await signInAdmin(api);
    const since = new Date().toISOString();
    for (let i = 0; i < 3; i++) await admin.post('/admin/agencies', { code: unique('AUD').toUpperCase(), name: `Sở ${i}` });
    const first = await admin.get(`/audit?action=agency.create&from=${since}&pageSize=2`);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].after.name).toBe('Sở 2');
    const second = await admin.get(`/audit?action=agency.create&from=${since}&pageSize=2&page=2`);
    expect(second.body.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['Sở 0']);
  });

  it('is readable by admins only', async () => {
    const reviewer = await signIn(api, 'reviewer@legis.local');
    expect((await reviewer.get('/audit')).status).toBe(403);
  });

  it('cannot be updated, deleted or truncated, even directly in the database', async () => {
    await withDatabase(async (db) => {
      await expect(db.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'tampered'`);
      expect(rows[0].n).toBe(0);
    });
  });
});

import { signInAdmin } from '../support/actors';
import { withDatabase } from '../support/database';
import { privateApps } from '../support/private-apps';
import { eventually } from '../support/wait';

describe('a worker killed in the middle of an activity', () => {
  it('is replaced, and the system check completes exactly once with no duplicate rows', async () => {
    const apps = await privateApps();
    try {
      const firstWorker = await apps.startWorker();
      const admin = await signInAdmin(apps.api);
      const started = await admin.post('/admin/system-check', { holdMs: 20_000 });
      expect(started.status).toBe(202);
      const { workflowId } = started.body;

      // The first attempt has written its row and is holding (heartbeating) inside the activity.
      await eventually(() => withDatabase((db) => db.query('SELECT attempts FROM system_checks WHERE id = $1', [workflowId])), (r) => r.rowCount === 1);
      await firstWorker.kill();
      expect(firstWorker.running).toBe(false);
      await apps.startWorker();

      const done = await eventually(() => admin.get(`/admin/system-check/${started.body.id}`), (r) => r.body.status !== 'RUNNING', 60_000);
      expect(done.body.status).toBe('COMPLETED');
      expect(done.body.result.postgres).toEqual({ ok: true, rows: 1, attempts: 2 });
      expect(done.body.result.meilisearch.ok).toBe(true);
      await withDatabase(async (db) => {
        const rows = await db.query('SELECT attempts FROM system_checks WHERE id = $1', [workflowId]);
        expect(rows.rows).toEqual([{ attempts: 2 }]);
        const audit = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'systemCheck.completed' AND entity_id = $1`, [workflowId]);
        expect(audit.rows[0].n).toBe(1);
      });
    } finally {
      await apps.stop();
    }
  });
});

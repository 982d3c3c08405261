import type { DataSource } from 'typeorm';
import { SystemCheckEntity } from './system-check.entity';

export class SystemCheckRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the check's row, or counts one more attempt on it: a retry never adds a second row. */
  async recordAttempt(id: string, workerIdentity: string): Promise<SystemCheckEntity> {
    const rows: SystemCheckEntity[] = await this.dataSource.query(
      `INSERT INTO system_checks (id, attempts, worker_identity) VALUES ($1, 1, $2)
       ON CONFLICT (id) DO UPDATE SET attempts = system_checks.attempts + 1, worker_identity = EXCLUDED.worker_identity
       RETURNING id, attempts, worker_identity AS "workerIdentity", created_at AS "createdAt", completed_at AS "completedAt"`,
      [id, workerIdentity],
    );
    return rows[0];
  }

  async markCompleted(id: string): Promise<void> {
    await this.dataSource.getRepository(SystemCheckEntity).update({ id }, { completedAt: new Date() });
  }

  find(id: string): Promise<SystemCheckEntity | null> {
    return this.dataSource.getRepository(SystemCheckEntity).findOne({ where: { id } });
  }

  count(id: string): Promise<number> {
    return this.dataSource.getRepository(SystemCheckEntity).count({ where: { id } });
  }
}

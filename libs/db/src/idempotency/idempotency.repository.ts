import type { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export type IdempotencyClaim =
  | { outcome: 'claimed' }
  | { outcome: 'mismatch' }
  | { outcome: 'in_progress' }
  | { outcome: 'replay'; status: number; body: unknown };

/** Keys are kept this long; after that the same key starts a new request. */
const RETENTION_HOURS = 24;

export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims `key` for this request, or reports why it cannot (a different request, still running, or done). */
  async claim(scope: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`, [scope, key, RETENTION_HOURS]);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state) VALUES ($1, $2, $3, 'in_progress') ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, requestHash],
    );
    if (inserted.length > 0) return { outcome: 'claimed' };
    const existing = await this.dataSource.getRepository(IdempotencyKeyEntity).findOneBy({ scope, key });
    if (!existing) return this.claim(scope, key, requestHash);
    if (existing.requestHash !== requestHash) return { outcome: 'mismatch' };
    if (existing.state === 'in_progress') return { outcome: 'in_progress' };
    return { outcome: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody };
  }

  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKeyEntity).update({ scope, key }, { state: 'completed', responseStatus: status, responseBody: body as object });
  }

  /** A failed request releases its key: nothing was created, so the client may retry with it. */
  async release(scope: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKeyEntity).delete({ scope, key, state: 'in_progress' });
  }
}

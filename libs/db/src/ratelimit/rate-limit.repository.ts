import type { DataSource } from 'typeorm';

/** A sliding-window rate limit over `rate_events`. */
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one event for `key` unless `max` events already happened within `windowSeconds`; then
   * says how long to wait. Old events are pruned as a side effect.
   */
  async hit(key: string, max: number, windowSeconds: number): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      await manager.query(`DELETE FROM rate_events WHERE key = $1 AND occurred_at < now() - make_interval(secs => $2)`, [key, windowSeconds]);
      const rows: { n: number; oldest: Date | null }[] = await manager.query('SELECT count(*)::int AS n, min(occurred_at) AS oldest FROM rate_events WHERE key = $1', [key]);
      const { n, oldest } = rows[0];
      if (n >= max) {
        const elapsed = oldest ? (Date.now() - new Date(oldest).getTime()) / 1000 : 0;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)) };
      }
      await manager.query('INSERT INTO rate_events (key) VALUES ($1)', [key]);
      return { allowed: true };
    });
  }
}

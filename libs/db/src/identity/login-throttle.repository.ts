import type { DataSource } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';

/** Counts failed logins per (e-mail, client address) within a sliding window. */
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recentFailures(email: string, ip: string, windowSeconds: number): Promise<{ count: number; oldest: Date | null }> {
    const row = await this.dataSource
      .getRepository(LoginFailureEntity)
      .createQueryBuilder('f')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(f.occurredAt)', 'oldest')
      .where('f.email = :email AND f.ip = :ip', { email: email.toLowerCase(), ip })
      .andWhere(`f.occurredAt > now() - make_interval(secs => :window)`, { window: windowSeconds })
      .getRawOne<{ count: string; oldest: Date | null }>();
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailureEntity).insert({ email: email.toLowerCase(), ip });
  }

  async clear(email: string, ip: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailureEntity).delete({ email: email.toLowerCase(), ip });
  }
}

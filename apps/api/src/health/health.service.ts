import { temporalIsHealthy } from '@legis/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../api.config';
import { API_CONFIG } from '../common/infrastructure/tokens';

export type Dependency = 'postgres' | 'temporal' | 'meilisearch';

export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

const TIMEOUT_MS = 2000;

/** Probes each dependency in parallel, each with its own short timeout, so one slow engine cannot stall the others. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(Meilisearch) private readonly meili: Meilisearch,
  ) {}

  async check(): Promise<Record<Dependency, DependencyCheck>> {
    const [postgres, temporal, meilisearch] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => temporalIsHealthy(this.temporal, this.config.temporal.namespace, TIMEOUT_MS)),
      probe(() => this.meili.health()),
    ]);
    return { postgres, temporal, meilisearch };
  }
}

async function probe(run: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', latencyMs: Date.now() - started, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

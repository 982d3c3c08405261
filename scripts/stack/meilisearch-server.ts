import fs from 'node:fs';
import path from 'node:path';
import { ManagedProcess } from './managed-process';
import type { StackService } from './service';
import { resolveMeilisearch } from './tools';
import { waitFor } from './wait-for';

export interface MeilisearchServerOptions {
  dataDir: string;
  logDir: string;
  runDir: string;
  port: number;
  masterKey: string;
  env: { MEILI_BIN?: string };
}

/** A local Meilisearch 1.21 with its database in `<dataDir>/meilisearch`. */
export class MeilisearchServer implements StackService {
  readonly name = 'meilisearch';
  private process: ManagedProcess | undefined;

  constructor(private readonly options: MeilisearchServerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  async start(): Promise<void> {
    const { options } = this;
    const binary = resolveMeilisearch(options.env);
    const home = path.join(options.dataDir, 'meilisearch');
    fs.mkdirSync(home, { recursive: true });
    this.process = new ManagedProcess({
      name: this.name,
      command: binary,
      args: [
        '--db-path',
        path.join(home, 'data.ms'),
        '--dump-dir',
        path.join(home, 'dumps'),
        '--snapshot-dir',
        path.join(home, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${options.port}`,
        // One argument: a base64url key may start with "-", which would read as another option.
        `--master-key=${options.masterKey}`,
        '--env',
        'development',
        '--no-analytics',
        '--log-level',
        'WARN',
      ],
      cwd: home,
      logFile: path.join(options.logDir, 'meilisearch.log'),
      runDir: options.runDir,
    });
    this.process.start();
    const proc = this.process;
    await waitFor('Meilisearch', () => meilisearchIsAvailable(this.url), {
      timeoutMs: 60_000,
      abort: () => (proc.exited ? `exited (${proc.exited.code ?? proc.exited.signal}):\n${proc.tail()}` : undefined),
    });
  }

  async stop(): Promise<void> {
    await this.process?.stop();
  }

  async kill(): Promise<void> {
    await this.process?.kill();
  }
}

export async function meilisearchIsAvailable(url: string): Promise<boolean> {
  const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
  return response.ok;
}

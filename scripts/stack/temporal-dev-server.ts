import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { ManagedProcess } from './managed-process';
import type { StackService } from './service';
import { resolveTemporalCli, type Progress } from './tools';
import { waitFor } from './wait-for';

export interface TemporalDevServerOptions {
  dataDir: string;
  logDir: string;
  runDir: string;
  toolsDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  /** No Web UI (tests): less memory, one port fewer. */
  headless: boolean;
  env: { TEMPORAL_CLI?: string };
  progress: Progress;
}

/** `temporal server start-dev` with its state in a SQLite file, so workflows survive restarts. */
export class TemporalDevServer implements StackService {
  readonly name = 'temporal';
  private process: ManagedProcess | undefined;

  constructor(private readonly options: TemporalDevServerOptions) {}

  get address(): string {
    return `127.0.0.1:${this.options.port}`;
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  async start(): Promise<void> {
    const { options } = this;
    const cli = await resolveTemporalCli(options.env, options.toolsDir, options.progress);
    const stateDir = path.join(options.dataDir, 'temporal');
    fs.mkdirSync(stateDir, { recursive: true });
    const args = [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--db-filename',
      path.join(stateDir, 'temporal.sqlite'),
      '--namespace',
      options.namespace,
      '--log-level',
      'warn',
      '--log-format',
      'json',
    ];
    args.push(...(options.headless ? ['--headless'] : ['--ui-port', String(options.uiPort)]));
    this.process = new ManagedProcess({
      name: this.name,
      command: cli,
      args,
      logFile: path.join(options.logDir, 'temporal.log'),
      runDir: options.runDir,
    });
    this.process.start();
    const proc = this.process;
    await waitFor('Temporal', () => temporalIsServing(this.address, options.namespace), {
      timeoutMs: 90_000,
      intervalMs: 300,
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

/** True when the frontend answers and the namespace exists (start-dev registers it a moment after binding). */
export async function temporalIsServing(address: string, namespace: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } finally {
    await connection.close();
  }
}

import path from 'node:path';
import { ManagedProcess } from './managed-process';
import type { StackService } from './service';
import { waitFor } from './wait-for';

export interface NodeAppOptions {
  name: string;
  entry: string;
  /** Node options before the entry (`--max-old-space-size=…`). */
  nodeArgs?: string[];
  env: NodeJS.ProcessEnv;
  repoRoot: string;
  logDir: string;
  runDir: string;
  /** Resolves true once the app is serving. */
  ready: (app: ManagedProcess) => Promise<boolean> | boolean;
  onLine?: (line: string) => void;
  stopTimeoutMs?: number;
}

/**
 * One of our Node apps (API or worker) run from TypeScript source through @swc-node/register.
 * LEGIS_PARENT_PID makes the app exit if the launcher dies without stopping it.
 */
export class NodeApp implements StackService {
  private process: ManagedProcess | undefined;

  constructor(private readonly options: NodeAppOptions) {}

  get name(): string {
    return this.options.name;
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<void> {
    const { options } = this;
    const proc = new ManagedProcess({
      name: options.name,
      command: process.execPath,
      args: ['--enable-source-maps', ...(options.nodeArgs ?? []), '-r', '@swc-node/register', path.join(options.repoRoot, options.entry)],
      cwd: options.repoRoot,
      env: { ...options.env, LEGIS_PARENT_PID: String(process.pid) },
      logFile: path.join(options.logDir, `${options.name}.log`),
      runDir: options.runDir,
      stopTimeoutMs: options.stopTimeoutMs ?? 40_000,
      onLine: options.onLine,
    });
    this.process = proc;
    proc.start();
    await waitFor(options.name, () => options.ready(proc), {
      timeoutMs: 120_000,
      intervalMs: 250,
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

import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const SANDBOX_SCRIPT = path.join(__dirname, 'parser-sandbox.cjs');
const MAX_STDERR = 4096;

export interface SandboxPoolOptions {
  /** V8 heap limit of each process, the memory budget of one job. */
  maxHeapMb: number;
  /** An idle process is stopped after this long. Default 5 s: warm while jobs keep coming, no memory held after. */
  idleMs?: number;
  /** Idle processes kept at most. Default: the number of CPUs, at most 4. */
  maxIdle?: number;
  /** A process serves at most this many jobs. Default 100. */
  maxJobs?: number;
}

/** A parser process lent out for one job. */
export interface SandboxProcess {
  readonly child: ChildProcess;
  /** What the process wrote to stderr since it was lent out (an out-of-memory report, say). */
  stderr: string;
  jobs: number;
}

/**
 * Parser processes kept warm between jobs. A fresh process reads a PDF two to five times slower
 * than one that has read PDFs before (pdf.js is not compiled yet), which made extraction of short
 * documents mostly start-up. A process is reused only after a job that ended cleanly and left
 * less than a quarter of its heap limit in use (at most 128 MB); any failure, limit, timeout or
 * abort kills it. Idle processes do not keep the parent alive and exit with it.
 */
export class SandboxPool {
  private readonly idle: { process: SandboxProcess; timer: NodeJS.Timeout }[] = [];
  private readonly idleMs: number;
  private readonly maxIdle: number;
  private readonly maxJobs: number;
  private readonly reuseBelowHeapMb: number;

  constructor(private readonly options: SandboxPoolOptions) {
    this.idleMs = options.idleMs ?? 5_000;
    this.maxIdle = options.maxIdle ?? Math.min(4, availableParallelism());
    this.maxJobs = options.maxJobs ?? 100;
    this.reuseBelowHeapMb = Math.min(128, options.maxHeapMb / 4);
  }

  get idleCount(): number {
    return this.idle.length;
  }

  /** An idle process if there is one, else a new one. */
  acquire(): SandboxProcess {
    let entry = this.idle.pop();
    while (entry && !entry.process.child.connected) {
      this.retire(entry.process);
      entry = this.idle.pop();
    }
    if (entry) clearTimeout(entry.timer);
    const process = entry?.process ?? this.spawn();
    keepParentAlive(process.child, true);
    process.stderr = '';
    process.jobs += 1;
    return process;
  }

  /** Takes a process back after its job: kept idle if `heapUsedMb` (null: the job failed) allows it, else killed. */
  release(process: SandboxProcess, heapUsedMb: number | null): void {
    const reusable = heapUsedMb !== null && heapUsedMb < this.reuseBelowHeapMb && process.jobs < this.maxJobs && this.idle.length < this.maxIdle;
    if (!reusable || !process.child.connected) {
      process.child.kill('SIGKILL');
      return;
    }
    keepParentAlive(process.child, false);
    const timer = setTimeout(() => this.retire(process), this.idleMs);
    timer.unref();
    this.idle.push({ process, timer });
  }

  private retire(process: SandboxProcess): void {
    this.forget(process);
    process.child.kill('SIGKILL');
  }

  private forget(process: SandboxProcess): void {
    const index = this.idle.findIndex((entry) => entry.process === process);
    if (index < 0) return;
    clearTimeout(this.idle[index].timer);
    this.idle.splice(index, 1);
  }

  private spawn(): SandboxProcess {
    const child = fork(SANDBOX_SCRIPT, [], {
      execArgv: [`--max-old-space-size=${this.options.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const process: SandboxProcess = { child, stderr: '', jobs: 0 };
    child.stderr?.on('data', (chunk: Buffer) => {
      if (process.stderr.length < MAX_STDERR) process.stderr += chunk.toString('utf8');
    });
    // A process that dies while idle just leaves the pool; one that dies in a job fails that job.
    child.on('close', () => this.forget(process));
    child.on('error', () => this.forget(process));
    return process;
  }
}

/** Whether the child (its process handle, IPC channel and stderr pipe) keeps the parent's event loop running. */
function keepParentAlive(child: ChildProcess, alive: boolean): void {
  const handles: ({ ref(): unknown; unref(): unknown } | null | undefined)[] = [child, child.channel, child.stderr as unknown as { ref(): unknown; unref(): unknown } | null];
  for (const handle of handles) {
    if (alive) handle?.ref();
    else handle?.unref();
  }
}

const pools = new Map<number, SandboxPool>();

/** The process-wide pool for one heap limit. */
export function sandboxPool(maxHeapMb: number): SandboxPool {
  let pool = pools.get(maxHeapMb);
  if (!pool) {
    pool = new SandboxPool({ maxHeapMb });
    pools.set(maxHeapMb, pool);
  }
  return pool;
}

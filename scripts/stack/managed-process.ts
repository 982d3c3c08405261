import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProcessSpec {
  /** Short name used in logs, pid files and messages ("postgres", "api"). */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Where stdout and stderr are appended. */
  logFile: string;
  /** Directory for the pid file that lets the next start clean up after a hard kill. */
  runDir: string;
  stopSignal?: NodeJS.Signals;
  stopTimeoutMs?: number;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * A child process in its own process group, with its output teed to a log file and a pid file on
 * disk. Each child gets its own group so that Ctrl-C reaches only the launcher, which then stops the
 * children in dependency order.
 */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exitInfo: ExitInfo | undefined;
  private exitPromise: Promise<ExitInfo> | undefined;
  private readonly recent: string[] = [];

  constructor(readonly spec: ProcessSpec) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get exited(): ExitInfo | undefined {
    return this.exitInfo;
  }

  get running(): boolean {
    return this.child !== undefined && this.exitInfo === undefined;
  }

  start(): void {
    const { spec } = this;
    fs.mkdirSync(path.dirname(spec.logFile), { recursive: true });
    fs.mkdirSync(spec.runDir, { recursive: true });
    const log = fs.createWriteStream(spec.logFile, { flags: 'a' });
    this.exitInfo = undefined;
    this.recent.length = 0;
    const [command, args] = withParentDeathSignal(spec.command, spec.args, spec.stopSignal ?? 'SIGTERM');
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      uid: spec.uid,
      gid: spec.gid,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of ['stdout', 'stderr'] as const) {
      const source = child[stream];
      if (!source) continue;
      source.pipe(log, { end: false });
      readline.createInterface({ input: source }).on('line', (line) => {
        this.recent.push(line);
        if (this.recent.length > 40) this.recent.shift();
        spec.onLine?.(line, stream);
      });
    }
    this.exitPromise = new Promise((resolve) => {
      child.once('error', (error) => {
        this.recent.push(`failed to start ${spec.command}: ${error.message}`);
        this.exitInfo = { code: -1, signal: null };
        resolve(this.exitInfo);
      });
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        fs.rmSync(this.pidFile, { force: true });
        log.end();
        resolve(this.exitInfo);
      });
    });
    if (child.pid) fs.writeFileSync(this.pidFile, `${child.pid}\n${spec.command}\n`);
  }

  /** The last lines the process printed, for error messages. */
  tail(lines = 15): string {
    return this.recent.slice(-lines).join('\n');
  }

  /** Sends the stop signal to the process group, then SIGKILL after the timeout. */
  async stop(): Promise<void> {
    if (!this.running || !this.child?.pid) return;
    this.signalGroup(this.spec.stopSignal ?? 'SIGTERM');
    const escalation = setTimeout(() => this.signalGroup('SIGKILL'), this.spec.stopTimeoutMs ?? 15_000);
    await this.exitPromise;
    clearTimeout(escalation);
  }

  /** SIGKILL without a chance to clean up: what a crash looks like. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.signalGroup('SIGKILL');
    await this.exitPromise;
  }

  private signalGroup(signal: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (!pid) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // The group may already be gone.
    }
  }

  private get pidFile(): string {
    return path.join(this.spec.runDir, `${this.spec.name}.pid`);
  }
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => fs.existsSync(file));

/**
 * Wraps the command in `setpriv --pdeathsig`, so the kernel signals the child when the launcher dies
 * for any reason, SIGKILL included. setpriv execs the command, so the pid stays the child's own.
 * Without setpriv (not Linux, or no util-linux) the next start cleans up through the pid files.
 */
function withParentDeathSignal(command: string, args: string[], signal: NodeJS.Signals): [string, string[]] {
  if (!SETPRIV) return [command, args];
  return [SETPRIV, ['--pdeathsig', signal.replace(/^SIG/, ''), '--', command, ...args]];
}

/**
 * Kills process groups recorded by a previous run in `runDir` that are still alive (the launcher was
 * killed with SIGKILL, or the machine lost power mid-shutdown). A pid is killed only when its command
 * line still names the recorded binary, so a recycled pid is left alone.
 */
export async function killStaleProcesses(runDir: string): Promise<string[]> {
  if (!fs.existsSync(runDir)) return [];
  const killed: string[] = [];
  for (const file of fs.readdirSync(runDir).filter((f) => f.endsWith('.pid'))) {
    const [pidText, command] = fs.readFileSync(path.join(runDir, file), 'utf8').split('\n');
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid > 1 && command && commandLineOf(pid).includes(path.basename(command))) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        process.kill(pid, 'SIGKILL');
      }
      killed.push(file.replace(/\.pid$/, ''));
      await waitUntilGone(pid);
    }
    fs.rmSync(path.join(runDir, file), { force: true });
  }
  return killed;
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 50 && commandLineOf(pid) !== ''; i++) await sleep(100);
}

import fs from 'node:fs';
import os from 'node:os';
import { processTree } from './process-tree';

/** Small helpers of the drafts benchmark: percentiles, a bounded pool, CPU time per stack component. */

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in the unit of the samples, rounded to 0.1. */
export function distribution(samples: number[]): Distribution {
  if (samples.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, p50: round1(at(50)), p95: round1(at(95)), p99: round1(at(99)), max: round1(sorted[sorted.length - 1]), mean: round1(mean) };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Runs `work` for every index with at most `limit` at once; settles every one. */
export async function pool<T>(count: number, limit: number, work: (index: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await work(index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  return results;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Cumulative CPU ticks of each stack component (our children) and of the whole machine. */
export interface CpuSnapshot {
  at: number;
  byComponent: Record<string, number>;
  machineBusy: number;
  machineTotal: number;
}

/** Which part of the stack a process is, from its command line. */
function componentOf(pid: number): string {
  if (pid === process.pid) return 'bench';
  let cmdline: string;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'gone';
  }
  if (cmdline.includes('apps/api/src/main.ts')) return 'api';
  if (cmdline.includes('apps/worker/src/main.ts')) return 'worker';
  if (/\btemporal\b.*start-dev/.test(cmdline)) return 'temporal';
  if (/postgres/.test(cmdline)) return 'postgres';
  if (/meilisearch/.test(cmdline)) return 'meilisearch';
  if (/xmllint/.test(cmdline)) return 'xmllint';
  return 'other';
}

/**
 * CPU ticks (user + system, plus those of reaped children: PostgreSQL backends, xmllint) of every
 * process under this one, grouped by component; and the machine's busy/total ticks from /proc/stat,
 * so the share of other users of the machine shows.
 */
export function cpuSnapshot(): CpuSnapshot {
  const byComponent: Record<string, number> = {};
  for (const pid of processTree(process.pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      const component = componentOf(pid);
      byComponent[component] = (byComponent[component] ?? 0) + ticks;
    } catch {
      // Ended while we looked.
    }
  }
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + (cpu[4] ?? 0);
  const total = cpu.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { at: Date.now(), byComponent, machineBusy: total - idle, machineTotal: total };
}

/** CPU seconds each component used between two snapshots, and what the rest of the machine used. */
export function cpuBetween(
  before: CpuSnapshot,
  after: CpuSnapshot,
): { seconds: number; cpuSecondsByComponent: Record<string, number>; stackCpuSeconds: number; machineBusyCpuSeconds: number; othersOnMachineCpuSeconds: number; machineCapacityCpuSeconds: number } {
  const cpuSecondsByComponent: Record<string, number> = {};
  let ours = 0;
  for (const [component, ticks] of Object.entries(after.byComponent)) {
    const used = Math.max(0, ticks - (before.byComponent[component] ?? 0)) / TICKS_PER_SECOND;
    if (used > 0) cpuSecondsByComponent[component] = round1(used);
    ours += used;
  }
  const busy = (after.machineBusy - before.machineBusy) / TICKS_PER_SECOND;
  return {
    seconds: round1((after.at - before.at) / 1000),
    cpuSecondsByComponent,
    stackCpuSeconds: round1(ours),
    machineBusyCpuSeconds: round1(busy),
    othersOnMachineCpuSeconds: round1(Math.max(0, busy - ours)),
    machineCapacityCpuSeconds: round1((after.machineTotal - before.machineTotal) / TICKS_PER_SECOND),
  };
}

/** Load averages every few seconds while a phase runs. */
export class LoadSampler {
  private readonly samples: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 5000) {
    this.timer = setInterval(() => this.samples.push(os.loadavg()[0]), intervalMs);
    this.timer.unref();
  }

  stop(): { min: number; mean: number; max: number } {
    clearInterval(this.timer);
    if (this.samples.length === 0) this.samples.push(os.loadavg()[0]);
    const mean = this.samples.reduce((sum, value) => sum + value, 0) / this.samples.length;
    return { min: round2(Math.min(...this.samples)), mean: round2(mean), max: round2(Math.max(...this.samples)) };
  }
}

export const loadAverage = () => os.loadavg().map(round2);

export function progress(message: string): void {
  process.stderr.write(`[bench:drafts ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

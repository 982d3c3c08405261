import os from 'node:os';

/** Latency summary in milliseconds, one decimal. */
export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;
export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(samples: readonly number[]): LatencySummary {
  const mean = samples.reduce((sum, s) => sum + s, 0) / Math.max(1, samples.length);
  return { n: samples.length, p50: round1(percentile(samples, 50)), p95: round1(percentile(samples, 95)), max: round1(Math.max(...samples)), mean: round1(mean) };
}

/** Runs `work` and returns its result with the elapsed milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Wall times of the bench's phases, in the order they ran. */
export class PhaseClock {
  private readonly phases: Record<string, number> = {};
  private readonly started = performance.now();

  private readonly loads: Record<string, number> = {};

  /** Runs a phase, logging its start and end on stderr and recording its wall time and load. */
  async run<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    this.loads[name] = Math.round(os.loadavg()[0] * 100) / 100;
    process.stderr.write(`[search bench] ${name.replace(/Ms$/, '')}…\n`);
    try {
      return await work();
    } finally {
      this.phases[name] = Math.round(performance.now() - t);
      process.stderr.write(`[search bench] ${name.replace(/Ms$/, '')}: ${this.phases[name]} ms\n`);
    }
  }

  /** The 1-minute load average when each phase started (other work on the machine shows here). */
  loadAtStart(): Record<string, number> {
    return { ...this.loads };
  }

  report(): Record<string, number> {
    return { ...this.phases, totalMs: Math.round(performance.now() - this.started) };
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time; results in item order. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i], i);
  });
  await Promise.all(lanes);
  return results;
}

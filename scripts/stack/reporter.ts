/** How the launcher tells a person (or a test log) what it is doing. */
export interface StackReporter {
  info(message: string): void;
  /** Runs one start-up step and reports its outcome and duration. */
  step<T>(label: string, run: () => Promise<T>, describe?: (result: T) => string): Promise<T>;
}

const isTty = process.stdout.isTTY === true;
const paint = (code: number, text: string) => (isTty ? `\x1b[${code}m${text}\x1b[0m` : text);
export const green = (text: string) => paint(32, text);
export const red = (text: string) => paint(31, text);
export const dim = (text: string) => paint(2, text);
export const bold = (text: string) => paint(1, text);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function consoleReporter(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): StackReporter {
  return {
    info: (message) => write(message),
    async step(label, run, describe) {
      const started = Date.now();
      write(dim(`  … ${label}`));
      try {
        const result = await run();
        const detail = describe ? describe(result) : '';
        write(`  ${green('✔')} ${label.padEnd(14)} ${detail.padEnd(44)} ${dim(seconds(Date.now() - started))}`);
        return result;
      } catch (error) {
        write(`  ${red('✖')} ${label.padEnd(14)} ${dim(seconds(Date.now() - started))}`);
        throw error;
      }
    },
  };
}

/** Collects timings without printing (tests and benchmarks). */
export function silentReporter(timings: Record<string, number> = {}): StackReporter & { timings: Record<string, number> } {
  return {
    timings,
    info: () => undefined,
    async step(label, run) {
      const started = Date.now();
      const result = await run();
      timings[label] = Date.now() - started;
      return result;
    },
  };
}

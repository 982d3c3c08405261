/** A one-line progress display that redraws in place on a terminal and prints sparsely otherwise. */
export class ProgressLine {
  private lastPrinted = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number, total: number, detail: string): void {
    const width = 28;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${detail}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line.padEnd(this.stream.columns ? this.stream.columns - 1 : 100)}`);
    } else if (Date.now() - this.lastPrinted > 5000 || done === total) {
      this.lastPrinted = Date.now();
      this.stream.write(`${line}\n`);
    }
  }

  end(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}

/**
 * Runs async work one piece at a time, in call order: two actions arriving together must not both
 * compute their transition from the same state. Deterministic (plain promise chaining).
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

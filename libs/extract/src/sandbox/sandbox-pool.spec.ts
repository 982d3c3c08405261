import { once } from 'node:events';
import { extractText } from '../extract-text';
import { corpusPdf } from '../test-fixtures/corpus';
import { SandboxPool, type SandboxProcess } from './sandbox-pool';

jest.setTimeout(30_000);

const exited = (sandbox: SandboxProcess) => (sandbox.child.exitCode !== null || sandbox.child.signalCode !== null ? Promise.resolve() : once(sandbox.child, 'exit'));

describe('SandboxPool', () => {
  it('lends the same warm process again after a clean job', async () => {
    const pool = new SandboxPool({ maxHeapMb: 256, idleMs: 60_000 });
    const first = pool.acquire();
    pool.release(first, 10);
    const second = pool.acquire();
    expect(second.child.pid).toBe(first.child.pid);
    expect(second.jobs).toBe(2);
    pool.release(second, null);
    await exited(second);
  });

  it('kills a process whose job failed and lends a fresh one next', async () => {
    const pool = new SandboxPool({ maxHeapMb: 256, idleMs: 60_000 });
    const failed = pool.acquire();
    pool.release(failed, null);
    await exited(failed);
    const next = pool.acquire();
    expect(next.child.pid).not.toBe(failed.child.pid);
    expect(next.child.connected).toBe(true);
    pool.release(next, null);
  });

  it('does not keep a process that still holds a quarter of its heap limit', async () => {
    const pool = new SandboxPool({ maxHeapMb: 256, idleMs: 60_000 });
    const sandbox = pool.acquire();
    pool.release(sandbox, 64);
    await exited(sandbox);
    expect(pool.idleCount).toBe(0);
  });

  it('stops a process that stays idle', async () => {
    const pool = new SandboxPool({ maxHeapMb: 256, idleMs: 50 });
    const sandbox = pool.acquire();
    pool.release(sandbox, 10);
    expect(pool.idleCount).toBe(1);
    await exited(sandbox);
    expect(pool.idleCount).toBe(0);
  });

  it('retires a process after its last allowed job', async () => {
    const pool = new SandboxPool({ maxHeapMb: 256, idleMs: 60_000, maxJobs: 2 });
    const sandbox = pool.acquire();
    pool.release(sandbox, 10);
    pool.release(pool.acquire(), 10);
    await exited(sandbox);
    expect(pool.idleCount).toBe(0);
  });
});

describe('extraction through the shared pool', () => {
  it('reads a document normally right after a parse was killed for its time limit', async () => {
    const decree = corpusPdf('congbao_nd-158-2025-nd-cp.pdf');
    await expect(extractText({ bytes: decree }, { timeoutMs: 100 })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE', limit: 'time' });
    const first = await extractText({ bytes: corpusPdf('hanoi_nq-hdnd_11-2025.pdf') }, { ocr: false });
    const again = await extractText({ bytes: corpusPdf('hanoi_nq-hdnd_11-2025.pdf') }, { ocr: false });
    expect(first.text).toContain('Điều 1');
    expect(again.text).toBe(first.text);
  });
});

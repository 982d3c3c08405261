import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';
import { REAL_DAY_MS } from '../../workflows/src/contracts';
import { EffectLoop } from '../../workflows/src/shell/effect-loop';

/** Test-only workflow code (bundled by effect-loop.workflow.test.ts): the shared effect loop with one background task. */

export const finishProbeUpdate = defineUpdate<void>('finish');
export const releaseBackgroundSignal = defineSignal('releaseBackground');

class ProbeLoop extends EffectLoop<{ kind: 'finish' }> {
  released = false;
  projections = 0;

  holdInBackground(): void {
    this.inBackground('held work', () => condition(() => this.released));
  }

  finish(): Promise<void> {
    return this.serial.run(() => Promise.resolve(this.commit([{ kind: 'finish' }])));
  }

  run(): Promise<boolean> {
    return this.loop();
  }

  protected fireDueTimers(): void {}

  protected perform(): Promise<void> {
    this.finished = true;
    return Promise.resolve();
  }

  protected writeProjection(): Promise<void> {
    this.projections++;
    return Promise.resolve();
  }
}

/** Finishes on the `finish` update, with work still in the background until `releaseBackground`; returns the projections written. */
export async function effectLoopProbe(): Promise<number> {
  const loop = new ProbeLoop({ armed: [], effectSeq: 0, revision: 0, clock: { origin: new Date(0).toISOString(), dayMs: REAL_DAY_MS } }, []);
  loop.holdInBackground();
  setHandler(finishProbeUpdate, () => loop.finish());
  setHandler(releaseBackgroundSignal, () => void (loop.released = true));
  await loop.run();
  return loop.projections;
}

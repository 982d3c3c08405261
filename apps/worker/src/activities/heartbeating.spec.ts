import { MockActivityEnvironment } from '@temporalio/testing';
import { heartbeatingAll } from './heartbeating';

/** Runs `ms` of pretend work (on fake timers) as an activity and counts the heartbeats it sent. */
async function heartbeatsDuring(isLocal: boolean, ms: number): Promise<{ heartbeats: number; result: string }> {
  const env = new MockActivityEnvironment({ isLocal });
  let heartbeats = 0;
  env.on('heartbeat', () => heartbeats++);
  const { work } = heartbeatingAll({ work: (label: string) => new Promise<string>((resolve) => setTimeout(() => resolve(`${label} done`), ms)) });
  const running = env.run<[string], string, typeof work>(work, 'index');
  await jest.advanceTimersByTimeAsync(ms);
  return { heartbeats, result: await running };
}

describe('heartbeatingAll', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('heartbeats every 2 s while an activity task runs, and passes its arguments and result through', async () => {
    expect(await heartbeatsDuring(false, 4_300)).toEqual({ heartbeats: 2, result: 'index done' });
  });

  it('sends nothing for an activity shorter than the interval', async () => {
    expect(await heartbeatsDuring(false, 50)).toEqual({ heartbeats: 0, result: 'index done' });
  });

  it('leaves local activities alone: they run inside a workflow task and cannot heartbeat', async () => {
    expect(await heartbeatsDuring(true, 4_300)).toEqual({ heartbeats: 0, result: 'index done' });
  });
});

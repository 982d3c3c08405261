import { ensureIndexes, indexUid } from '@legis/search';
import { MeilisearchRequestError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { createWorkerMeiliClient } from '../../apps/worker/src/search/worker-meili-client';
import { searchTestEnv } from '../support/search-env';

/** The worker's Meilisearch client (one shared task poller for every write it waits on), on the real Meilisearch. */
const env = searchTestEnv();
const { config } = env;
const worker = createWorkerMeiliClient(config);
const provisionsIndex = indexUid(config, 'provisions');

beforeAll(() => ensureIndexes(worker, config));
afterAll(() => env.cleanup());

describe("the worker's Meilisearch client", () => {
  it('waits for several write tasks with one poll for all of them', async () => {
    const polls: number[][] = [];
    const getTasks = worker.tasks.getTasks.bind(worker.tasks);
    jest.spyOn(worker.tasks, 'getTasks').mockImplementation((query) => {
      polls.push([...((query?.uids as number[] | undefined) ?? [])]);
      return getTasks(query);
    });
    const enqueued = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => worker.index(provisionsIndex).updateDocuments([{ id: `poll-${n}`, text: `đợt ${n}` }])),
    );
    const tasks = await Promise.all(enqueued.map((task) => worker.tasks.waitForTask(task.taskUid, { timeout: 60_000 })));
    jest.restoreAllMocks();

    expect(tasks.map((task) => task.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(polls[0].sort((a, b) => a - b)).toEqual(enqueued.map((task) => task.taskUid).sort((a, b) => a - b));
  });

  it('gives up on a task that does not finish in time with MeilisearchTaskTimeOutError', async () => {
    await expect(worker.tasks.waitForTask(2_000_000_000, { timeout: 200 })).rejects.toBeInstanceOf(MeilisearchTaskTimeOutError);
  });

  it('fails the wait with the request error when Meilisearch cannot be reached', async () => {
    const unreachable = createWorkerMeiliClient({ ...config, url: 'http://127.0.0.1:9', timeoutMs: 1_000 });
    await expect(unreachable.tasks.waitForTask(1, { timeout: 5_000 })).rejects.toBeInstanceOf(MeilisearchRequestError);
  });
});

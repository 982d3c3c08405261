import 'reflect-metadata';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createDataSource } from '@legis/db';
import { ApiClient } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { answerAll, CYCLE, expectedLists, generateCampaignCorpus } from '../support/systematisation-corpus';
import { startTestStack } from '../support/test-stack';
import { eventually } from '../support/wait';
import { residentMemory } from './process-tree';

/**
 * `npm run bench:systematisation [-- --documents 20000] [-- --agencies 20]`
 *
 * A systematisation campaign over `--documents` generated documents on a fresh local stack: the
 * time to gather and assign them, for the agencies to record every result over HTTP (1,000 per
 * request), to classify them into the lists, and to export the largest list as CSV and DOCX; the
 * peak resident memory of the worker process (sampled every 100 ms). Progress on stderr, one JSON
 * document on stdout.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const progress = (message: string) => process.stderr.write(`[bench:systematisation] ${message}\n`);
const seconds = (from: number, to: number) => Math.round((to - from) / 10) / 100;

async function main(): Promise<void> {
  const documents = option('documents', 20_000);
  const agencyCount = option('agencies', 20);
  progress('starting the stack');
  const stack = await startTestStack({ apps: ['worker', 'api'] });
  const dataSource = createDataSource({ url: stack.appEnv.DATABASE_URL!, poolMax: 2 });
  await dataSource.initialize();
  const workerPid = (stack.services.worker as { pid?: number }).pid!;
  let peak = { process: 0, tree: 0 };
  const sample = () => {
    const memory = residentMemory(workerPid);
    const own = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${workerPid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    peak = { process: Math.max(peak.process, own), tree: Math.max(peak.tree, memory.totalMiB) };
    return own;
  };
  try {
    const api = new ApiClient(stack.urls.api);
    const admin = await signInAdmin(api);
    const agencies = new Map<string, ApiClient>();
    for (let i = 0; i < agencyCount; i++) {
      const user = await newUser(api, ['drafter']);
      agencies.set(user.agencyId!, user.client);
    }
    const leadAgencyId = [...agencies.keys()][0];
    progress(`generating ${documents} documents`);
    const generatingStarted = Date.now();
    const corpus = await generateCampaignCorpus(dataSource, { count: documents, tag: randomUUID().slice(0, 8), agencyIds: [...agencies.keys()], leadAgencyId });
    const generated = Date.now();
    const baseline = sample();
    const sampler = setInterval(sample, 100);

    progress('campaign started');
    const started = Date.now();
    const created = await admin.post('/systematisation/campaigns', { ...CYCLE, planRef: 'KH-BENCH', scope: { issuerIds: corpus.issuerIds }, leadAgencyId });
    if (created.status !== 201) throw new Error(`campaign refused: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.id as string;
    const campaign = () => admin.get(`/systematisation/campaigns/${id}`);
    const timeout = Math.max(120_000, documents * 30);
    await eventually(campaign, (r) => r.body.phase === 'REVIEWING', timeout, 200);
    const reviewing = Date.now();
    progress(`gathered and assigned in ${seconds(started, reviewing)} s; recording results`);
    await Promise.all([...agencies].map(([agencyId, client]) => answerAll(new Map([[agencyId, client]]), id, corpus.documents, 1000)));
    const answered = Date.now();
    progress(`results recorded in ${seconds(reviewing, answered)} s; classifying`);
    const completed = await eventually(campaign, (r) => r.body.phase === 'COMPLETED', timeout, 200);
    const done = Date.now();
    clearInterval(sampler);

    const expected = expectedLists(corpus.documents);
    const counts = completed.body.listCounts as Record<string, number>;
    const exact = Object.entries(expected).every(([list, ids]) => (counts[list] ?? 0) === ids.length);
    const exportTimes: Record<string, { ms: number; bytes: number }> = {};
    for (const format of ['csv', 'docx']) {
      const exportStarted = Date.now();
      const response = await admin.get(`/systematisation/campaigns/${id}/lists/compilation?format=${format}`);
      exportTimes[format] = { ms: Date.now() - exportStarted, bytes: Number(response.headers.get('content-length')) };
    }
    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'systematisation',
          documents,
          agencies: agencyCount,
          generateSeconds: seconds(generatingStarted, generated),
          campaign: {
            totalSeconds: seconds(started, done),
            gatherAndAssignSeconds: seconds(started, reviewing),
            recordResultsSeconds: seconds(reviewing, answered),
            classifySeconds: seconds(answered, done),
            workflowRuns: completed.body.live?.runs ?? null,
            listCounts: completed.body.listCounts,
            listsExact: exact,
          },
          worker: { baselineRssMiB: Math.round(baseline), peakRssMiB: Math.round(peak.process), peakProcessTreeRssMiB: Math.round(peak.tree) },
          exportCompilation: exportTimes,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await dataSource.destroy();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

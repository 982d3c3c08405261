import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_PROCEDURE_SETTINGS, type SettingKey } from '@legis/domain';
import { databaseEnv, workerEnv } from '@legis/runtime';
import { draftWorkflowId, intakeWorkflowId, publicationWorkflowId } from '@legis/workflows/contracts';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ApiClient } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { corpusDocument } from '../support/corpus';
import { docxOf } from '../support/docx';
import { startFakeNationalDb } from '../support/fake-national-db';
import { startTestStack } from '../support/test-stack';
import { runBare } from './drafts-bare';
import type { BareCounts } from './drafts-bare-workflow';
import { runDraftLifecycle, type ActionSample, type DraftActors, type DraftRun } from './drafts-flow';
import { actionPhases, historyFacts, mergeFacts, summarizeFacts, type ActionTask, type HistoryFacts } from './drafts-history';
import { cpuBetween, cpuSnapshot, distribution, LoadSampler, loadAverage, pool, progress, round1, round2 } from './drafts-stats';

/**
 * `npm run bench:drafts [-- --drafts 200] [-- --concurrency 200] [-- --day-seconds 0.1]
 *   [-- --set WORKER_MAX_CONCURRENT_ACTIVITIES=100 …] [-- --no-bare]`
 *
 * 1. `--drafts` committee decisions, `--concurrency` at a time, through the whole procedure over
 *    HTTP (proposal → … → sign → published → IN_FORCE) on the dev server, every rulebook setting
 *    at its minimum and a procedure day of `--day-seconds`: total time and workflows/s.
 * 2. The same number of bare workflows, each running as many no-op activities as its draft's
 *    workflow and publication child ran (counted from their histories, local activities
 *    included): the ratio (target ≤ 2×). When the drafts ran local activities, a second baseline
 *    runs those as local no-ops too (`bareSameKinds`, the stricter ratio).
 * 3. The latency of every POST /drafts/{id}/actions/{action} of run 1 (client side, and the API's
 *    own responseTime from its log): p50/p95/p99 per action and overall (target p95 ≤ 200 ms).
 * `--set KEY=VALUE` passes configuration to the API and the worker (before/after comparisons).
 * Progress on stderr, one JSON document on stdout.
 */

const TOKEN = 'bench-national-db-token';
/** The working-day calendar covers 1990–2100; a draft's procedure clock must stay inside it. */
const CALENDAR_END = Date.parse('2100-01-01T00:00:00Z');

interface Options {
  drafts: number;
  concurrency: number;
  daySeconds: number;
  agencies: number;
  appraisers: number;
  warmup: number;
  corpusId: string;
  bare: boolean;
  timeoutMinutes: number;
  idleSeconds: number;
  set: Record<string, string>;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, got ${raw}`);
    return parsed;
  };
  const set: Record<string, string> = {};
  argv.forEach((arg, index) => {
    if (arg !== '--set') return;
    const [key, ...rest] = (argv[index + 1] ?? '').split('=');
    if (!key || rest.length === 0) throw new Error(`--set takes KEY=VALUE, got ${argv[index + 1]}`);
    set[key] = rest.join('=');
  });
  const drafts = number('drafts', 200);
  return {
    drafts,
    concurrency: Math.max(1, number('concurrency', drafts)),
    daySeconds: number('day-seconds', 0.1),
    agencies: Math.max(1, number('agencies', 10)),
    appraisers: Math.max(1, number('appraisers', 5)),
    warmup: number('warmup', 1),
    corpusId: value('corpus-id') ?? 'tnt305-33afd0d9738224e1',
    bare: !argv.includes('--no-bare'),
    timeoutMinutes: number('timeout-minutes', 40),
    idleSeconds: number('idle-seconds', 10),
    set,
  };
}

/** Every numeric rulebook setting at its minimum: the shortest procedure the configuration allows. */
function minimalSettings(): Record<string, number> {
  const settings: Record<string, number> = {};
  for (const [key, descriptor] of Object.entries(DEFAULT_PROCEDURE_SETTINGS) as [SettingKey, { min?: number }][]) {
    if (descriptor.min !== undefined) settings[key] = descriptor.min;
  }
  return settings;
}

/** Server-side latency of the action POSTs in [from, to], from the API's request log (pino-http responseTime). */
function serverSideLatency(logFile: string, from: number, to: number) {
  const byAction: Record<string, number[]> = {};
  const all: number[] = [];
  if (!fs.existsSync(logFile)) return null;
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('/actions/') || !line.includes('responseTime')) continue;
    let entry: { time?: number; responseTime?: number; req?: { method?: string; url?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    const action = /\/actions\/([A-Za-z]+)/.exec(entry.req?.url ?? '')?.[1];
    if (entry.req?.method !== 'POST' || !action || entry.responseTime === undefined || (entry.time ?? 0) < from || (entry.time ?? 0) > to) continue;
    (byAction[action] ??= []).push(entry.responseTime);
    all.push(entry.responseTime);
  }
  return { overall: distribution(all), byAction: Object.fromEntries(Object.entries(byAction).map(([action, samples]) => [action, distribution(samples)])) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = loadAverage();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const settings = minimalSettings();
  const nationalDb = await startFakeNationalDb({ token: TOKEN });
  const env: NodeJS.ProcessEnv = {
    DRAFT_DAY_SECONDS: String(options.daySeconds),
    PROCEDURE_SETTINGS: JSON.stringify(settings),
    NATIONAL_DB_URL: nationalDb.url,
    NATIONAL_DB_TOKEN: TOKEN,
    ...options.set,
  };
  progress(`starting the stack (${JSON.stringify(options.set)}); load ${loadAtStart.join(' ')}`);
  const stackStarted = Date.now();
  const stack = await startTestStack({ apps: ['worker', 'api'], env });
  const result: Record<string, unknown> = {};
  try {
    progress(`stack ready in ${Date.now() - stackStarted} ms`);
    const namespace = stack.appEnv.TEMPORAL_NAMESPACE ?? 'default';
    const connection = await Connection.connect({ address: stack.appEnv.TEMPORAL_ADDRESS! });
    const temporal = new Client({ connection, namespace });
    const api = new ApiClient(stack.urls.api);
    const admin = await signInAdmin(api);
    const rules = await admin.get('/rules?regime=LAW64_87_2025&docType=COMMITTEE_DECISION&procedure=normal');
    const settingsInForce = Object.fromEntries(((rules.body.items?.[0]?.settings ?? []) as { key: string; value: unknown }[]).map((s) => [s.key, s.value]));
    // One after the other: a burst of sign-ins (scrypt) starves the API's new PostgreSQL connections,
    // whose SCRAM handshake needs the same libuv thread pool, and some fail after 5 s with a 500.
    const drafters: Awaited<ReturnType<typeof newUser>>[] = [];
    for (let i = 0; i < options.agencies; i++) drafters.push(await newUser(api, ['drafter']));
    const appraisers: Awaited<ReturnType<typeof newUser>>[] = [];
    for (let i = 0; i < options.appraisers; i++) appraisers.push(await newUser(api, ['appraiser']));
    const actorsOf = (index: number): DraftActors => ({ admin, drafter: drafters[index % drafters.length].client, appraiser: appraisers[index % appraisers.length].client });
    const text = corpusDocument(options.corpusId).text;
    // Distinct bytes per draft, so no intake step is skipped as a duplicate.
    const docxs = await Promise.all(Array.from({ length: options.drafts + options.warmup }, (_, index) => docxOf(`${text}\nBản dự thảo thử tải số ${index}.`)));

    const dayMs = options.daySeconds * 1000;
    const speed = 86_400 / options.daySeconds;
    const horizonMs = (CALENDAR_END - Date.now()) / speed;
    const timeoutMs = Math.min(options.timeoutMinutes * 60_000, horizonMs * 0.9);
    progress(`a procedure day lasts ${options.daySeconds} s: a draft may live ${round1(horizonMs / 60_000)} real minutes before its clock leaves the calendar; run timeout ${round1(timeoutMs / 60_000)} min`);

    const samples: ActionSample[] = [];
    const reads: number[] = [];
    const flow = (deadline: number, seqBase: number, record: (sample: ActionSample) => void) => (index: number, docx: Buffer) =>
      runDraftLifecycle(index, actorsOf(index), docx, { temporal, seq: seqBase + index, dayMs, deadline, record, recordRead: (ms) => reads.push(ms) });

    for (let index = 0; index < options.warmup; index++) {
      const warmStarted = Date.now();
      await flow(Date.now() + timeoutMs, 10, () => undefined)(index, docxs[options.drafts + index]);
      progress(`warm-up draft ${index + 1}/${options.warmup} in force after ${Date.now() - warmStarted} ms`);
    }
    reads.length = 0;

    // What the stack burns doing nothing (pollers, timers), to set against the runs.
    const idleBefore = cpuSnapshot();
    await sleep(options.idleSeconds * 1000);
    result.idle = cpuBetween(idleBefore, cpuSnapshot());

    // Run 1: the drafts.
    progress(`run 1: ${options.drafts} drafts, ${options.concurrency} at a time`);
    const load = new LoadSampler();
    const cpuBefore = cpuSnapshot();
    const started = Date.now();
    const deadline = started + timeoutMs;
    let finished = 0;
    const ticker = setInterval(() => progress(`run 1: ${samples.length} actions, ${finished}/${options.drafts} drafts in force, load ${loadAverage()[0]}`), 10_000);
    const runs = await pool(options.drafts, options.concurrency, async (index) => {
      const run = await flow(deadline, 1000, (sample) => samples.push(sample))(index, docxs[index]);
      finished++;
      return run;
    });
    clearInterval(ticker);
    const done = runs.filter((run): run is PromiseFulfilledResult<DraftRun> => run.status === 'fulfilled').map((run) => run.value);
    const failures = runs.filter((run): run is PromiseRejectedResult => run.status === 'rejected').map((run) => String(run.reason));
    const ended = done.length > 0 ? Math.max(...done.map((run) => run.finishedAt)) : Date.now();
    const draftMs = ended - started;
    const cpuDrafts = cpuBetween(cpuBefore, cpuSnapshot());
    const loadDuringDrafts = load.stop();
    const serverSide = serverSideLatency(path.join(stack.dataDir, 'logs', 'api.log'), started, ended);
    progress(`run 1: ${done.length}/${options.drafts} in force in ${draftMs} ms (${failures.length} failed)`);

    // Where the time went, and how many activities each draft ran (workflow + publication child).
    progress('reading histories');
    const draftFacts: HistoryFacts[] = [];
    const childFacts: HistoryFacts[] = [];
    const intakeFacts: HistoryFacts[] = [];
    const perDraft: BareCounts[] = [];
    const tasksByDocument = new Map<string, ActionTask[]>();
    await pool(done.length, 8, async (index) => {
      const run = done[index];
      const [draft, child, intake] = await Promise.all([
        historyFacts(temporal, draftWorkflowId(run.documentId)),
        historyFacts(temporal, publicationWorkflowId(run.documentId)),
        historyFacts(temporal, intakeWorkflowId(run.versionId)).catch(() => null),
      ]);
      draftFacts.push(draft);
      tasksByDocument.set(run.documentId, draft.actionTasks);
      childFacts.push(child);
      if (intake) intakeFacts.push(intake);
      perDraft[index] = { activities: draft.activityCount + child.activityCount, localActivities: draft.localActivityCount + child.localActivityCount };
    });

    const byAction: Record<string, number[]> = {};
    for (const sample of samples) (byAction[sample.action] ??= []).push(sample.ms);
    const overall = distribution(samples.map((sample) => sample.ms));
    const statuses: Record<string, number> = {};
    for (const sample of samples) statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
    const actionCount = perDraft.length > 0 ? distribution(perDraft.map((counts) => counts.activities + counts.localActivities)) : null;
    const localCount = perDraft.length > 0 ? distribution(perDraft.map((counts) => counts.localActivities)) : null;

    Object.assign(result, {
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadAtStart },
      config: {
        drafts: options.drafts,
        concurrency: options.concurrency,
        warmupDrafts: options.warmup,
        draftDaySeconds: options.daySeconds,
        procedureSettings: settingsInForce,
        corpusText: { id: options.corpusId, chars: text.length, docxBytes: docxs[0].length },
        overrides: options.set,
        workerMaxConcurrentActivities: workerEnv.WORKER_MAX_CONCURRENT_ACTIVITIES.parse(stack.appEnv.WORKER_MAX_CONCURRENT_ACTIVITIES),
        workerExtractConcurrency: workerEnv.WORKER_EXTRACT_CONCURRENCY.parse(stack.appEnv.WORKER_EXTRACT_CONCURRENCY),
        databasePoolMax: databaseEnv.DATABASE_POOL_MAX.parse(stack.appEnv.DATABASE_POOL_MAX),
        nationalDbSchemaValidation: nationalDb.schemaValidation,
      },
      drafts: {
        started: options.drafts,
        inForce: done.length,
        failed: failures.length,
        failures: failures.slice(0, 5),
        totalMs: draftMs,
        workflowsPerSecond: round2(done.length / (draftMs / 1000)),
        perDraftMs: distribution(done.map((run) => run.finishedAt - run.startedAt)),
        signToInForceMs: distribution(done.map((run) => run.finishedAt - run.signedAt)),
        consultationWaitMs: distribution(done.map((run) => run.consultationWaitMs)),
        activitiesPerDraft: actionCount,
        localActivitiesPerDraft: localCount,
        loadAverageDuring: loadDuringDrafts,
        cpu: cpuDrafts,
        stackCpuSecondsPerDraft: done.length > 0 ? round2(cpuDrafts.stackCpuSeconds / done.length) : null,
      },
      api: {
        targetP95Ms: 200,
        p95Met: overall.p95 <= 200,
        actionCalls: overall,
        actionPhases: actionPhases(samples, tasksByDocument),
        statuses,
        byAction: Object.fromEntries(Object.entries(byAction).map(([action, values]) => [action, distribution(values)])),
        serverSide,
        draftReadsMs: distribution(reads),
      },
      temporal: {
        draftWorkflows: summarizeFacts(mergeFacts(draftFacts), draftFacts.length),
        publicationChildren: summarizeFacts(mergeFacts(childFacts), childFacts.length),
        intakeWorkflows: summarizeFacts(mergeFacts(intakeFacts), intakeFacts.length),
      },
    });

    // Run 2 (and 3): the bare baselines.
    if (options.bare && perDraft.length > 0) {
      const baseline = async (label: string, counts: BareCounts[]) => {
        progress(`${label}: ${counts.length} bare workflows, ${counts.reduce((sum, c) => sum + c.activities, 0)} no-op activities, ${counts.reduce((sum, c) => sum + c.localActivities, 0)} local ones`);
        const bareLoad = new LoadSampler();
        const bareCpuBefore = cpuSnapshot();
        const bare = await runBare({
          address: stack.appEnv.TEMPORAL_ADDRESS!,
          namespace,
          client: temporal,
          counts,
          concurrency: options.concurrency,
          maxConcurrentActivityTaskExecutions: workerEnv.WORKER_MAX_CONCURRENT_ACTIVITIES.parse(stack.appEnv.WORKER_MAX_CONCURRENT_ACTIVITIES),
        });
        const bareCpu = cpuBetween(bareCpuBefore, cpuSnapshot());
        const ratio = draftMs / bare.totalMs;
        // Wall time is the target; CPU time (stack processes only) is less sensitive to other users of the machine.
        const cpuRatio = cpuDrafts.stackCpuSeconds / done.length / (bareCpu.stackCpuSeconds / Math.max(1, bare.completed));
        return {
          run: {
            ...bare,
            totalMs: Math.round(bare.totalMs),
            bundleMs: Math.round(bare.bundleMs),
            workflowsPerSecond: round2(bare.completed / (bare.totalMs / 1000)),
            activitiesPerSecond: round1((bare.activities + bare.localActivities) / (bare.totalMs / 1000)),
            loadAverageDuring: bareLoad.stop(),
            cpu: bareCpu,
            stackCpuSecondsPerWorkflow: round2(bareCpu.stackCpuSeconds / Math.max(1, bare.completed)),
          },
          ratio: { draftToBare: round2(ratio), target: 2, met: ratio <= 2, stackCpuDraftToBare: round2(cpuRatio) },
        };
      };
      // The baseline: every activity of the draft, local ones included, as a no-op activity task.
      const asTasks = await baseline('run 2', perDraft.map((counts) => ({ activities: counts.activities + counts.localActivities, localActivities: 0 })));
      result.bare = asTasks.run;
      result.ratio = asTasks.ratio;
      if (perDraft.some((counts) => counts.localActivities > 0)) {
        const sameKinds = await baseline('run 3', perDraft);
        result.bareSameKinds = sameKinds.run;
        result.ratioSameKinds = sameKinds.ratio;
      }
    }
    result.machine = { ...(result.machine as object), loadAverageAtEnd: loadAverage() };
    await connection.close();
  } finally {
    await stack.stop();
    await nationalDb.stop();
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

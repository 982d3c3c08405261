import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { createDataSource, DocumentEntity, DocumentRepository, IdentityRepository } from '@legis/db';
import { DOCUMENT_FIELD_NAMES, DOCUMENT_TYPE_OF, type ActionName, type ActionPayload, type ProcedureActor, type ProcedureSettings, type StartDraftInput } from '@legis/domain';
import { createMeiliClient } from '@legis/search';
import {
  DRAFT_WORKFLOW,
  draftActionUpdate,
  draftViewQuery,
  draftWorkflowId,
  extractQueue,
  INTAKE_WORKFLOW,
  intakeProgressQuery,
  intakeWorkflowId,
  REAL_DAY_MS,
  type DraftActionResult,
  type DraftView,
  type DraftWorkflowInput,
} from '@legis/workflows/contracts';
import type { WorkflowExecutionDescription, WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { buildActivityDependencies, createActivities, createExtractActivities, type ActivityDependencies } from '../../apps/worker/src/activities';
import { docxOf } from './docx';
import { startFakeNationalDb, type FakeNationalDb } from './fake-national-db';
import { sharedStack } from './shared-stack';
import { eventually, within } from './wait';
import { timeSkippingEnvironment, workflowBundle } from './workflow-env';

const { EventType } = temporal.api.enums.v1;
const TOKEN = 'draft-harness-token';
/** A step of these procedures takes seconds even on a loaded machine. */
const STALL_MS = 120_000;
/** How often a sleep checks the server's clock, and over how long it watches it creep. */
const CLOCK_CHECK_MS = 10_000;
const CLOCK_CREEP_MS = 5_000;
/** How long the stall report itself may take: the server may be what is stuck. */
const REPORT_MS = 20_000;
export const HISTORIES_DIR = path.resolve(__dirname, '../fixtures/histories');

/**
 * Draft workflows on the time-skipping test server with the real activities: PostgreSQL and
 * Meilisearch of the shared stack, intake of real texts, the strict fake National Legal Database.
 * Days pass with `skip`.
 */
export class DraftHarness {
  readonly taskQueue = `drafts-${randomUUID()}`;
  private readonly running: Promise<void>[] = [];
  private readonly workers: Worker[] = [];
  /** Every workflow this harness started, for the report on a stalled wait. */
  private readonly started: WorkflowHandle[] = [];

  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly dataSource: DataSource,
    readonly deps: ActivityDependencies,
    readonly nationalDb: FakeNationalDb,
  ) {}

  static async start(): Promise<DraftHarness> {
    const shared = sharedStack();
    const env = await timeSkippingEnvironment();
    const dataSource = createDataSource({ url: shared.appEnv.DATABASE_URL! });
    await dataSource.initialize();
    const nationalDb = await startFakeNationalDb({ token: TOKEN });
    const search = { url: shared.meiliUrl, apiKey: shared.appEnv.MEILI_MASTER_KEY, indexPrefix: '' };
    const deps = buildActivityDependencies(dataSource, createMeiliClient(search), search, 'draft-harness', {}, {
      provinceName: 'tỉnh Thử nghiệm',
      nationalDb: { baseUrl: nationalDb.url, credentials: { bearerToken: TOKEN } },
    });
    const harness = new DraftHarness(env, dataSource, deps, nationalDb);
    await harness.runWorkers(shared.dataDir);
    return harness;
  }

  private async runWorkers(cacheDir: string): Promise<void> {
    const bundle = await workflowBundle(cacheDir);
    const main = await Worker.create({ connection: this.env.nativeConnection, taskQueue: this.taskQueue, workflowBundle: bundle, activities: createActivities(this.deps) });
    const extract = await Worker.create({ connection: this.env.nativeConnection, taskQueue: extractQueue(this.taskQueue), activities: createExtractActivities(this.deps) });
    this.workers.push(main, extract);
    this.running.push(main.run(), extract.run());
  }

  async stop(): Promise<void> {
    for (const worker of this.workers) worker.shutdown();
    await Promise.allSettled(this.running);
    await this.env.teardown();
    await this.nationalDb.stop();
    await this.dataSource.destroy();
  }

  async agencyId(code: string): Promise<string> {
    return (await new IdentityRepository(this.dataSource).findAgencyByCode(code))!.id;
  }

  /** The document a proposal creates (as `POST /drafts` does). */
  async newDocument(start: Pick<StartDraftInput, 'docType' | 'title' | 'draftingAgencyId'>): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(DocumentEntity).insert({ id, kind: 'draft', docType: DOCUMENT_TYPE_OF[start.docType], title: start.title, draftingAgencyId: start.draftingAgencyId, isNormative: true, providedFields: [...DOCUMENT_FIELD_NAMES] });
    return id;
  }

  /** Stores a version of the draft and runs its real intake (extract, parse, index, overlap check). */
  async uploadVersion(documentId: string, text: string): Promise<{ versionId: string; versionNo: number; status: string }> {
    const bytes = await docxOf(text);
    const file = { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: 'du-thao.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    const repository = new DocumentRepository(this.dataSource);
    const version = await this.dataSource.transaction((manager) => repository.addVersion(manager, documentId, file, null));
    const handle = this.track(
      await this.env.client.workflow.start(INTAKE_WORKFLOW, {
        workflowId: intakeWorkflowId(version.id),
        taskQueue: this.taskQueue,
        args: [{ versionId: version.id, taskQueue: this.taskQueue }],
      }),
    );
    // Polled, not awaited with result(): waiting on a result lets the test server skip time, which
    // would fire the timers of the drafts under test.
    await eventually(() => handle.describe(), (description) => description.status.name !== 'RUNNING', 60_000);
    const progress = await this.diagnosed('intake progress', () => handle.query(intakeProgressQuery), handle);
    return { versionId: version.id, versionNo: version.versionNo, status: progress.status };
  }

  async startDraft(start: StartDraftInput, settings: Partial<ProcedureSettings> = {}): Promise<WorkflowHandle> {
    const input: DraftWorkflowInput = { start, settings, clock: { origin: new Date(Date.now()).toISOString(), dayMs: REAL_DAY_MS }, taskQueue: this.taskQueue };
    return this.track(await this.env.client.workflow.start(DRAFT_WORKFLOW, { workflowId: draftWorkflowId(start.documentId), taskQueue: this.taskQueue, args: [input] }));
  }

  act<N extends ActionName>(handle: WorkflowHandle, name: N, payload: ActionPayload<N>, actor: ProcedureActor): Promise<DraftActionResult> {
    return this.diagnosed(`action ${name}`, () => handle.executeUpdate(draftActionUpdate(name), { args: [{ payload, actor }] as never }), handle);
  }

  /** The workflow's result, diagnosed like an action when it does not come. */
  result<T>(handle: WorkflowHandle): Promise<T> {
    return this.diagnosed('result', () => handle.result() as Promise<T>, handle);
  }

  view(handle: WorkflowHandle): Promise<DraftView> {
    return this.diagnosed('view query', () => handle.query(draftViewQuery), handle);
  }

  /** Lets procedure time pass on the test server (timers fire, activities run). */
  skip(days: number): Promise<void> {
    return this.diagnosed(`skip of ${days} days`, () => this.sleepPastStuckClock(days * REAL_DAY_MS));
  }

  /**
   * `env.sleep`, watched. Now and then the Java test server stops skipping time for good right after
   * a draft that has just started an abandoned child completes (temporalio/sdk-java#2392 reports the
   * same with an abandoned child): a time-skipping lock is never released, so the server's clock
   * creeps at wall-clock speed towards a timer days away while nothing is left to run. When the clock
   * creeps and every workflow the harness started, children included, is idle (no pending activity,
   * no workflow task outstanding), nothing legitimate holds the lock: the harness releases it once
   * and says so on stderr.
   */
  private async sleepPastStuckClock(ms: number): Promise<void> {
    let slept = false;
    const sleep = this.env.sleep(ms).finally(() => (slept = true));
    sleep.catch(() => undefined);
    const checks = new AbortController();
    try {
      while (!slept) {
        await Promise.race([sleep, setTimeout(CLOCK_CHECK_MS, undefined, { signal: checks.signal })]);
        // Checked again after the watch: a sleep that ended meanwhile holds the client's own lock again.
        if (!slept && (await this.clockStuck()) && !slept) {
          await this.env.connection.testService?.unlockTimeSkipping({});
          console.warn(`DraftHarness: the test server's clock crept for ${CLOCK_CREEP_MS / 1000} s with every workflow idle during a sleep of ${ms / REAL_DAY_MS} days; released its stuck time-skipping lock`);
        }
      }
      await sleep;
    } finally {
      checks.abort();
    }
  }

  /** The server's clock moves at wall-clock speed (something holds time skipping) while no workflow has work. */
  private async clockStuck(): Promise<boolean> {
    const before = await this.env.currentTimeMs();
    await setTimeout(CLOCK_CREEP_MS);
    if ((await this.env.currentTimeMs()) - before > 2 * CLOCK_CREEP_MS) return false;
    const workflows = (await Promise.all(this.started.map((handle) => this.withChildren(handle)))).flat();
    return workflows.every(({ description, history }) => {
      const last = history.events?.at(-1)?.eventType;
      const taskOutstanding = last === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED || last === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED;
      return !taskOutstanding && (description.raw.pendingActivities?.length ?? 0) === 0;
    });
  }

  private track(handle: WorkflowHandle): WorkflowHandle {
    this.started.push(handle);
    return handle;
  }

  /**
   * A wait that should take seconds: past STALL_MS it fails with what the workflow (or, without one,
   * every workflow this harness started) is doing, instead of running into the test's timeout.
   */
  private diagnosed<T>(what: string, work: () => Promise<T>, handle?: WorkflowHandle): Promise<T> {
    return within(STALL_MS, work, async () => {
      const reports = await Promise.all((handle ? [handle] : this.started).map((each) => this.stallReport(each)));
      return new Error(`${what} took over ${STALL_MS / 1000} s:\n${reports.join('\n')}`);
    });
  }

  /** The workflow's state and last events, then the same for each child it started (they outlive it). */
  private async stallReport(handle: WorkflowHandle): Promise<string> {
    const report = async () =>
      (await this.withChildren(handle))
        .map(({ workflowId, description, history }) => {
          const pending = description.raw.pendingActivities?.map((activity) => `${activity.activityType?.name} (attempt ${activity.attempt}, ${activity.lastFailure?.message ?? 'no failure'})`) ?? [];
          const events = (history.events ?? []).slice(-15).map((event) => `${String(event.eventId)} ${EventType[event.eventType ?? 0]}`);
          return `${workflowId}: status ${description.status.name}; pending activities: ${pending.join(', ') || 'none'}\nlast events:\n${events.join('\n')}`;
        })
        .join('\n');
    return within(REPORT_MS, report, () => new Error('no answer')).catch((error: Error) => `${handle.workflowId}: no report (${error.message})`);
  }

  /** The workflow's description and history, then those of each child it started, and of theirs. */
  private async withChildren(handle: WorkflowHandle): Promise<{ workflowId: string; description: WorkflowExecutionDescription; history: temporal.api.history.v1.IHistory }[]> {
    const [description, history] = await Promise.all([handle.describe(), handle.fetchHistory()]);
    const children = (history.events ?? []).flatMap((event) => event.childWorkflowExecutionStartedEventAttributes?.workflowExecution?.workflowId ?? []);
    const descendants = await Promise.all(children.map((id) => this.withChildren(this.env.client.workflow.getHandle(id))));
    return [{ workflowId: handle.workflowId, description, history }, ...descendants.flat()];
  }

  /**
   * With RECORD_HISTORIES=1, saves the workflow's history under test/fixtures/histories, where the
   * replay test checks that today's workflow code still replays it.
   */
  async recordHistory(name: string, workflowId: string): Promise<void> {
    if (process.env.RECORD_HISTORIES !== '1') return;
    const history = await this.env.client.workflow.getHandle(workflowId).fetchHistory();
    fs.mkdirSync(HISTORIES_DIR, { recursive: true });
    fs.writeFileSync(path.join(HISTORIES_DIR, `${name}.json.gz`), gzipSync(`${historyToJSON(history)}\n`));
  }
}

/** `YYYY-MM-DD` plus days. */
export function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * REAL_DAY_MS).toISOString().slice(0, 10);
}

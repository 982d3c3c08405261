import { randomUUID } from 'node:crypto';
import { draftWorkflowId, publicationWorkflowId } from '@legis/workflows/contracts';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { Client as PgClient } from 'pg';
import { withDatabase } from '../support/database';
import { DraftFlow, draftActors, postWithin, SHORTENED_PROCEDURE } from '../support/draft-flow';
import { startFakeNationalDb } from '../support/fake-national-db';
import { privateApps } from '../support/private-apps';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const TOKEN = 'draft-crash-national-db-token';
const STARTED = proto.api.enums.v1.PendingActivityState.PENDING_ACTIVITY_STATE_STARTED;

/**
 * The worker is killed with SIGKILL (no graceful shutdown) while an activity of a draft is provably
 * in flight, then a new worker is started. The procedure must resume where it was, with every step
 * recorded once and every external effect made once.
 */
describe('a worker killed in the middle of a draft procedure', () => {
  let connection: Connection;
  let temporal: Client;

  beforeAll(async () => {
    const { appEnv } = sharedStack();
    connection = await Connection.connect({ address: appEnv.TEMPORAL_ADDRESS });
    temporal = new Client({ connection, namespace: appEnv.TEMPORAL_NAMESPACE || 'default' });
  });

  afterAll(async () => {
    await connection?.close();
  });

  it('during appraisal: an action sent meanwhile waits for the next worker and is done once, the pre-check is rebuilt, every step is recorded once', async () => {
    const apps = await privateApps(SHORTENED_PROCEDURE);
    try {
      const firstWorker = await apps.startWorker();
      const actors = await draftActors(apps.api);
      const flow = await DraftFlow.create(actors);
      await flow.takeTo('closeConsultation');
      const { versionId } = flow.version!;
      const workflow = temporal.workflow.getHandle(draftWorkflowId(flow.id));

      // The pre-check's write waits behind an uncommitted row of ours: the activity is in flight,
      // and the only one, when the worker dies.
      const gate = await holdPrecheckWrite(versionId, flow.id);
      try {
        expect(await flow.requestAppraisal()).toMatchObject({ state: 'APPRAISAL_REQUESTED' });
        await eventually(() => gate.blocked(), (blocked) => blocked === 1, 60_000);
        await eventually(() => pendingActivities(workflow), (pending) => pending.length === 1 && pending[0].name === 'buildAppraisalPrecheck' && pending[0].state === STARTED);
        await firstWorker.kill();
      } finally {
        await gate.release();
      }
      expect(firstWorker.running).toBe(false);

      // No worker: reads answer from the read model; an action is accepted by Temporal and waits
      // for a worker (no 503, no refusal), so a client with a timeout gives up without an answer.
      const down = await flow.view();
      expect(down).toMatchObject({ state: 'APPRAISAL_REQUESTED', source: 'readModel' });
      const key = randomUUID();
      const accept = (headers: Record<string, string> = {}) => flow.act(actors.appraiser.client, 'acceptForAppraisal', {}, headers);
      expect(await postWithin(actors.appraiser, `/drafts/${flow.id}/actions/acceptForAppraisal`, {}, 3_000, { 'idempotency-key': key })).toBeNull();
      const retriedWhileDown = await accept({ 'idempotency-key': key });
      expect(retriedWhileDown.status).toBe(409);
      expect(retriedWhileDown.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_USE' });
      expect(retriedWhileDown.headers.get('retry-after')).toBe('1');
      expect((await flow.view()).state).toBe('APPRAISAL_REQUESTED');

      const restartedAt = new Date();
      await apps.startWorker();

      // The action that waited is carried out once, by the new worker; a retry with its key then
      // gets that result replayed, and without a key the action is refused as done.
      const replayed = await eventually(() => accept({ 'idempotency-key': key }), (response) => response.status !== 409, 90_000);
      expect(replayed.status).toBe(200);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect(replayed.body).toMatchObject({ action: 'acceptForAppraisal', state: 'UNDER_APPRAISAL', entry: { event: 'acceptForAppraisal', from: 'APPRAISAL_REQUESTED' } });
      expect((await accept()).body).toMatchObject({ status: 409, code: 'ACTION_NOT_ALLOWED', state: 'UNDER_APPRAISAL' });

      // The pre-check is built again by the new worker (the row of the killed attempt, if it
      // landed, is replaced): one row for the version, one completed activity, after a retry.
      await eventually(
        () => withDatabase((db) => db.query('SELECT created_at FROM appraisal_prechecks WHERE version_id = $1', [versionId])),
        (rows) => rows.rowCount === 1 && rows.rows[0].created_at >= restartedAt,
        90_000,
      );
      expect((await flow.precheckBuilt()).precheck).toMatchObject({ versionId, summary: expect.objectContaining({ blocking: expect.any(Number) }) });
      const runs = await activityRuns(workflow, 'buildAppraisalPrecheck');
      expect(runs).toMatchObject({ scheduled: 1, completed: 1, attempts: [expect.any(Number)] });
      expect(runs.attempts[0]).toBeGreaterThanOrEqual(2);

      expect(await flow.submitAppraisalReport()).toMatchObject({ state: 'APPRAISED' });
      const after = await flow.view();
      expect(after.source).toBe('live');
      expect(eventsOf(after.history)).toEqual([
        'startDraft',
        'approveProposal',
        'addVersion',
        'openConsultation',
        'consultationPeriodElapsed',
        'closeConsultation',
        'requestAppraisal',
        'acceptForAppraisal',
        'submitAppraisalReport',
      ]);
      expect(after.history.map((entry: { seq: number }) => entry.seq)).toEqual(after.history.map((_: unknown, index: number) => index + 1));
    } finally {
      await apps.stop();
    }
  }, 300_000);

  it('during publication: the push whose answer was lost is repeated by the next worker, the receiver keeps one record, the gazette issue is assigned once', async () => {
    // The receiver stores the first push and holds its answer: the worker dies waiting for it.
    const nationalDb = await startFakeNationalDb({ token: TOKEN, delayFirst: { requests: 1, ms: 600_000 } });
    const apps = await privateApps({ ...SHORTENED_PROCEDURE, NATIONAL_DB_URL: nationalDb.url, NATIONAL_DB_TOKEN: TOKEN });
    try {
      const firstWorker = await apps.startWorker();
      const actors = await draftActors(apps.api);
      const flow = await DraftFlow.create(actors);
      await flow.takeTo('sign');
      const { number } = flow.signing!;
      const draft = temporal.workflow.getHandle(draftWorkflowId(flow.id));
      const publication = temporal.workflow.getHandle(publicationWorkflowId(flow.id));

      await eventually(
        () => Promise.resolve({ records: nationalDb.records.filter((record) => record.record.number === number).length, statuses: nationalDb.requests.map((request) => request.status) }),
        (seen) => seen.records === 1 && seen.statuses.length === 1 && seen.statuses[0] === null,
        60_000,
      );
      await eventually(() => pendingActivities(publication), (pending) => pending.length === 1 && pending[0].name === 'publishToNationalDb' && pending[0].state === STARTED);
      await eventually(() => pendingActivities(draft), (pending) => pending.length === 0);
      await firstWorker.kill();
      expect(firstWorker.running).toBe(false);
      await apps.startWorker();
      const done = await flow.ended(120_000);

      expect(done).toMatchObject({ state: 'IN_FORCE', outcome: 'inForce', procedureState: { publication: { gazette: expect.any(Object), nationalDatabase: expect.any(Object) } } });
      expect((await actors.drafter.client.get(`/documents/${flow.id}`)).body).toMatchObject({ kind: 'issued', number, validityStatus: 'IN_FORCE' });

      // One record at the receiver for two pushes: the held one, and the new worker's (answered 200, not 201).
      const records = nationalDb.records.filter((record) => record.record.number === number);
      expect(records).toHaveLength(1);
      // The repeated push carries the document as it is then: the same record ("unchanged") before the
      // entry into force, the new validity status ("updated", revision 2) after it.
      expect(records[0].revision).toBe(records[0].record.validityStatus === 'IN_FORCE' ? 2 : 1);
      expect(nationalDb.requests.map((request) => request.status)).toEqual([null, 200]);

      // The gazette published once, under the issue the procedure recorded.
      const timeline = (await actors.drafter.client.get(`/documents/${flow.id}/timeline`)).body;
      const published = timeline.events.filter((event: { kind: string }) => event.kind === 'publication');
      expect(published.map((event: { detail: { channel: string } }) => event.detail.channel).sort()).toEqual(['gazette', 'national_db']);
      const gazette = published.find((event: { detail: { channel: string } }) => event.detail.channel === 'gazette');
      expect(gazette.detail.externalId).toBe(done.procedureState.publication.gazette.reference);
      expect(published.find((event: { detail: { channel: string } }) => event.detail.channel === 'national_db').detail.externalId).toBe(records[0].publicationId);
      const changes = timeline.events.filter((event: { kind: string }) => event.kind === 'change').map((event: { title: string }) => event.title);
      expect(changes.filter((title: string) => title === 'document.published.gazette')).toHaveLength(1);
      expect(changes.filter((title: string) => title === 'document.published.nationalDb')).toHaveLength(1);

      expect(await activityRuns(publication, 'publishToGazette')).toEqual({ scheduled: 1, completed: 1, attempts: [1] });
      const pushes = await activityRuns(publication, 'publishToNationalDb');
      expect(pushes).toMatchObject({ scheduled: 1, completed: 1, attempts: [expect.any(Number)] });
      expect(pushes.attempts[0]).toBeGreaterThanOrEqual(2);

      // Every step once; the entry into force and the National Legal Database's record come in
      // either order (the legal clock runs on while the push waits for a worker).
      const events = eventsOf(done.history);
      expect(events.slice(0, 14)).toEqual([
        'startDraft',
        'approveProposal',
        'addVersion',
        'openConsultation',
        'consultationPeriodElapsed',
        'closeConsultation',
        'requestAppraisal',
        'acceptForAppraisal',
        'submitAppraisalReport',
        'respondToAppraisal',
        'submit',
        'scheduleDecision',
        'recordVote',
        'sign',
      ]);
      expect(events.slice(14).sort()).toEqual(['enterIntoForce', 'recordPublication', 'recordPublication']);
    } finally {
      await apps.stop();
      await nationalDb.stop();
    }
  }, 300_000);
});

interface PendingActivity {
  name: string | null | undefined;
  state: number | null | undefined;
  attempt: number | null | undefined;
}

/** The activities a workflow is waiting for, as Temporal records them. */
async function pendingActivities(handle: WorkflowHandle): Promise<PendingActivity[]> {
  const description = await handle.describe();
  return (description.raw.pendingActivities ?? []).map((activity) => ({ name: activity.activityType?.name, state: activity.state, attempt: activity.attempt }));
}

/** How an activity type ran in a workflow's history: times scheduled, attempt of each start, completions. */
async function activityRuns(handle: WorkflowHandle, name: string): Promise<{ scheduled: number; completed: number; attempts: number[] }> {
  const events = (await handle.fetchHistory()).events ?? [];
  const scheduled = new Set(events.filter((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === name).map((event) => String(event.eventId)));
  const ofName = (id: unknown) => scheduled.has(String(id));
  return {
    scheduled: scheduled.size,
    completed: events.filter((event) => ofName(event.activityTaskCompletedEventAttributes?.scheduledEventId)).length,
    attempts: events.filter((event) => ofName(event.activityTaskStartedEventAttributes?.scheduledEventId)).map((event) => event.activityTaskStartedEventAttributes!.attempt ?? 0),
  };
}

/**
 * The events of a draft's history but missed time limits: with a day per second, the legal clock
 * runs on while no worker does, and the limits it passes are recorded when the next one starts.
 */
const eventsOf = (history: Array<{ event: string }>) => history.map((entry) => entry.event).filter((event) => event !== 'deadlineBreached');

/**
 * Makes the pre-check of a version wait at its write: an uncommitted row of ours with the same key
 * holds the worker's upsert until `release` rolls it back.
 */
async function holdPrecheckWrite(versionId: string, documentId: string): Promise<{ blocked: () => Promise<number>; release: () => Promise<void> }> {
  const db = new PgClient({ connectionString: sharedStack().appEnv.DATABASE_URL });
  await db.connect();
  await db.query('BEGIN');
  await db.query(`INSERT INTO appraisal_prechecks (version_id, document_id, summary, findings) VALUES ($1, $2, '{}', '[]')`, [versionId, documentId]);
  const pid: number = (await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  return {
    // Another connection: activity statistics are a snapshot for the length of a transaction.
    blocked: () => withDatabase(async (other) => (await other.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid])).rows[0].n),
    release: async () => {
      await db.query('ROLLBACK');
      await db.end();
    },
  };
}

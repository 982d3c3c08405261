import { setTimeout as sleep } from 'node:timers/promises';
import { draftWorkflowId } from '@legis/workflows/contracts';
import type { Client } from '@temporalio/client';
import type { ApiClient, ApiResponse } from '../support/api-client';
import { uploadFile } from '../support/intake';

/** One POST …/actions/… as the client saw it. */
export interface ActionSample {
  documentId: string;
  action: string;
  /** When it was sent (epoch ms). */
  sentAt: number;
  ms: number;
  status: number;
}

export interface DraftActors {
  admin: ApiClient;
  drafter: ApiClient;
  appraiser: ApiClient;
}

export interface DraftRun {
  index: number;
  documentId: string;
  versionId: string;
  startedAt: number;
  /** When the last human action (sign) returned. */
  signedAt: number;
  /** When the workflow closed. */
  finishedAt: number;
  outcome: string;
  /** Real ms spent polling for the posting period to pass. */
  consultationWaitMs: number;
}

export interface FlowOptions {
  temporal: Client;
  /** Document sequence number of this draft (unique in the run). */
  seq: number;
  /** Real length of a procedure day (ms), to pace the polls. */
  dayMs: number;
  /** Reject when the draft has not finished by then (epoch ms). */
  deadline: number;
  record: (sample: ActionSample) => void;
  recordRead: (ms: number) => void;
}

const EFFECTIVE_AFTER_DAYS = 10; // REFERENCE §4.6: a committee decision takes effect ≥ 10 days after signing.

/** Thrown when a step does not answer as the reference flow says. */
export class FlowError extends Error {
  override readonly name = 'FlowError';
  constructor(
    readonly step: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${step}: HTTP ${status} ${JSON.stringify(body).slice(0, 400)}`);
  }
}

/**
 * One committee decision from the proposal to IN_FORCE over HTTP, as test/e2e/draft-to-in-force
 * does it (without the refusals): every action is timed; the end is the workflow's result.
 */
export async function runDraftLifecycle(index: number, actors: DraftActors, docx: Buffer, options: FlowOptions): Promise<DraftRun> {
  const { admin, drafter, appraiser } = actors;
  const startedAt = Date.now();
  const act = async (client: ApiClient, id: string, action: string, payload: unknown, expectState: string): Promise<ApiResponse> => {
    const sentAt = Date.now();
    const started = performance.now();
    const response = await client.post(`/drafts/${id}/actions/${action}`, payload);
    options.record({ documentId: id, action, sentAt, ms: performance.now() - started, status: response.status });
    if (response.status !== 200 || response.body.state !== expectState) throw new FlowError(action, response.status, response.body);
    return response;
  };

  const created = await drafter.post('/drafts', { docType: 'COMMITTEE_DECISION', title: `Quy định thử tải số ${index} về thời gian hoạt động của cơ sở kinh doanh` });
  if (created.status !== 201) throw new FlowError('create', created.status, created.body);
  const id: string = created.body.id;

  await act(admin, id, 'approveProposal', { actRef: `${index}/UBND-KT` }, 'DRAFTING');
  const uploadSentAt = Date.now();
  const uploadStarted = performance.now();
  const upload = await uploadFile(drafter, `/drafts/${id}/actions/addVersion`, { bytes: docx, name: `du-thao-${index}.docx` });
  options.record({ documentId: id, action: 'addVersion', sentAt: uploadSentAt, ms: performance.now() - uploadStarted, status: upload.status });
  if (upload.status !== 200) throw new FlowError('addVersion', upload.status, upload.body);
  const versionId: string = upload.body.version.versionId;

  await act(drafter, id, 'openConsultation', {}, 'CONSULTATION');
  const waitStarted = Date.now();
  await sleep(options.dayMs);
  for (let interval = Math.max(50, options.dayMs); ; interval = Math.min(interval * 1.5, 2000)) {
    const readStarted = performance.now();
    const view = await drafter.get(`/drafts/${id}`);
    options.recordRead(performance.now() - readStarted);
    if (view.body?.procedureState?.consultation?.current?.periodElapsed === true) break;
    if (Date.now() > options.deadline) throw new FlowError('wait for the posting period', view.status, view.body?.procedureState?.consultation ?? view.body);
    await sleep(interval);
  }
  const consultationWaitMs = Date.now() - waitStarted;
  await act(drafter, id, 'closeConsultation', { feedbackReportRef: `BC-${index}/SNN` }, 'FEEDBACK_INCORPORATED');

  await act(drafter, id, 'requestAppraisal', { dossier: [{ item: 'submission', ref: `TTr-${index}/SNN` }] }, 'APPRAISAL_REQUESTED');
  await act(appraiser, id, 'acceptForAppraisal', {}, 'UNDER_APPRAISAL');
  await act(appraiser, id, 'submitAppraisalReport', { reportRef: `BC-${index}/STP`, conclusion: 'ELIGIBLE', items: [] }, 'APPRAISED');
  await act(drafter, id, 'respondToAppraisal', { responseReportRef: `BC-${index}/SNN-TT`, responses: [] }, 'READY_TO_SUBMIT');
  const submitted = await act(drafter, id, 'submit', {}, 'SUBMITTED');

  // Dates from the history entries the actions wrote: the procedure clock runs fast, so the
  // caller's wall clock would be years behind.
  await act(admin, id, 'scheduleDecision', { mode: 'meeting', date: submitted.body.entry.date, actRef: `TB-${index}/VP` }, 'ON_COMMITTEE_AGENDA');
  const voted = await act(admin, id, 'recordVote', { inFavour: 20, members: 27, actRef: `BB-${index}/UBND` }, 'ADOPTED');
  const signedDate: string = voted.body.entry.date;
  const effectiveDate = new Date(Date.parse(`${signedDate}T00:00:00Z`) + EFFECTIVE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  await act(
    admin,
    id,
    'sign',
    { number: `${options.seq}/${signedDate.slice(0, 4)}/QĐ-UBND`, signerName: 'Nguyễn Văn A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate, effectiveDate },
    'ISSUED',
  );
  const signedAt = Date.now();

  const handle = options.temporal.workflow.getHandle(draftWorkflowId(id));
  const remaining = options.deadline - Date.now();
  const result = await Promise.race([
    handle.result() as Promise<{ outcome: string; state: string }>,
    sleep(Math.max(0, remaining), null, { ref: false }).then(() => {
      throw new FlowError('wait for IN_FORCE', 0, 'the run deadline passed');
    }),
  ]);
  const finishedAt = Date.now();
  if (result.outcome !== 'inForce') throw new FlowError('result', 0, result);
  return { index, documentId: id, versionId, startedAt, signedAt, finishedAt, outcome: result.outcome, consultationWaitMs };
}

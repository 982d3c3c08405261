import { DEMO_PASSWORD } from '../../scripts/seed/demo-seed';
import type { ApiClient, ApiResponse } from './api-client';
import { newUser } from './actors';
import { corpusDocument } from './corpus';
import { docxOf } from './docx';
import { intakeFinished, uploadFile } from './intake';
import { eventually } from './wait';

/**
 * Driving a draft through its procedure over HTTP, as its users do: create it, then take it step
 * by step (or straight to a step) with the payloads of an ordinary committee decision. Each step
 * checks the state it leads to and throws a `DraftFlowError` with the API's answer otherwise, so the
 * same code serves jest tests and benchmarks (which have no `expect`).
 */

/** One procedure day lasts a second and the posting period is 5 days: legal weeks pass in seconds. */
export const SHORTENED_PROCEDURE = { DRAFT_DAY_SECONDS: '1', PROCEDURE_SETTINGS: JSON.stringify({ consultationMinDays: 5 }) };

/** A provincial decision of the shared corpus whose text the drafts use by default. */
export const DRAFT_TEXT = 'tnt305-33afd0d9738224e1';

/** A signed-in user of the API, with the bearer token for requests the ApiClient cannot make (a client timeout). */
export interface Actor {
  client: ApiClient;
  token: string;
}

/** Who acts on a draft: an admin (records the chair's and the committee's acts), a drafter of a new agency, an appraiser. */
export interface DraftActors {
  admin: Actor;
  drafter: Actor;
  appraiser: Actor;
}

/** The actions from the proposal to the signature, in the order of the normal procedure. */
export const DRAFT_STEPS = [
  'approveProposal',
  'addVersion',
  'openConsultation',
  'closeConsultation',
  'requestAppraisal',
  'acceptForAppraisal',
  'submitAppraisalReport',
  'respondToAppraisal',
  'submit',
  'scheduleDecision',
  'recordVote',
  'sign',
] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

/** A step did not lead where the procedure says it should; carries the API's answer. */
export class DraftFlowError extends Error {
  override readonly name = 'DraftFlowError';

  constructor(
    message: string,
    readonly response: ApiResponse,
  ) {
    super(`${message}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** The answer of a request the client gave up on, or null when it timed out first. */
export type TimedResponse = ApiResponse | null;

/** Signs in with a password and keeps the token. */
export async function signInActor(api: ApiClient, email: string, password: string): Promise<Actor> {
  const response = await api.post<{ accessToken: string }>('/auth/login', { email, password });
  if (response.status !== 200) throw new DraftFlowError(`sign-in of ${email} failed`, response);
  return { client: api.as(response.body.accessToken), token: response.body.accessToken };
}

/** The seeded admin, a drafter of a fresh agency and an appraiser (unique users: tests do not share them). */
export async function draftActors(api: ApiClient): Promise<DraftActors> {
  const password = 'a-long-test-password';
  const [drafter, appraiser] = [await newUser(api, ['drafter']), await newUser(api, ['appraiser'])];
  return {
    admin: await signInActor(api, 'admin@legis.local', DEMO_PASSWORD),
    drafter: await signInActor(api, drafter.email, password),
    appraiser: await signInActor(api, appraiser.email, password),
  };
}

/** A POST that the client abandons after `timeoutMs`: resolves null then (the server may still act on it). */
export async function postWithin(actor: Actor, path: string, body: unknown, timeoutMs: number, headers: Record<string, string> = {}): Promise<TimedResponse> {
  try {
    const response = await fetch(`${actor.client.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}`, ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
    return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return null;
    throw error;
  }
}

/**
 * A document number not yet taken, with luck: `<n>/<year>/QĐ-UBND`, n random in [from, from + span).
 * Normative numbers have at most four digits, so test files that sign should draw from their own range.
 */
export function freshDocumentNumber(year: string, from = 1_000, span = 6_000): { seq: number; number: string } {
  const seq = from + Math.floor(Math.random() * span);
  return { seq, number: `${seq}/${year}/QĐ-UBND` };
}

/** `date` plus whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface DraftVersion {
  versionId: string;
  versionNo: number;
  statusUrl: string;
}

export interface Signing {
  number: string;
  signedDate: string;
  effectiveDate: string;
}

/** One draft of a committee decision and the steps taken on it so far. */
export class DraftFlow {
  readonly done = new Set<DraftStep>();
  /** The version added by `addVersion` (the one sent for appraisal). */
  version: DraftVersion | undefined;
  /** What `sign` signed. */
  signing: Signing | undefined;

  private constructor(
    readonly actors: DraftActors,
    readonly id: string,
    /** The answer to POST /drafts (201). */
    readonly created: ApiResponse,
  ) {}

  /** Proposes a new committee decision (state PROPOSED, workflow `draft-<id>` started). */
  static async create(actors: DraftActors, options: { title?: string; docType?: string } = {}): Promise<DraftFlow> {
    const created = await actors.drafter.client.post('/drafts', { docType: options.docType ?? 'COMMITTEE_DECISION', title: options.title ?? 'Quy định thời gian hoạt động của cơ sở kinh doanh' });
    if (created.status !== 201 || created.body.state !== 'PROPOSED') throw new DraftFlowError('the draft was not created', created);
    return new DraftFlow(actors, created.body.id as string, created);
  }

  /** POST /drafts/{id}/actions/{action} as `client`, whatever the answer. */
  act(client: ApiClient, action: string, payload: unknown = {}, headers: Record<string, string> = {}): Promise<ApiResponse> {
    return client.post(`/drafts/${this.id}/actions/${action}`, payload, headers);
  }

  /** GET /drafts/{id} as the drafter. */
  async view(): Promise<any> {
    const response = await this.actors.drafter.client.get(`/drafts/${this.id}`);
    if (response.status !== 200) throw new DraftFlowError('the draft could not be read', response);
    return response.body;
  }

  /** Takes every step not yet taken, in procedure order, up to and including `last`. */
  async takeTo(last: DraftStep): Promise<void> {
    for (const step of DRAFT_STEPS.slice(0, DRAFT_STEPS.indexOf(last) + 1)) {
      if (!this.done.has(step)) await this[step]();
    }
  }

  approveProposal(actRef = '1523/UBND-KT'): Promise<any> {
    return this.step('approveProposal', this.actors.admin, { actRef }, 'DRAFTING');
  }

  /** Uploads the draft text as a .docx through the procedure and waits until its intake has finished (`indexed`). */
  async addVersion(text = corpusDocument(DRAFT_TEXT).text, name = 'du-thao-v1.docx'): Promise<{ response: ApiResponse; intake: any }> {
    const upload = await uploadFile(this.actors.drafter.client, `/drafts/${this.id}/actions/addVersion`, { bytes: await docxOf(text), name });
    if (upload.status !== 200 || upload.body.action !== 'addVersion') throw new DraftFlowError('addVersion was refused', upload);
    const { versionId, versionNo, statusUrl } = upload.body.version as DraftVersion;
    this.version = { versionId, versionNo, statusUrl };
    const intake = await intakeFinished(this.actors.drafter.client, statusUrl);
    if (intake.status !== 'indexed') throw new DraftFlowError(`the intake of version ${versionNo} ended ${intake.status}`, { status: 200, headers: new Headers(), body: intake });
    this.done.add('addVersion');
    return { response: upload, intake };
  }

  openConsultation(): Promise<any> {
    return this.step('openConsultation', this.actors.drafter, {}, 'CONSULTATION');
  }

  /** Waits until the minimum posting period has passed (seconds with the shortened days). */
  consultationElapsed(timeoutMs = 30_000): Promise<any> {
    return eventually(() => this.view(), (draft) => draft.procedureState?.consultation?.current?.periodElapsed === true, timeoutMs);
  }

  async closeConsultation(payload: Record<string, unknown> = { feedbackReportRef: 'BC-1/SNN', commentCopiesRef: 'comments-1' }): Promise<any> {
    await this.consultationElapsed();
    return this.step('closeConsultation', this.actors.drafter, payload, 'FEEDBACK_INCORPORATED');
  }

  requestAppraisal(dossier: Array<{ item: string; ref: string }> = [{ item: 'submission', ref: 'TTr-45/SNN' }], headers: Record<string, string> = {}): Promise<any> {
    return this.step('requestAppraisal', this.actors.drafter, { dossier }, 'APPRAISAL_REQUESTED', headers);
  }

  acceptForAppraisal(headers: Record<string, string> = {}): Promise<any> {
    return this.step('acceptForAppraisal', this.actors.appraiser, {}, 'UNDER_APPRAISAL', headers);
  }

  /** Waits until the pre-check of the version sent for appraisal is stored, and returns the draft with it. */
  precheckBuilt(timeoutMs = 60_000): Promise<any> {
    return eventually(() => this.view(), (draft) => draft.precheck !== null, timeoutMs);
  }

  submitAppraisalReport(payload: Record<string, unknown> = { reportRef: 'BC-210/STP', conclusion: 'ELIGIBLE', items: [] }): Promise<any> {
    return this.step('submitAppraisalReport', this.actors.appraiser, payload, 'APPRAISED');
  }

  respondToAppraisal(payload: Record<string, unknown> = { responseReportRef: 'BC-95/SNN', responses: [] }): Promise<any> {
    return this.step('respondToAppraisal', this.actors.drafter, payload, 'READY_TO_SUBMIT');
  }

  submit(): Promise<any> {
    return this.step('submit', this.actors.drafter, {}, 'SUBMITTED');
  }

  /** Puts the draft on the agenda of a committee meeting held today (procedure clock). */
  async scheduleDecision(actRef = 'TB-301/VP'): Promise<any> {
    const today: string = (await this.view()).today;
    return this.step('scheduleDecision', this.actors.admin, { mode: 'meeting', date: today, actRef }, 'ON_COMMITTEE_AGENDA');
  }

  recordVote(payload: Record<string, unknown> = { inFavour: 20, members: 27, actRef: 'BB-12/UBND' }): Promise<any> {
    return this.step('recordVote', this.actors.admin, payload, 'ADOPTED');
  }

  /** The sign request as is (for refusals): signed today by the chair's office, for `effectiveDate`. */
  signRequest(number: string, signedDate: string, effectiveDate: string, headers: Record<string, string> = {}): Promise<ApiResponse> {
    return this.act(this.actors.admin.client, 'sign', { number, signerName: 'Nguyễn Văn A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate, effectiveDate }, headers);
  }

  /**
   * Signs under a fresh number (or `number`), on `signedDate` (default: today by the procedure
   * clock), taking effect on `effectiveDate` (default: 10 procedure days later, seconds with the
   * shortened days). State ISSUED.
   */
  async sign(options: { number?: string; signedDate?: string; effectiveDate?: string } = {}): Promise<any> {
    const signedDate: string = options.signedDate ?? (await this.view()).today;
    const number = options.number ?? freshDocumentNumber(signedDate.slice(0, 4)).number;
    const effectiveDate = options.effectiveDate ?? addDays(signedDate, 10);
    const response = await this.signRequest(number, signedDate, effectiveDate);
    this.expectState('sign', response, 'ISSUED');
    this.signing = { number, signedDate, effectiveDate };
    this.done.add('sign');
    return response.body;
  }

  /** Waits until the procedure has ended (entry into force, or another outcome) and returns the draft. */
  ended(timeoutMs = 60_000): Promise<any> {
    return eventually(() => this.view(), (draft) => draft.outcome !== null && draft.outcome !== undefined, timeoutMs);
  }

  private async step(step: DraftStep, actor: Actor, payload: unknown, state: string, headers: Record<string, string> = {}): Promise<any> {
    const response = await this.act(actor.client, step, payload, headers);
    this.expectState(step, response, state);
    this.done.add(step);
    return response.body;
  }

  private expectState(step: DraftStep, response: ApiResponse, state: string): void {
    if (response.status !== 200 || response.body?.state !== state) throw new DraftFlowError(`${step} did not lead to ${state}`, response);
  }
}

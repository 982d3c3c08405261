import { randomUUID } from 'node:crypto';
import type { NodeApp } from '../../scripts/stack/node-app';
import { ApiClient } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { corpusDocument } from '../support/corpus';
import { docxOf } from '../support/docx';
import { startFakeNationalDb, type FakeNationalDb } from '../support/fake-national-db';
import { intakeFinished, uploadFile } from '../support/intake';
import { privateApps } from '../support/private-apps';
import { eventually } from '../support/wait';

const TOKEN = 'e2e-national-db-token';
/** One procedure day lasts a second; the posting period is 5 days: legal weeks pass in seconds. */
const SHORTENED = { DRAFT_DAY_SECONDS: '1', PROCEDURE_SETTINGS: JSON.stringify({ consultationMinDays: 5 }) };

/**
 * One committee decision from the proposal to IN_FORCE over HTTP, on the dev server with a real
 * API and worker (durations shortened by configuration), with the refusals a user meets on the way.
 */
describe('a draft from proposal to entry into force over HTTP', () => {
  let nationalDb: FakeNationalDb;
  let apps: Awaited<ReturnType<typeof privateApps>>;
  let worker: NodeApp;
  let api: ApiClient;

  beforeAll(async () => {
    nationalDb = await startFakeNationalDb({ token: TOKEN });
    apps = await privateApps({ ...SHORTENED, NATIONAL_DB_URL: nationalDb.url, NATIONAL_DB_TOKEN: TOKEN });
    worker = await apps.startWorker();
    api = apps.api;
  }, 120_000);

  afterAll(async () => {
    await apps?.stop();
    await nationalDb?.stop();
  });

  it('runs every step with its checks and ends in force, published once', async () => {
    expect(worker).toBeDefined();
    const admin = await signInAdmin(api);
    const drafter = await newUser(api, ['drafter']);
    const appraiser = await newUser(api, ['appraiser']);
    const act = (client: ApiClient, id: string, action: string, payload: unknown = {}) => client.post(`/drafts/${id}/actions/${action}`, payload);
    const view = async (id: string) => (await drafter.client.get(`/drafts/${id}`)).body;

    const created = await drafter.client.post('/drafts', { docType: 'COMMITTEE_DECISION', title: 'Quy định thời gian hoạt động của cơ sở kinh doanh' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'PROPOSED', docType: 'COMMITTEE_DECISION', regime: 'LAW64_87_2025', workflowId: `draft-${created.body.id}` });
    const id: string = created.body.id;

    const forbidden = await act(drafter.client, id, 'approveProposal', { actRef: 'x' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ code: 'ACTION_FORBIDDEN', allowedActions: ['withdraw'] });
    expect((await act(admin, id, 'approveProposal', { actRef: '1523/UBND-KT' })).body).toMatchObject({ state: 'DRAFTING', entry: { performer: 'committeeChair', ref: '1523/UBND-KT' } });

    const text = corpusDocument('tnt305-33afd0d9738224e1').text;
    const upload = await uploadFile(drafter.client, `/drafts/${id}/actions/addVersion`, { bytes: await docxOf(text), name: 'du-thao-v1.docx' });
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({ action: 'addVersion', version: { versionNo: 1 } });
    expect((await intakeFinished(drafter.client, upload.body.version.statusUrl)).status).toBe('indexed');
    const direct = await uploadFile(drafter.client, `/documents/${id}/versions`, { bytes: await docxOf(`${text}\n`), name: 'v2.docx' });
    expect(direct.body).toMatchObject({ status: 409, code: 'DRAFT_UNDER_PROCEDURE' });

    expect((await act(drafter.client, id, 'openConsultation')).body.state).toBe('CONSULTATION');
    const anonymous = new ApiClient(api.baseUrl);
    expect((await anonymous.get('/public/drafts?pageSize=200')).body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await anonymous.get(`/public/drafts/${id}`)).body.text).toContain('Điều 1');
    expect((await anonymous.post(`/public/drafts/${id}/comments`, { text: 'Đề nghị làm rõ khung giờ áp dụng.', pathKey: 'd1' })).status).toBe(202);
    const early = await act(drafter.client, id, 'closeConsultation', { feedbackReportRef: 'BC-1' });
    expect(early.body).toMatchObject({ status: 409, code: 'ACTION_NOT_ALLOWED', state: 'CONSULTATION' });

    await eventually(() => view(id), (draft) => draft.procedureState?.consultation?.current?.periodElapsed === true, 30_000);
    expect((await act(drafter.client, id, 'closeConsultation', { feedbackReportRef: 'BC-1/SNN', commentCopiesRef: 'comments-1' })).body.state).toBe('FEEDBACK_INCORPORATED');
    expect((await drafter.client.get(`/drafts/${id}/comments`)).body).toMatchObject({ total: 1, items: [{ authorKind: 'public', pathKey: 'd1' }] });

    const incomplete = await act(drafter.client, id, 'requestAppraisal', {});
    expect(incomplete.body).toMatchObject({ status: 422, code: 'DOSSIER_INCOMPLETE', errors: [{ field: 'dossier.submission' }] });
    expect((await act(drafter.client, id, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-45/SNN' }] })).body.state).toBe('APPRAISAL_REQUESTED');
    expect((await appraiser.client.get('/appraisals?assignee=me&pageSize=200')).body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await act(appraiser.client, id, 'acceptForAppraisal')).body.state).toBe('UNDER_APPRAISAL');
    const withPrecheck = await eventually(() => view(id), (draft) => draft.precheck !== null, 60_000);
    expect(withPrecheck.precheck.summary).toEqual(expect.objectContaining({ blocking: expect.any(Number), warnings: expect.any(Number) }));
    expect((await act(appraiser.client, id, 'submitAppraisalReport', { reportRef: 'BC-210/STP', conclusion: 'ELIGIBLE', items: [] })).body.state).toBe('APPRAISED');
    expect((await act(drafter.client, id, 'respondToAppraisal', { responseReportRef: 'BC-95/SNN', responses: [] })).body.state).toBe('READY_TO_SUBMIT');
    expect((await act(drafter.client, id, 'submit')).body.state).toBe('SUBMITTED');

    const today: string = (await view(id)).today;
    expect((await act(admin, id, 'scheduleDecision', { mode: 'meeting', date: today, actRef: 'TB-301/VP' })).body.state).toBe('ON_COMMITTEE_AGENDA');
    expect((await act(admin, id, 'recordVote', { inFavour: 20, members: 27, actRef: 'BB-12/UBND' })).body.state).toBe('ADOPTED');

    const signedDate: string = (await view(id)).today;
    const year = signedDate.slice(0, 4);
    const seq = 7000 + Math.floor(Math.random() * 2000);
    const taken = await admin.post('/documents', { text, metadata: { kind: 'issued', number: `${seq}/${year}/QĐ-UBND`, issuerName: 'Ủy ban nhân dân tỉnh Thử nghiệm', title: `Văn bản ${randomUUID()}` } });
    expect(taken.status).toBe(202);
    const sign = (number: string, effectiveDate: string) =>
      act(admin, id, 'sign', { number, signerName: 'Nguyễn Văn A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate, effectiveDate });
    const effectiveDate = new Date(Date.parse(`${signedDate}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    expect((await sign('số mười hai', effectiveDate)).body).toMatchObject({ status: 422, code: 'DOCUMENT_NUMBER_INVALID' });
    expect((await sign(`${seq}/${year}/QĐ-UBND`, effectiveDate)).body).toMatchObject({ status: 409, code: 'NUMBER_TAKEN' });
    const number = `${seq + 1}/${year}/QĐ-UBND`;
    expect((await sign(number, effectiveDate)).body.state).toBe('ISSUED');

    const done = await eventually(() => view(id), (draft) => draft.outcome === 'inForce', 60_000);
    expect(done).toMatchObject({ state: 'IN_FORCE', procedureState: { publication: { gazette: expect.any(Object), nationalDatabase: expect.any(Object) } } });
    expect((await drafter.client.get(`/documents/${id}`)).body).toMatchObject({ kind: 'issued', number, validityStatus: 'IN_FORCE', effectiveDate });
    expect(nationalDb.records.filter((record) => record.record.number === number)).toHaveLength(1);
    const timeline = (await drafter.client.get(`/documents/${id}/timeline`)).body;
    expect(timeline.events.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(['document', 'version', 'procedure', 'publication', 'change']));
    expect((await drafter.client.get('/inbox')).body.total).toBeGreaterThan(0);
    expect((await act(drafter.client, id, 'withdraw', { reason: 'late' })).body).toMatchObject({ status: 409, code: 'ACTION_NOT_ALLOWED', allowedActions: [] });
  }, 240_000);

  it('lists the rulebook with the deployment’s settings', async () => {
    const rules = await api.get('/rules?regime=LAW64_87_2025&docType=COMMITTEE_DECISION&procedure=normal');
    expect(rules.status).toBe(200);
    expect(rules.body.items).toHaveLength(1);
    expect(rules.body.items[0].settings).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'consultationMinDays', value: 5, default: 20 })]));
  });
});

import { randomUUID } from 'node:crypto';
import type { NodeApp } from '../../scripts/stack/node-app';
import { ApiClient } from '../support/api-client';
import { corpusDocument } from '../support/corpus';
import { docxOf } from '../support/docx';
import { addDays, DRAFT_TEXT, DraftFlow, draftActors, freshDocumentNumber, SHORTENED_PROCEDURE } from '../support/draft-flow';
import { startFakeNationalDb, type FakeNationalDb } from '../support/fake-national-db';
import { uploadFile } from '../support/intake';
import { privateApps } from '../support/private-apps';

const TOKEN = 'e2e-national-db-token';

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
    apps = await privateApps({ ...SHORTENED_PROCEDURE, NATIONAL_DB_URL: nationalDb.url, NATIONAL_DB_TOKEN: TOKEN });
    worker = await apps.startWorker();
    api = apps.api;
  }, 120_000);

  afterAll(async () => {
    await apps?.stop();
    await nationalDb?.stop();
  });

  it('runs every step with its checks and ends in force, published once', async () => {
    expect(worker).toBeDefined();
    const actors = await draftActors(api);
    const [admin, drafter, appraiser] = [actors.admin.client, actors.drafter.client, actors.appraiser.client];

    const flow = await DraftFlow.create(actors);
    const id = flow.id;
    expect(flow.created.status).toBe(201);
    expect(flow.created.body).toMatchObject({ state: 'PROPOSED', docType: 'COMMITTEE_DECISION', regime: 'LAW64_87_2025', workflowId: `draft-${id}` });

    const forbidden = await flow.act(drafter, 'approveProposal', { actRef: 'x' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ code: 'ACTION_FORBIDDEN', allowedActions: ['withdraw'] });
    expect(await flow.approveProposal('1523/UBND-KT')).toMatchObject({ state: 'DRAFTING', entry: { performer: 'committeeChair', ref: '1523/UBND-KT' } });

    const text = corpusDocument(DRAFT_TEXT).text;
    const { response: upload, intake } = await flow.addVersion(text, 'du-thao-v1.docx');
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({ action: 'addVersion', version: { versionNo: 1 } });
    expect(intake.status).toBe('indexed');
    const direct = await uploadFile(drafter, `/documents/${id}/versions`, { bytes: await docxOf(`${text}\n`), name: 'v2.docx' });
    expect(direct.body).toMatchObject({ status: 409, code: 'DRAFT_UNDER_PROCEDURE' });

    expect((await flow.openConsultation()).state).toBe('CONSULTATION');
    const anonymous = new ApiClient(api.baseUrl);
    expect((await anonymous.get('/public/drafts?pageSize=200')).body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await anonymous.get(`/public/drafts/${id}`)).body.text).toContain('Điều 1');
    expect((await anonymous.post(`/public/drafts/${id}/comments`, { text: 'Đề nghị làm rõ khung giờ áp dụng.', pathKey: 'd1' })).status).toBe(202);
    const early = await flow.act(drafter, 'closeConsultation', { feedbackReportRef: 'BC-1' });
    expect(early.body).toMatchObject({ status: 409, code: 'ACTION_NOT_ALLOWED', state: 'CONSULTATION' });

    await flow.consultationElapsed(30_000);
    expect((await flow.closeConsultation({ feedbackReportRef: 'BC-1/SNN', commentCopiesRef: 'comments-1' })).state).toBe('FEEDBACK_INCORPORATED');
    expect((await drafter.get(`/drafts/${id}/comments`)).body).toMatchObject({ total: 1, items: [{ authorKind: 'public', pathKey: 'd1' }] });

    const incomplete = await flow.act(drafter, 'requestAppraisal', {});
    expect(incomplete.body).toMatchObject({ status: 422, code: 'DOSSIER_INCOMPLETE', errors: [{ field: 'dossier.submission' }] });
    expect((await flow.requestAppraisal([{ item: 'submission', ref: 'TTr-45/SNN' }])).state).toBe('APPRAISAL_REQUESTED');
    expect((await appraiser.get('/appraisals?assignee=me&pageSize=200')).body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await flow.acceptForAppraisal()).state).toBe('UNDER_APPRAISAL');
    const withPrecheck = await flow.precheckBuilt(60_000);
    expect(withPrecheck.precheck.summary).toEqual(expect.objectContaining({ blocking: expect.any(Number), warnings: expect.any(Number) }));
    expect((await flow.submitAppraisalReport({ reportRef: 'BC-210/STP', conclusion: 'ELIGIBLE', items: [] })).state).toBe('APPRAISED');
    expect((await flow.respondToAppraisal({ responseReportRef: 'BC-95/SNN', responses: [] })).state).toBe('READY_TO_SUBMIT');
    expect((await flow.submit()).state).toBe('SUBMITTED');

    expect((await flow.scheduleDecision('TB-301/VP')).state).toBe('ON_COMMITTEE_AGENDA');
    expect((await flow.recordVote({ inFavour: 20, members: 27, actRef: 'BB-12/UBND' })).state).toBe('ADOPTED');

    const signedDate: string = (await flow.view()).today;
    const year = signedDate.slice(0, 4);
    const { seq } = freshDocumentNumber(year, 7000, 2000);
    const taken = await admin.post('/documents', { text, metadata: { kind: 'issued', number: `${seq}/${year}/QĐ-UBND`, issuerName: 'Ủy ban nhân dân tỉnh Thử nghiệm', title: `Văn bản ${randomUUID()}` } });
    expect(taken.status).toBe(202);
    const effectiveDate = addDays(signedDate, 10);
    expect((await flow.signRequest('số mười hai', signedDate, effectiveDate)).body).toMatchObject({ status: 422, code: 'DOCUMENT_NUMBER_INVALID' });
    expect((await flow.signRequest(`${seq}/${year}/QĐ-UBND`, signedDate, effectiveDate)).body).toMatchObject({ status: 409, code: 'NUMBER_TAKEN' });
    const number = `${seq + 1}/${year}/QĐ-UBND`;
    expect((await flow.sign({ number, signedDate, effectiveDate })).state).toBe('ISSUED');

    const done = await flow.ended(60_000);
    expect(done).toMatchObject({ state: 'IN_FORCE', outcome: 'inForce', procedureState: { publication: { gazette: expect.any(Object), nationalDatabase: expect.any(Object) } } });
    expect((await drafter.get(`/documents/${id}`)).body).toMatchObject({ kind: 'issued', number, validityStatus: 'IN_FORCE', effectiveDate });
    expect(nationalDb.records.filter((record) => record.record.number === number)).toHaveLength(1);
    const timeline = (await drafter.get(`/documents/${id}/timeline`)).body;
    expect(timeline.events.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(['document', 'version', 'procedure', 'publication', 'change']));
    expect((await drafter.get('/inbox')).body.total).toBeGreaterThan(0);
    expect((await flow.act(drafter, 'withdraw', { reason: 'late' })).body).toMatchObject({ status: 409, code: 'ACTION_NOT_ALLOWED', allowedActions: [] });
  }, 240_000);

  it('lists the rulebook with the deployment’s settings', async () => {
    const rules = await api.get('/rules?regime=LAW64_87_2025&docType=COMMITTEE_DECISION&procedure=normal');
    expect(rules.status).toBe(200);
    expect(rules.body.items).toHaveLength(1);
    expect(rules.body.items[0].settings).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'consultationMinDays', value: 5, default: 20 })]));
  });
});

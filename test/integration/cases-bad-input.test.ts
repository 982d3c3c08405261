import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { corpusDocument } from '../support/corpus';
import { withDatabase } from '../support/database';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const api = new ApiClient(sharedStack().apiUrl);

/**
 * Bad input to inspections and handling over HTTP: unknown provisions, forms that do not fit the
 * findings, unknown cases, roles that may not act. Each is an RFC 9457 problem and changes nothing.
 */
describe('inspection and handling cases refuse bad input', () => {
  let admin: ApiClient;
  let inspector: ApiClient;
  let documentId: string;
  let articles: string[];

  beforeAll(async () => {
    admin = await signInAdmin(api);
    inspector = (await newUser(api, ['inspector'])).client;
    const number = `${9000 + Math.floor(Math.random() * 999)}/2025/QĐ-UBND`;
    const text = `${corpusDocument('tnt305-33afd0d9738224e1').text}\n${randomUUID()}`;
    const submitted = await admin.post('/documents', { text, metadata: { kind: 'issued', number } });
    expect(submitted.status).toBe(202);
    expect(await intakeFinished(admin, submitted.body.statusUrl)).toMatchObject({ status: 'indexed' });
    documentId = submitted.body.id;
    const flat = (await api.get(`/documents/${documentId}/provisions?flat=true`)).body;
    articles = flat.items.filter((p: { level: string }) => p.level === 'article').map((p: { pathKey: string }) => p.pathKey);
  }, 120_000);

  /** What a refused request must leave as it was. */
  async function snapshot(caseId: string) {
    const view = (await inspector.get(`/cases/${caseId}`)).body;
    const document = (await api.get(`/documents/${documentId}`)).body;
    const relations = await withDatabase(async (db) => (await db.query('SELECT count(*)::int AS n FROM relations WHERE target_document_id = $1', [documentId])).rows[0].n as number);
    return { status: view.status, history: view.history.length, validity: document.validityStatus, relations };
  }

  function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
  }

  it('refuses to open an inspection without its trigger, of an unknown document, or by a drafter', async () => {
    const missing = await inspector.post('/cases', { kind: 'inspection', documentId });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toContain('trigger');
    expectProblem(await inspector.post('/cases', { kind: 'inspection', documentId: randomUUID(), trigger: 'found' }), 422, 'DOCUMENT_NOT_ISSUED');
    const drafter = (await newUser(api, ['drafter'])).client;
    expect((await drafter.post('/cases', { kind: 'inspection', documentId, trigger: 'found' })).status).toBe(403);
    expectProblem(await inspector.get(`/cases/inspection-${documentId}`), 404, 'CASE_NOT_FOUND');
  });

  it('refuses findings on provisions that do not exist, forms that do not fit, unknown cases and other roles; nothing is half-written', async () => {
    const opened = await inspector.post('/cases', { kind: 'inspection', documentId, trigger: 'received', receivedDate: '2026-01-10' });
    expect(opened.status).toBe(201);
    const caseId = opened.body.caseId as string;
    expect(opened.body).toMatchObject({ caseId: `inspection-${documentId}`, kind: 'inspection', status: 'RECEIVED', allowedActions: ['assign', 'recordConclusion'] });
    expectProblem(await inspector.post('/cases', { kind: 'inspection', documentId, trigger: 'received' }), 409, 'CASE_EXISTS');

    const article = articles[0];
    const today = opened.body.today as string;
    const conclusion = {
      sheetRef: 'PKT-5/STP',
      conclusionRef: 'KL-5/KL-STP',
      conclusionDate: today,
      legalGrounds: [{ document: 'Luật Đất đai 31/2024/QH15' }],
      requestedForms: ['repeal'],
      findings: [
        { pathKey: article, kind: 'UNLAWFUL_CONTENT', description: 'Trái Luật.' },
        { pathKey: 'd999.k9', kind: 'UNLAWFUL_CONTENT', description: 'Không có điều này.' },
      ],
    };
    const before = await snapshot(caseId);
    const unknown = await inspector.post(`/cases/${caseId}/actions/recordConclusion`, conclusion);
    expectProblem(unknown, 422, 'PROVISION_UNKNOWN');
    expect(unknown.body.errors).toEqual([{ field: 'findings[1].pathKey', message: expect.stringContaining('d999.k9 is not a provision') }]);
    const misfit = await inspector.post(`/cases/${caseId}/actions/recordConclusion`, { ...conclusion, findings: [conclusion.findings[0]], requestedForms: ['correct'] });
    expectProblem(misfit, 422, 'HANDLING_FORM_MISFIT');
    expect(await snapshot(caseId)).toEqual(before);

    expect((await inspector.post(`/cases/${caseId}/actions/recordConclusion`, { ...conclusion, findings: [conclusion.findings[0]] })).status).toBe(200);
    const handlingId = `handling-${caseId}`;
    await eventually(() => inspector.get(`/cases/${handlingId}`), (response) => response.status === 200 && response.body.status === 'REQUIRED', 30_000);

    const handlingBefore = await snapshot(handlingId);
    const act = { number: '1/2026/QĐ-UBND', signedDate: today, measures: [{ form: 'correct', pathKeys: [article] }] };
    const wrongForm = await inspector.post(`/cases/${handlingId}/actions/recordHandlingAct`, act);
    expectProblem(wrongForm, 422, 'HANDLING_FORM_MISFIT');
    expect(wrongForm.body.errors.map((error: { field: string }) => error.field)).toEqual(['measures[0].form', 'measures']);
    const missingProvision = await inspector.post(`/cases/${handlingId}/actions/recordHandlingAct`, { ...act, measures: [{ form: 'repeal', pathKeys: [article, 'd999'] }] });
    expectProblem(missingProvision, 422, 'PROVISION_UNKNOWN');
    expect(missingProvision.body.errors).toEqual([{ field: 'measures[0].pathKeys[1]', message: expect.any(String) }]);
    expectProblem(await inspector.post(`/cases/${handlingId}/actions/decide`, { ref: 'VB', outcome: 'noAction' }), 409, 'ACTION_NOT_ALLOWED');
    const reviewer = (await newUser(api, ['reviewer'])).client;
    expectProblem(await reviewer.post(`/cases/${handlingId}/actions/recordHandlingAct`, { ...act, measures: [{ form: 'repeal', pathKeys: [article] }] }), 403, 'ACTION_FORBIDDEN');
    expectProblem(await inspector.post(`/cases/${handlingId}/actions/startRedraft`, { form: 'amend', docType: 'COMMITTEE_DECISION', title: 'Sửa đổi', draftingAgencyId: randomUUID() }), 422, 'AGENCY_UNKNOWN');
    expect(await snapshot(handlingId)).toEqual(handlingBefore);
    expect(handlingBefore).toMatchObject({ status: 'REQUIRED', validity: 'IN_FORCE', relations: 0 });

    expectProblem(await inspector.post(`/cases/handling-${randomUUID()}/actions/recordHandlingAct`, act), 404, 'CASE_NOT_FOUND');
    expectProblem(await inspector.get(`/cases/inspection-${randomUUID()}`), 404, 'CASE_NOT_FOUND');
  });
});

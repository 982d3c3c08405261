import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { newUser, signInAdmin } from '../support/actors';
import { type ApiClient, unique } from '../support/api-client';
import { historyText } from '../support/history-text';
import { intakeFinished } from '../support/intake';
import { privateApps } from '../support/private-apps';
import { eventually } from '../support/wait';

/** One procedure day lasts two seconds and an answer is due one working day after receipt. */
const SHORT_DEADLINE = { DRAFT_DAY_SECONDS: '2', CONTROL_SETTINGS: JSON.stringify({ petitionResponseWorkingDays: 1, reminderLeadWorkingDays: 0 }) };

const PETITIONER = { name: 'Nguyễn Thị Hồng Nhung', email: `nhung.${randomUUID().slice(0, 6)}@example.vn`, phone: '0912 345 678', address: 'Số 7 ngõ 12 phố Hàng Bạc, phường Hoàn Kiếm' };
const PERSONAL = [PETITIONER.name, PETITIONER.email, '0912 345 678', '0912345678', 'Hàng Bạc'];
/** Unique text each time: intake refuses bytes it has seen. */
const text = () => `QUYẾT ĐỊNH
Quy định mức hỗ trợ thử nghiệm ${randomUUID()}

Điều 1. Phạm vi điều chỉnh
Quyết định này quy định mức hỗ trợ.

Điều 2. Mức hỗ trợ
1. Mức hỗ trợ là 2.000.000 đồng một tháng.
2. Người được hỗ trợ nộp hồ sơ tại Ủy ban nhân dân cấp xã.

Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký.`;

const leaks = (value: unknown) => PERSONAL.filter((item) => JSON.stringify(value).includes(item));

/**
 * Petitions over HTTP with a real API and worker: from the public submission to the published
 * answer next to the document, the routing to inspection, the late answer, and the refusals.
 */
describe('petitions about issued documents (phản ánh, kiến nghị)', () => {
  let apps: Awaited<ReturnType<typeof privateApps>>;
  let connection: Connection;
  let temporal: Client;
  let api: ApiClient;
  let admin: ApiClient;
  let reviewer: ApiClient;
  let drafter: ApiClient;
  let documentId: string;
  let documentNumber: string;
  let draftId: string;
  let ip = 0;
  /** A fresh client address per test, so the rate limit of one test does not spill into another. */
  const from = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });
  const submit = (body: unknown, headers = from()) => api.post('/public/petitions', body, headers);
  const petition = (extra: Record<string, unknown> = {}) => ({ documentId, pathKey: 'd2.k1', content: 'Đề nghị làm rõ mức hỗ trợ áp dụng từ tháng nào.', petitioner: PETITIONER, ...extra });
  const total = async () => (await admin.get('/petitions?pageSize=1')).body.total as number;

  beforeAll(async () => {
    apps = await privateApps(SHORT_DEADLINE);
    connection = await Connection.connect({ address: apps.env.TEMPORAL_ADDRESS });
    temporal = new Client({ connection, namespace: apps.env.TEMPORAL_NAMESPACE || 'default' });
    await apps.startWorker();
    api = apps.api;
    admin = await signInAdmin(api);
    const agency = (await admin.post('/admin/agencies', { code: unique('PA').toUpperCase(), name: 'Sở thử nghiệm phản ánh' })).body.id as string;
    reviewer = (await newUser(api, ['reviewer'], { agencyId: agency })).client;
    drafter = (await newUser(api, ['drafter'], { agencyId: agency })).client;
    documentNumber = `${1000 + Math.floor(Math.random() * 8000)}/2026/QĐ-UBND`;
    const issued = await admin.post('/documents', { text: text(), metadata: { kind: 'issued', number: documentNumber, issuerName: `Ủy ban nhân dân tỉnh ${unique('Thử')}`, draftingAgencyId: agency } });
    expect(issued.status).toBe(202);
    documentId = issued.body.id;
    expect(await intakeFinished(admin, issued.body.statusUrl)).toMatchObject({ status: 'indexed' });
    const draft = await admin.post('/documents', { text: text(), metadata: { kind: 'draft', draftingAgencyId: agency } });
    expect(draft.body).toMatchObject({ id: expect.any(String) });
    draftId = draft.body.id;
  }, 120_000);

  afterAll(async () => {
    await connection?.close();
    await apps?.stop();
  });

  it('takes a petition without an account, answers it and publishes the answer with the document, masked', async () => {
    const received = await submit(petition({ content: `Tôi là ${PETITIONER.name}, điện thoại ${PETITIONER.phone}. Đề nghị hướng dẫn Khoản 1 Điều 2 áp dụng từ tháng nào.`, categoryHint: 'question', publicationConsent: true }));
    expect(received.status).toBe(202);
    expect(received.body).toMatchObject({ status: 'RECEIVED', trackingCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    const code: string = received.body.trackingCode;
    const status = await eventually(() => api.get(`/public/petitions/${code.toLowerCase().replace(/-/g, ' ')}`), (r) => r.status === 200 && r.body.dueDate !== null);
    expect(status.body).toMatchObject({ trackingCode: code, documentId, pathKeys: ['d2.k1'], status: 'RECEIVED', answer: null });
    expect(leaks(status.body)).toEqual([]);
    expect(JSON.stringify(status.body)).not.toContain('Đề nghị');

    const listed = (await admin.get(`/petitions?documentId=${documentId}&status=RECEIVED`)).body.items.find((item: { trackingCode: string }) => item.trackingCode === code);
    expect(listed).toMatchObject({ petitioner: { name: PETITIONER.name, email: PETITIONER.email, phone: PETITIONER.phone }, content: expect.stringContaining(PETITIONER.name) });
    const caseId: string = listed.caseId;
    const seenByDrafter = (await drafter.get(`/petitions/${listed.id}`)).body;
    expect(seenByDrafter).toMatchObject({ petitioner: null, caseId });
    expect(leaks(seenByDrafter)).toEqual([]);
    const kase = (await admin.get(`/cases/${caseId}`)).body;
    expect(kase).toMatchObject({ kind: 'petition', status: 'RECEIVED', documentId, allowedActions: ['classify'] });
    expect(leaks(kase)).toEqual([]);
    expect(leaks((await admin.get(`/audit?entityType=petition&entityId=${listed.id}`)).body)).toEqual([]);

    const otherAgency = (await newUser(api, ['reviewer'], {})).client;
    expect((await otherAgency.post(`/cases/${caseId}/actions/classify`, { category: 'question' })).status).toBe(403);
    expect((await reviewer.post(`/cases/${caseId}/actions/classify`, { category: 'question' })).body).toMatchObject({ status: 'GUIDANCE' });
    const answer = `Trả lời bà ${PETITIONER.name} (${PETITIONER.email}): mức hỗ trợ tại Khoản 1 Điều 2 áp dụng từ tháng ký quyết định.`;
    expect((await drafter.post(`/cases/${caseId}/actions/answer`, { answer, answerRef: '45/SNN-PC' })).body).toMatchObject({ status: 'ANSWERED' });
    expect((await reviewer.post(`/cases/${caseId}/actions/publishAnswer`, {})).body).toMatchObject({ status: 'PUBLISHED' });

    const answered = await eventually(() => api.get(`/public/petitions/${code}`), (r) => r.body.answer !== null);
    expect(answered.body).toMatchObject({ status: 'PUBLISHED', category: 'question', answer: { answerRef: '45/SNN-PC', answer: expect.stringContaining('Khoản 1 Điều 2') } });
    const published = (await api.get(`/documents/${documentId}/petition-answers`)).body;
    expect(published.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'question', pathKeys: ['d2.k1'], answerRef: '45/SNN-PC', answer: 'Trả lời bà [họ tên] ([email]): mức hỗ trợ tại Khoản 1 Điều 2 áp dụng từ tháng ký quyết định.', petition: expect.stringContaining('Tôi là [họ tên], điện thoại [số điện thoại].') }),
      ]),
    );
    expect(leaks(published)).toEqual([]);
    expect(leaks((await admin.get(`/cases/${caseId}`)).body)).toEqual([]);
    expect((await admin.get(`/petitions?documentId=${documentId}&category=question&open=false`)).body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
  }, 90_000);

  it('keeps personal data out of the Temporal histories of the case and of the inspection it opens, from submission to the published answer', async () => {
    const person = { name: 'Phùng Thị Xuân Quỳnh', email: `xuanquynh.${randomUUID().slice(0, 6)}@example.vn`, phone: '0903 456 789', address: 'Số 21 ngõ 4 phố Lò Đúc, phường Hai Bà Trưng' };
    const idNumber = '001190012345';
    const personal = [person.name, 'Xuân Quỳnh', person.email, person.phone, '0903456789', idNumber, 'Lò Đúc'];
    const about = `${person.name}, CCCD số ${idNumber}, điện thoại ${person.phone}, e-mail ${person.email}`;
    const received = await submit(petition({ pathKey: 'd2.k2', content: `Tôi là ${about}, ở ${person.address}. Khoản 2 Điều 2 đặt thêm thủ tục trái luật.`, petitioner: person }));
    expect(received.status).toBe(202);
    const listed = await eventually(() => admin.get(`/petitions?documentId=${documentId}&status=RECEIVED`), (r) => r.body.items.some((item: { trackingCode: string }) => item.trackingCode === received.body.trackingCode));
    const caseId = listed.body.items.find((item: { trackingCode: string }) => item.trackingCode === received.body.trackingCode).caseId as string;

    expect((await reviewer.post(`/cases/${caseId}/actions/classify`, { category: 'unlawful', note: `Bà ${about} nêu dấu hiệu vi phạm thẩm quyền.` })).body).toMatchObject({ status: 'IN_INSPECTION' });
    const withoutText = await drafter.post(`/cases/${caseId}/actions/answer`, { answerRef: '77/SNN-PC' });
    expect({ status: withoutText.status, code: withoutText.body.code, errors: withoutText.body.errors }).toEqual({ status: 422, code: 'ACTION_PAYLOAD_INVALID', errors: [{ field: 'answer', message: 'is required' }] });
    const answer = `Kính gửi ${about}, địa chỉ: ${person.address}. Khoản 2 Điều 2 sẽ được kiểm tra theo thẩm quyền.`;
    expect((await drafter.post(`/cases/${caseId}/actions/answer`, { answer, answerRef: '77/SNN-PC' })).body).toMatchObject({ status: 'ANSWERED' });
    expect((await reviewer.post(`/cases/${caseId}/actions/publishAnswer`, {})).body).toMatchObject({ status: 'PUBLISHED' });
    const published = await eventually(() => api.get(`/public/petitions/${received.body.trackingCode}`), (r) => r.body.answer !== null);
    expect(published.body.answer.answer).toBe(`Kính gửi [họ tên], CCCD số [số giấy tờ], điện thoại [số điện thoại], e-mail [email], địa chỉ: [địa chỉ]. Khoản 2 Điều 2 sẽ được kiểm tra theo thẩm quyền.`);

    const histories = new Map<string, string>();
    for (const workflowId of [caseId, `inspection-${caseId}`]) histories.set(workflowId, historyText(await temporal.workflow.getHandle(workflowId).fetchHistory()));
    expect([...histories].map(([workflowId, history]) => ({ workflowId, found: personal.filter((item) => history.includes(item)) }))).toEqual([
      { workflowId: caseId, found: [] },
      { workflowId: `inspection-${caseId}`, found: [] },
    ]);

    // Staff still read the note and the answer on the case, masked; the case itself holds their ids.
    const kase = (await admin.get(`/cases/${caseId}`)).body;
    expect(kase.state.data).toMatchObject({ answer: published.body.answer.answer, classificationNote: expect.stringContaining('nêu dấu hiệu vi phạm thẩm quyền'), answerId: expect.any(String), noteId: expect.any(String) });
    expect(personal.filter((item) => JSON.stringify(kase).includes(item))).toEqual([]);
    expect(histories.get(caseId)).toContain(kase.state.data.answerId);
  }, 90_000);

  it('routes an unlawful petition to an inspection of the document, by its number', async () => {
    const received = await submit({ documentNumber: documentNumber.toLowerCase(), pathKeys: ['d2'], content: 'Khoản 2 Điều 2 đặt thêm thủ tục trái luật.', petitioner: { name: 'Trần Văn Bình', phone: '+84 987 654 321' } });
    expect(received.status).toBe(202);
    const row = await eventually(() => admin.get(`/petitions?documentId=${documentId}&status=RECEIVED`), (r) => r.body.items.some((item: { pathKeys: string[] }) => item.pathKeys[0] === 'd2'));
    const caseId = row.body.items.find((item: { pathKeys: string[] }) => item.pathKeys[0] === 'd2').caseId as string;
    expect((await reviewer.post(`/cases/${caseId}/actions/classify`, { category: 'unlawful', note: 'Dấu hiệu vi phạm thẩm quyền.' })).body).toMatchObject({ status: 'IN_INSPECTION' });
    const inspection = await eventually(() => admin.get(`/cases/inspection-${caseId}`), (r) => r.status === 200);
    expect(inspection.body).toMatchObject({ kind: 'inspection', documentId, state: { source: { caseId, kind: 'petition' } } });
    expect((await api.get(`/public/petitions/${received.body.trackingCode}`)).body).toMatchObject({ status: 'IN_INSPECTION', category: 'unlawful' });
  }, 60_000);

  it('refuses a classification naming provisions the document does not have, and changes nothing', async () => {
    const received = await submit(petition({ pathKey: 'd1', content: 'Điều 1 chồng chéo với quy định của Bộ.' }));
    expect(received.status).toBe(202);
    const row = await eventually(() => admin.get(`/petitions?documentId=${documentId}&status=RECEIVED`), (r) => r.body.items.some((item: { pathKeys: string[] }) => item.pathKeys[0] === 'd1'));
    const caseId = row.body.items.find((item: { pathKeys: string[] }) => item.pathKeys[0] === 'd1').caseId as string;
    const caseBefore = (await admin.get(`/cases/${caseId}`)).body;

    const refused = await reviewer.post(`/cases/${caseId}/actions/classify`, { category: 'overlapping', pathKeys: ['d2.k1', 'd9', 'd2.k7'] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'PROVISION_UNKNOWN' });
    expect(refused.body.errors).toEqual([
      { field: 'pathKeys[1]', message: expect.stringContaining('d9 is not a provision') },
      { field: 'pathKeys[2]', message: expect.stringContaining('d2.k7 is not a provision') },
    ]);
    const caseAfter = (await admin.get(`/cases/${caseId}`)).body;
    expect({ status: caseAfter.status, history: caseAfter.history }).toEqual({ status: 'RECEIVED', history: caseBefore.history });
    expect((await admin.get(`/cases/review-${caseId}`)).status).toBe(404);

    expect((await reviewer.post(`/cases/${caseId}/actions/classify`, { category: 'overlapping', pathKeys: ['d2.k1'] })).body).toMatchObject({ status: 'IN_REVIEW' });
    const review = await eventually(() => admin.get(`/cases/review-${caseId}`), (r) => r.status === 200);
    expect(review.body.state.data).toMatchObject({ trigger: 'petition', affectedProvisions: ['d2.k1'] });
  }, 60_000);

  it('records a late answer as a breach and lists the petition as overdue', async () => {
    const received = await submit(petition({ pathKey: 'd3' }));
    expect(received.status).toBe(202);
    const overdue = await eventually(() => admin.get(`/petitions?documentId=${documentId}&overdue=true`), (r) => r.body.items.some((item: { trackingCode: string }) => item.trackingCode === received.body.trackingCode), 40_000, 500);
    const item = overdue.body.items.find((entry: { trackingCode: string }) => entry.trackingCode === received.body.trackingCode);
    expect(item).toMatchObject({ status: 'RECEIVED', overdue: true, outcome: null });
    const history = (await admin.get(`/cases/${item.caseId}`)).body.history.map((entry: { event: string }) => entry.event);
    expect(history).toEqual(['open', 'deadlineBreached']);
  }, 60_000);

  it('refuses a petition without a target, about an unknown or unpublished document or provision, or without contact, and stores nothing', async () => {
    const before = await total();
    const cases = [
      [{ content: 'Không ghi văn bản nào cả ở đây.', petitioner: PETITIONER }, 422, 'PETITION_TARGET_REQUIRED'],
      [petition({ documentId: randomUUID() }), 404, 'DOCUMENT_NOT_FOUND'],
      [petition({ documentId: draftId }), 404, 'DOCUMENT_NOT_FOUND'],
      [{ ...petition({ documentId: undefined }), documentNumber: '9999/2099/QĐ-UBND' }, 404, 'DOCUMENT_NOT_FOUND'],
      [petition({ pathKeys: ['d2.k1', 'd99', 'd2.k9'] }), 422, 'PROVISION_UNKNOWN'],
      [petition({ petitioner: { name: 'Ẩn danh' } }), 422, 'PETITIONER_CONTACT_REQUIRED'],
      [petition({ petitioner: { ...PETITIONER, email: 'not-an-email' }, extra: true }), 422, 'VALIDATION_FAILED'],
    ] as const;
    for (const [body, status, code] of cases) {
      const response = await submit(body);
      expect({ status: response.status, code: response.body.code, type: response.headers.get('content-type') }).toEqual({ status, code, type: expect.stringContaining('application/problem+json') });
    }
    expect((await submit(petition({ pathKeys: ['d2.k1', 'd99', 'd2.k9'] }))).body.errors.map((error: { message: string }) => error.message.split(' ')[0])).toEqual(['d99', 'd2.k9']);
    expect((await api.get('/public/petitions/AAAA-BBBB-CCCC')).body).toMatchObject({ status: 404, code: 'PETITION_NOT_FOUND' });
    expect((await api.get(`/documents/${draftId}/petition-answers`)).status).toBe(404);
    expect((await admin.get('/petitions/not-a-uuid')).body).toMatchObject({ status: 400 });
    expect(await total()).toBe(before);
  });

  it('gives a retried submission with the same Idempotency-Key the same tracking code, stored once', async () => {
    const before = await total();
    const headers = { ...from(), 'idempotency-key': unique('petition') };
    const first = await submit(petition({ pathKey: 'd1' }), headers);
    const retry = await submit(petition({ pathKey: 'd1' }), headers);
    expect(first.status).toBe(202);
    expect(retry.body.trackingCode).toBe(first.body.trackingCode);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await total()).toBe(before + 1);
  });

  it('documents its endpoints in the OpenAPI document', async () => {
    const document = (await (await fetch(`${api.baseUrl.replace(/\/v1$/, '')}/docs-json`)).json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/public/petitions', '/api/v1/public/petitions/{trackingCode}', '/api/v1/petitions', '/api/v1/petitions/{id}', '/api/v1/documents/{id}/petition-answers']) {
      expect(document.paths).toHaveProperty([path]);
    }
  });

  it('answers a burst of petitions from one address with 429 problems once the limit is reached', async () => {
    const address = from();
    const before = await total();
    const responses = [];
    for (let n = 0; n < 7; n++) responses.push(await submit(petition({ content: `Kiến nghị lặp lại lần thứ ${n + 1} về mức hỗ trợ.` }), address));
    expect(responses.map((response) => response.status)).toEqual([202, 202, 202, 202, 202, 429, 429]);
    expect(responses[5].body).toMatchObject({ status: 429, code: 'TOO_MANY_PETITIONS' });
    expect(Number(responses[5].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await total()).toBe(before + 5);
    expect((await submit(petition(), from())).status).toBe(202);
  }, 60_000);
});

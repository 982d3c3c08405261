import { randomUUID } from 'node:crypto';
import { createDataSource, IssuerRepository } from '@legis/db';
import { DEMO_PASSWORD } from '../../scripts/seed/demo-seed';
import JSZip from 'jszip';
import type { DataSource } from 'typeorm';
import { ApiClient, unique } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { sharedStack } from '../support/shared-stack';
import { answerAll, answerOf, CYCLE, document, expectedLists, generateCampaignCorpus, insertChunked, relate, type GeneratedCorpus } from '../support/systematisation-corpus';
import { eventually } from '../support/wait';

const COUNT = 2000;
const AGENCIES = 4;

/**
 * A systematisation campaign over 2,000 documents generated straight into PostgreSQL, with known
 * validity and answers, run by the real worker and API: gathering, per-agency results, lists. Then
 * bad input, an early close, and the annual list of expired documents.
 */
describe('systematisation', () => {
  let dataSource: DataSource;
  let admin: ApiClient;
  const agencies = new Map<string, ApiClient>();
  let corpus: GeneratedCorpus;
  let leadAgencyId: string;
  let campaignId: string;

  beforeAll(async () => {
    dataSource = createDataSource({ url: sharedStack().appEnv.DATABASE_URL!, poolMax: 2 });
    await dataSource.initialize();
    const api = new ApiClient(sharedStack().apiUrl);
    admin = await signInAdmin(api);
    for (let i = 0; i < AGENCIES; i++) {
      const user = await newUser(api, ['drafter']);
      agencies.set(user.agencyId!, user.client);
    }
    leadAgencyId = [...agencies.keys()][0];
    corpus = await generateCampaignCorpus(dataSource, { count: COUNT, tag: randomUUID().slice(0, 8), agencyIds: [...agencies.keys()], leadAgencyId });
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const campaign = (id = campaignId) => admin.get(`/systematisation/campaigns/${id}`);
  const phaseReached = (phase: string, id = campaignId) => eventually(() => campaign(id), (r) => r.body.phase === phase, 90_000, 250);

  it('gathers every document in scope and assigns it to its agency', async () => {
    const created = await admin.post('/systematisation/campaigns', { ...CYCLE, planRef: 'KH-45/KH-UBND', scope: { issuerIds: corpus.issuerIds }, leadAgencyId });
    expect(created.status).toBe(201);
    campaignId = created.body.id;
    expect(created.body).toMatchObject({ workflowId: `systematisation-${campaignId}`, cycleLabel: '2019–2023', periodStart: '2019-01-01' });

    const reviewing = await phaseReached('REVIEWING');
    expect(reviewing.body.total).toBe(COUNT);
    const expectedPerAgency = new Map<string, number>();
    for (const doc of corpus.documents) expectedPerAgency.set(doc.agencyId, (expectedPerAgency.get(doc.agencyId) ?? 0) + 1);
    expect(new Map(reviewing.body.progress.map((p: { agencyId: string; total: number }) => [p.agencyId, p.total]))).toEqual(expectedPerAgency);
    expect(reviewing.body.live).toMatchObject({ phase: 'REVIEWING', gathered: COUNT, total: COUNT });

    // The proposal from recorded validity is there for the agency to confirm.
    const [someAgencyId, client] = [...agencies][1];
    const page = await client.get(`/systematisation/campaigns/${campaignId}/assignments?pending=true&pageSize=200`);
    expect(page.body.total).toBe(expectedPerAgency.get(someAgencyId));
    expect(page.body.items.every((item: { agencyId: string }) => item.agencyId === someAgencyId)).toBe(true);
    const proposals = await dataSource.query<{ documentId: string; proposed: string }[]>(
      'SELECT document_id AS "documentId", proposed FROM systematisation_assignments WHERE campaign_id = $1',
      [campaignId],
    );
    const proposedOf = new Map(proposals.map((row) => [row.documentId, row.proposed]));
    const byCategory = (category: number) => new Set(corpus.documents.filter((doc) => doc.category === category).map((doc) => proposedOf.get(doc.id)));
    expect([0, 4, 7, 8, 9].map((category) => [...byCategory(category)])).toEqual([['IN_FORCE'], ['EXPIRED'], ['PARTIALLY_EXPIRED'], ['SUSPENDED'], ['IN_FORCE']]);
    expect(corpus.outOfScope.filter((id) => proposedOf.has(id))).toEqual([]);
  });

  it('refuses bad results with a problem and changes nothing', async () => {
    const [[agencyA, clientA], [agencyB]] = [...agencies];
    const ofB = corpus.documents.find((doc) => doc.agencyId === agencyB)!;
    const ofA = corpus.documents.find((doc) => doc.agencyId === agencyA)!;
    const post = (client: ApiClient, body: unknown) => client.post(`/systematisation/campaigns/${campaignId}/results`, body);

    const foreign = await post(clientA, { items: [answerOf(ofA), answerOf(ofB)] });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    expect(foreign.body).toMatchObject({ code: 'ASSIGNED_TO_ANOTHER_AGENCY', documentIds: [ofB.id] });

    const unknown = await post(clientA, { items: [answerOf(ofA), { documentId: corpus.outOfScope[0], result: 'IN_FORCE' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'DOCUMENT_NOT_IN_CAMPAIGN', errors: [{ field: 'items[1].documentId' }] });

    expect((await post(clientA, { items: [{ documentId: ofA.id, result: 'MAYBE' }] })).status).toBe(422);
    expect((await post(clientA, { items: [answerOf(ofA), answerOf(ofA)] })).body).toMatchObject({ status: 422, errors: [{ field: 'items[1].documentId' }] });
    expect((await post(clientA, { items: [] })).status).toBe(422);
    expect((await post(clientA, { items: [{ ...answerOf(ofA), changedOn: '2022-13-01' }] })).body).toMatchObject({ status: 422, errors: [{ field: 'items[0].changedOn' }] });
    expect((await post(admin, { items: [answerOf(ofA)], extra: true })).status).toBe(422);

    const lists = await admin.get(`/systematisation/campaigns/${campaignId}/lists/inForce`);
    expect(lists.body).toMatchObject({ status: 409, code: 'LISTS_NOT_READY' });
    expect((await campaign()).body.progress.reduce((sum: number, p: { answered: number }) => sum + p.answered, 0)).toBe(0);
  });

  it('completes when every agency has answered and draws up the lists exactly', async () => {
    // Small requests, so the review phase outlives one run of the workflow (continue-as-new).
    await answerAll(agencies, campaignId, corpus.documents, 100);
    const completed = await phaseReached('COMPLETED');
    const expected = expectedLists(corpus.documents);
    expect(completed.body).toMatchObject({ total: COUNT, answered: COUNT, closedBy: null });
    expect(completed.body.live).toMatchObject({ phase: 'COMPLETED', gathered: COUNT });
    expect(completed.body.live.runs).toBeGreaterThan(1);
    expect(completed.body.listCounts).toEqual({ inForce: expected.inForce.length, compilation: expected.compilation.length, expiredOrSuspended: expected.expiredOrSuspended.length, needsAction: expected.needsAction.length });

    for (const list of ['inForce', 'expiredOrSuspended', 'needsAction', 'compilation', 'unanswered']) {
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const response = await admin.get(`/systematisation/campaigns/${campaignId}/lists/${list}?pageSize=200&page=${page}`);
        expect(response.status).toBe(200);
        ids.push(...response.body.items.map((item: { documentId: string }) => item.documentId));
        if (ids.length >= response.body.total) break;
      }
      expect(ids.sort()).toEqual(expected[list].sort());
    }

    const partial = (await admin.get(`/systematisation/campaigns/${campaignId}/lists/expiredOrSuspended?pageSize=200`)).body.items.find((item: { result: string }) => item.result === 'PARTIALLY_EXPIRED');
    expect(partial).toMatchObject({ changedOn: '2022-03-01', provisions: ['d3'], answered: true });

    const csv = await admin.get(`/systematisation/campaigns/${campaignId}/lists/needsAction?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    // (fetch drops the byte-order mark when it decodes the text)
    expect(lines[0]).toBe('STT,Tên loại văn bản,"Số, ký hiệu; ngày, tháng, năm ban hành",Tên gọi của văn bản,Kiến nghị (hình thức xử lý),Nội dung kiến nghị,Cơ quan chủ trì soạn thảo');
    expect(lines).toHaveLength(expected.needsAction.length + 1);
    expect(lines.filter((line) => line.includes('Cần thay thế'))).toHaveLength(corpus.documents.filter((doc) => doc.category === 6).length);

    const login = await new ApiClient(sharedStack().apiUrl).post<{ accessToken: string }>('/auth/login', { email: 'admin@legis.local', password: DEMO_PASSWORD });
    const docx = await fetch(`${sharedStack().apiUrl}/systematisation/campaigns/${campaignId}/lists/compilation?format=docx`, { headers: { authorization: `Bearer ${login.body.accessToken}` } });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(xml).toContain('TẬP HỆ THỐNG HÓA VĂN BẢN CÒN HIỆU LỰC');
    // Header, one heading row per field, one row per document in force.
    expect(xml.match(/<w:tr>/g)).toHaveLength(1 + 4 + expected.compilation.length);

    const late = await agencies.get(leadAgencyId)!.post(`/systematisation/campaigns/${campaignId}/results`, { items: [answerOf(corpus.documents[0])] });
    expect(late.body).toMatchObject({ status: 409, code: 'CAMPAIGN_NOT_REVIEWING', phase: 'COMPLETED' });
  });

  it('refuses bad campaigns: dates, unknown issuers, duplicates, non-admins', async () => {
    const create = (client: ApiClient, body: Record<string, unknown>) => client.post('/systematisation/campaigns', { ...CYCLE, planRef: 'KH-1', ...body });
    const before = Number((await admin.get('/systematisation/campaigns?pageSize=1')).body.total);
    expect((await create(admin, { referenceDate: '2023-02-30' })).body).toMatchObject({ status: 422, errors: [{ field: 'referenceDate' }] });
    expect((await create(admin, { periodEnd: '2024-06-30' })).body).toMatchObject({ status: 422, errors: [{ field: 'periodEnd' }] });
    expect((await create(admin, { scope: { issuerIds: [randomUUID()] } })).body).toMatchObject({ status: 422, code: 'UNKNOWN_REFERENCE', errors: [{ field: 'scope.issuerIds[0]' }] });
    expect((await create(admin, { scope: { docTypes: ['MEMO'] } })).status).toBe(422);
    expect((await create([...agencies.values()][0], { scope: { issuerIds: corpus.issuerIds } })).status).toBe(403);
    const duplicate = await create(admin, { planRef: 'KH-45/KH-UBND', scope: { issuerIds: [...corpus.issuerIds].reverse() } });
    expect(duplicate.body).toMatchObject({ status: 409, code: 'CAMPAIGN_EXISTS', existingId: campaignId });
    expect(Number((await admin.get('/systematisation/campaigns?pageSize=1')).body.total)).toBe(before);
    expect((await admin.get(`/systematisation/campaigns/${randomUUID()}`)).status).toBe(404);
    expect((await admin.get(`/systematisation/campaigns/${campaignId}/lists/everything`)).status).toBe(422);
  });

  it('closes early on an administrator’s request and lists the unanswered', async () => {
    const issuer = corpus.issuerIds[0];
    const created = await admin.post('/systematisation/campaigns', { ...CYCLE, planRef: 'KH-46', scope: { issuerIds: [issuer], fields: ['Giáo dục'] }, leadAgencyId });
    const id = created.body.id as string;
    await phaseReached('REVIEWING', id);
    const inScope = corpus.documents.filter((_doc, index) => index % 3 === 0 && index % 4 === 2);
    expect((await campaign(id)).body.total).toBe(inScope.length);
    const answered = inScope.filter((doc) => doc.agencyId === leadAgencyId);
    await answerAll(new Map([[leadAgencyId, agencies.get(leadAgencyId)!]]), id, answered);
    expect((await agencies.get(leadAgencyId)!.post(`/systematisation/campaigns/${id}/close`, { reason: 'x' })).status).toBe(403);
    expect((await admin.post(`/systematisation/campaigns/${id}/close`, {})).status).toBe(422);
    const closing = await admin.post(`/systematisation/campaigns/${id}/close`, { reason: 'Hết thời hạn theo kế hoạch' });
    expect(closing.body).toEqual({ unanswered: inScope.length - answered.length, status: 'closing' });
    const completed = await phaseReached('COMPLETED', id);
    expect(completed.body).toMatchObject({ answered: answered.length, closeReason: 'Hết thời hạn theo kế hoạch' });
    const unanswered = await admin.get(`/systematisation/campaigns/${id}/lists/unanswered?pageSize=200`);
    expect(unanswered.body.items.map((item: { documentId: string }) => item.documentId).sort()).toEqual(inScope.filter((doc) => doc.agencyId !== leadAgencyId).map((doc) => doc.id).sort());
    expect((await admin.post(`/systematisation/campaigns/${id}/close`, { reason: 'again' })).body).toMatchObject({ status: 409, code: 'CAMPAIGN_CLOSED' });
  });

  it('lists the documents expired or suspended during a year, with those carried forward', async () => {
    const year = Number((await dataSource.query<{ year: number }[]>('SELECT extract(year FROM now())::int AS year'))[0].year);
    const api = new ApiClient(sharedStack().apiUrl);
    const committee = (await new IssuerRepository(dataSource).ensure(`Ủy ban nhân dân tỉnh Năm ${unique('x')}`)).id;
    const [repealer, oldRepealer, ancient, whole, part, fixedTerm, carried, tooOld] = await insertChunked(dataSource, [
      document({ number: `1/${year}/QĐ-UBND`, docType: 'DECISION', effectiveDate: `${year}-04-01`, issuedDate: `${year}-03-20`, title: 'Văn bản bãi bỏ' }),
      document({ number: `9/${year - 1}/QĐ-UBND`, docType: 'DECISION', effectiveDate: `${year - 1}-11-01`, issuedDate: `${year - 1}-10-20`, title: 'Bãi bỏ năm trước' }),
      document({ number: `3/${year - 3}/QĐ-UBND`, docType: 'DECISION', effectiveDate: `${year - 3}-11-01`, issuedDate: `${year - 3}-10-20`, title: 'Bãi bỏ đã lâu' }),
      ...['Bị bãi bỏ toàn bộ', 'Bị ngưng một phần', 'Hết thời hạn', 'Bị bãi bỏ năm trước', 'Bị bãi bỏ đã lâu'].map((title, index) =>
        document({ number: `${index + 10}/2015/QĐ-UBND`, docType: 'DECISION', issuerId: committee, issuedDate: `2015-01-${10 + index}`, effectiveDate: '2015-02-01', title, expiryDate: index === 2 ? `${year}-09-30` : null }),
      ),
    ]);
    await relate(dataSource, { type: 'REPEALS', sourceDocumentId: repealer, targetDocumentId: whole });
    await relate(dataSource, { type: 'SUSPENDS', sourceDocumentId: repealer, targetDocumentId: part, targetPathKey: 'd2' });
    await relate(dataSource, { type: 'REPEALS', sourceDocumentId: oldRepealer, targetDocumentId: carried });
    await relate(dataSource, { type: 'REPEALS', sourceDocumentId: ancient, targetDocumentId: tooOld });

    const list = await api.get(`/systematisation/annual-list?year=${year}&issuerId=${committee}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: Record<string, unknown>) => [item.documentId, item.status, item.extent, item.date, item.carriedForward, item.provisions])).toEqual([
      [whole, 'expired', 'whole', `${year}-04-01`, false, []],
      [part, 'suspended', 'part', `${year}-04-01`, false, ['d2']],
      [fixedTerm, 'expired', 'whole', `${year}-09-30`, false, []],
      [carried, 'expired', 'whole', `${year - 1}-11-01`, true, []],
    ]);
    expect(list.body.items[0].reason).toBe(`Bãi bỏ bởi 1/${year}/QĐ-UBND`);
    const csv = await api.get(`/systematisation/annual-list?year=${year}&issuerId=${committee}&format=csv`);
    expect((csv.body as string).trim().split('\r\n')).toHaveLength(5);
    expect((csv.body as string)).toContain('Bổ sung từ kỳ trước');
    expect((await api.get('/systematisation/annual-list?year=20x4')).status).toBe(422);
    expect((await api.get('/systematisation/annual-list?year=2024&format=pdf')).status).toBe(422);
  });
});

import { ApiClient, unique } from '../support/api-client';
import { newUser, signIn, signInAdmin } from '../support/actors';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('GET /search', () => {
  const marker = unique('dd').replace(/\W/g, '');
  const province = `tỉnh Tìm${marker}`;
  let issuedId: string;
  let draftId: string;
  let drafter: ApiClient;

  beforeAll(async () => {
    const admin = await signInAdmin(api);
    const issued = await admin.post('/documents', {
      text: `QUYẾT ĐỊNH\nQuy định quản lý đất đai ${marker}\nĐiều 1. Giao đất\nỦy ban nhân dân cấp xã giao đất nông nghiệp ${marker} cho hộ gia đình trong thời hạn 20 ngày.\nĐiều 2. Thu hồi đất\nViệc thu hồi đất ${marker} thực hiện theo quy định của pháp luật về đất đai.`,
      metadata: { kind: 'issued', number: '09/2025/QĐ-UBND', issuerName: `Ủy ban nhân dân ${province}`, issuedDate: '2025-03-01', effectiveDate: '2025-03-15', field: 'Đất đai' },
    });
    issuedId = issued.body.id;
    await intakeFinished(admin, issued.body.statusUrl);
    ({ client: drafter } = await newUser(api, ['drafter']));
    const draft = await drafter.post('/documents', { text: `QUYẾT ĐỊNH\nDự thảo đất đai ${marker}\nĐiều 1. Giao đất\nGiao đất ở ${marker} cho cá nhân theo quy định.` });
    draftId = draft.body.id;
    await intakeFinished(drafter, draft.body.statusUrl);
  });

  it('finds provisions without diacritics, with highlights, citation keys and facets', async () => {
    const response = await api.get(`/search?q=${encodeURIComponent(`giao dat nong nghiep ${marker}`)}&facets=docType,validityStatus`);
    expect(response.status).toBe(200);
    const hit = response.body.hits.find((h: { documentId: string }) => h.documentId === issuedId);
    expect(hit).toMatchObject({ pathKey: 'd1', citationKey: '09/2025/QĐ-UBND#d1', documentNumber: '09/2025/QĐ-UBND' });
    expect(hit.highlight.text).toContain('<em>');
    expect(response.body).toMatchObject({ page: 1, total: expect.any(Number), processingTimeMs: expect.any(Number) });
    expect(response.body.facets.docType.DECISION).toBeGreaterThan(0);
  });

  it('shows drafts to their agency and to appraisers only', async () => {
    const query = `/search?q=${encodeURIComponent(`giao dat o ${marker}`)}`;
    const ids = (r: { body: { hits: { documentId: string }[] } }) => r.body.hits.map((h) => h.documentId);
    expect(ids(await api.get(query))).not.toContain(draftId);
    expect(ids(await drafter.get(query))).toContain(draftId);
    expect(ids(await (await signIn(api, 'appraiser@legis.local')).get(query))).toContain(draftId);
    expect(ids(await (await signIn(api, 'drafter@legis.local')).get(query))).not.toContain(draftId);
  });

  it('returns only what is in force on asOf, and filters by type and status', async () => {
    const query = (extra: string) => api.get(`/search?q=${encodeURIComponent(`thu hoi dat ${marker}`)}${extra}`);
    const found = (r: { body: { hits: { documentId: string }[] } }) => r.body.hits.some((h) => h.documentId === issuedId);
    expect(found(await query('&asOf=2025-03-15'))).toBe(true);
    expect(found(await query('&asOf=2025-03-14'))).toBe(false);
    expect(found(await query('&docType=RESOLUTION'))).toBe(false);
    expect(found(await query('&status=IN_FORCE&target=provisions'))).toBe(true);
    const documents = await api.get(`/search?target=documents&q=${encodeURIComponent(`quan ly dat dai ${marker}`)}`);
    expect(documents.body.hits[0]).toMatchObject({ documentId: issuedId, number: '09/2025/QĐ-UBND' });
  });

  it('rejects invalid parameters with 422', async () => {
    expect((await api.get('/search?asOf=2025-13-40')).status).toBe(422);
    expect((await api.get('/search?pageSize=1000')).status).toBe(422);
    expect((await api.get('/search?facets=shoeSize')).status).toBe(422);
  });
});

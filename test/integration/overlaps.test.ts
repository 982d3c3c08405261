import { ApiClient, unique } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { intakeFinished } from '../support/intake';
import { searchCorpus, splitArticles } from '../support/search-corpus';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

/** A provincial decision in force with two provisions a draft will collide with. */
const inForce = (province: string) => `ỦY BAN NHÂN DÂN ${province.toUpperCase()}
QUYẾT ĐỊNH
Quy định về quản lý chợ trên địa bàn
Điều 1. Thời hạn cấp phép kinh doanh
Ban quản lý chợ phải cấp giấy phép kinh doanh cho thương nhân trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định.
Điều 2. Hoạt động bị cấm trong chợ
Thương nhân không được kinh doanh hàng hóa không rõ nguồn gốc xuất xứ trong khu vực chợ truyền thống và chợ đầu mối.
Điều 3. Vệ sinh môi trường
Tổ chức, cá nhân kinh doanh tại chợ có trách nhiệm thu gom rác thải sinh hoạt đúng nơi quy định và giữ gìn vệ sinh chung.`;

describe('overlap and conflict detection', () => {
  it('finds the duplicate, the changed time limit and the flipped modality of a draft, with explanations', async () => {
    const admin = await signInAdmin(api);
    const province = `tỉnh ${unique('Chợ')}`;
    const issued = await admin.post('/documents', {
      text: inForce(province),
      metadata: { kind: 'issued', number: '07/2025/QĐ-UBND', issuerName: `Ủy ban nhân dân ${province}`, issuedDate: '2025-01-02', effectiveDate: '2025-01-15' },
    });
    expect((await intakeFinished(admin, issued.body.statusUrl)).status).toBe('indexed');

    const { client: drafter } = await newUser(api, ['drafter']);
    const draft = `QUYẾT ĐỊNH
Dự thảo quy định chợ mới
Điều 1. Thời hạn cấp phép
Ban quản lý chợ phải cấp giấy phép kinh doanh cho thương nhân trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định.
Điều 2. Hàng hóa trong chợ
Thương nhân được kinh doanh hàng hóa không rõ nguồn gốc xuất xứ trong khu vực chợ truyền thống và chợ đầu mối.
Điều 3. Vệ sinh
Tổ chức, cá nhân kinh doanh tại chợ có trách nhiệm thu gom rác thải sinh hoạt đúng nơi quy định và giữ gìn vệ sinh chung.`;
    const response = await drafter.post('/overlaps', { text: draft, asOf: '2026-01-01' });
    expect(response.status).toBe(200);
    const byPath = Object.fromEntries(response.body.findings.map((f: { pathKey: string; candidates: any[] }) => [f.pathKey, f.candidates.filter((c) => c.documentId === issued.body.id)[0]]));

    expect(byPath.d1).toMatchObject({ class: 'conflict', pathKey: 'd1', citationKey: '07/2025/QĐ-UBND#d1' });
    expect(byPath.d1.explanation.differingValues[0]).toMatchObject({ query: { value: 15 }, candidate: { value: 30 } });
    expect(byPath.d2).toMatchObject({ class: 'conflict' });
    expect(byPath.d2.explanation.modality).toMatchObject({ query: { kind: 'permission' }, candidate: { kind: 'prohibition' } });
    expect(byPath.d3).toMatchObject({ class: 'duplicate' });
    expect(byPath.d3.score).toBeGreaterThan(0.9);
    expect(byPath.d3.explanation.sharedSpans.length).toBeGreaterThan(0);

    // Not yet in force on an earlier date: no candidates from it.
    const before = await drafter.post('/overlaps', { text: draft, asOf: '2024-06-01' });
    expect(before.body.findings.flatMap((f: { candidates: { documentId: string }[] }) => f.candidates).some((c: { documentId: string }) => c.documentId === issued.body.id)).toBe(false);
  });

  it('stores the report of a draft version during intake and excludes the draft itself', async () => {
    const admin = await signInAdmin(api);
    const province = `tỉnh ${unique('Lưu')}`;
    const issued = await admin.post('/documents', { text: inForce(province), metadata: { kind: 'issued', issuerName: `Ủy ban nhân dân ${province}`, issuedDate: '2025-01-02', effectiveDate: '2025-01-15' } });
    await intakeFinished(admin, issued.body.statusUrl);
    const { client: drafter } = await newUser(api, ['drafter']);
    const draft = await drafter.post('/documents', { text: inForce(province).replace('30 ngày', '20 ngày'), metadata: { title: 'Dự thảo chợ', effectiveDate: '2026-03-01' } });
    expect((await intakeFinished(drafter, draft.body.statusUrl)).status).toBe('indexed');
    const report = await drafter.get(`/documents/${draft.body.id}/versions/1/overlaps`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ asOf: '2026-03-01', documentId: draft.body.id, versionNo: 1 });
    const candidates = report.body.findings.flatMap((f: { candidates: { documentId: string }[] }) => f.candidates);
    expect(candidates.some((c: { documentId: string }) => c.documentId === issued.body.id)).toBe(true);
    expect(candidates.some((c: { documentId: string }) => c.documentId === draft.body.id)).toBe(false);
  });

  it('finds a draft copying the middle of a long annex-like article, through the passage that holds it', async () => {
    const admin = await signInAdmin(api);
    const province = `tỉnh ${unique('Dài')}`;
    // Real provisions' sentences run together into one article of well over 1,000 words.
    const filler = searchCorpus()
      .slice(0, 6)
      .flatMap((d) => splitArticles(d.text).map((a) => a.text.replace(/\s+/g, ' ').replace(/(^|\s)(\d+|[a-zđ])[.)]\s/g, ' ')))
      .join(' ')
      .split(' ');
    const copied = 'Hộ kinh doanh đặt quầy hàng ven kênh Xáng phải nộp phí vệ sinh mỗi tháng trước ngày mười lăm cho ban quản lý bến thuyền.';
    const article = [...filler.slice(0, 900), copied, ...filler.slice(900, 1_500)].join(' ');
    const issued = await admin.post('/documents', {
      text: `ỦY BAN NHÂN DÂN ${province.toUpperCase()}\nQUYẾT ĐỊNH\nQuy định về bến thuyền\nĐiều 1. Quy định chung\n${article}\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày ký.`,
      metadata: { kind: 'issued', issuerName: `Ủy ban nhân dân ${province}`, issuedDate: '2025-01-02', effectiveDate: '2025-01-15' },
    });
    expect((await intakeFinished(admin, issued.body.statusUrl)).status).toBe('indexed');

    const response = await admin.post('/overlaps', { text: `Điều 1. Phí bến thuyền\n${copied}`, asOf: '2026-01-01' });
    const candidate = response.body.findings[0].candidates.find((c: { documentId: string }) => c.documentId === issued.body.id);
    // The sentence is all of the draft's provision but a sliver of the article: overlap, not duplicate.
    expect(candidate).toMatchObject({ pathKey: 'd1', class: 'overlap' });
    expect(candidate.score).toBeGreaterThan(0.9);
    expect(candidate.textOffset).toBeGreaterThan(0);
    expect(candidate.text).toContain(copied);
    expect(candidate.text.length).toBeLessThan(article.length / 2);
  });

  it('refuses a request with both or neither of documentId and text', async () => {
    const admin = await signInAdmin(api);
    expect((await admin.post('/overlaps', {})).body).toMatchObject({ status: 422, code: 'OVERLAP_INPUT' });
    expect((await api.post('/overlaps', { text: 'Điều 1. Một điều khoản đủ dài để so sánh với nhau' })).status).toBe(401);
  });
});

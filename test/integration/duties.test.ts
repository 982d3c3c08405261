import { randomUUID } from 'node:crypto';
import { ApiClient, unique, type ApiResponse } from '../support/api-client';
import { newUser, signInAdmin } from '../support/actors';
import { corpusDocument } from '../support/corpus';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const api = new ApiClient(sharedStack().apiUrl);

/** Decree 138/2026/NĐ-CP (in force from its signing, 07/04/2026) asks the provincial council to set higher support levels in khoản 2 Điều 26 and khoản 3 Điều 28. */
const DECREE = 'hr8chude-nghi-dinh-so-138-2026-nd-cp-469380';

/** A resolution of a test province that details khoản 2 Điều 26 of the decree. */
function detailingResolution(province: string): string {
  return [
    'HỘI ĐỒNG NHÂN DÂN',
    `TỈNH ${province.toUpperCase()}`,
    '-------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    'Số: 07/2026/NQ-HĐND',
    'Thử Nghiệm, ngày 10 tháng 11 năm 2026',
    'NGHỊ QUYẾT',
    'Quy định chi tiết mức hỗ trợ cao hơn cho người lao động tham gia đánh giá kỹ năng nghề quốc gia',
    `HỘI ĐỒNG NHÂN DÂN TỈNH ${province.toUpperCase()}`,
    'KHÓA XVII, KỲ HỌP THỨ 5',
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    'Căn cứ Luật Việc làm số 74/2025/QH15;',
    'Căn cứ Nghị định số 138/2026/NĐ-CP ngày 07 tháng 4 năm 2026 của Chính phủ quy định chi tiết một số điều của Luật Việc làm về phát triển kỹ năng nghề;',
    'Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.',
    'QUYẾT NGHỊ:',
    'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng',
    '1. Nghị quyết này quy định chi tiết khoản 2 Điều 26 Nghị định số 138/2026/NĐ-CP về mức hỗ trợ cao hơn cho người lao động tham gia đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia.',
    '2. Người lao động có hộ khẩu thường trú trên địa bàn tỉnh.',
    'Điều 2. Mức hỗ trợ',
    'Mức hỗ trợ bằng 150% mức hỗ trợ quy định tại khoản 1 Điều 26 Nghị định số 138/2026/NĐ-CP.',
    'Điều 3. Hiệu lực thi hành',
    'Nghị quyết này có hiệu lực từ ngày 20 tháng 11 năm 2026.',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');
}

/** Decree 185/2026/NĐ-CP (in force 26/05/2026): khoản 5 Điều 16 asks the provincial committee for rules on staff of villages. */
const VILLAGE_DECREE = 'hr8chude-nghi-dinh-so-185-2026-nd-cp-469629';

/** A committee decision of a test province detailing khoản 5 Điều 16 of that decree, issued before it was loaded. */
function detailingDecision(province: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    `TỈNH ${province.toUpperCase()}`,
    '-------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    'Số: 21/2026/QĐ-UBND',
    'Thử Nghiệm, ngày 15 tháng 5 năm 2026',
    'QUYẾT ĐỊNH',
    'Quy định chi tiết tiêu chuẩn, nhiệm vụ của người hoạt động không chuyên trách ở thôn, tổ dân phố',
    `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`,
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    'Căn cứ khoản 5 Điều 16 Nghị định số 185/2026/NĐ-CP ngày 26 tháng 5 năm 2026 của Chính phủ;',
    'Theo đề nghị của Giám đốc Sở Nội vụ.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Phạm vi điều chỉnh',
    'Quyết định này quy định tiêu chuẩn, nhiệm vụ và việc quản lý người hoạt động không chuyên trách ở thôn, tổ dân phố trên địa bàn tỉnh.',
    'Điều 2. Hiệu lực thi hành',
    'Quyết định này có hiệu lực từ ngày 26 tháng 5 năm 2026.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn B',
  ].join('\n');
}

const dutiesOf = (client: ApiClient, documentId: string, query = '') => client.get(`/duties?documentId=${documentId}${query}`);

function expectProblem(response: ApiResponse, status: number, code?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  if (code) expect(response.body.code).toBe(code);
}

describe('detailed-regulation duties (REFERENCE §4.13)', () => {
  it('detects the duties of a real decree, marks them overdue, and closes them when a provincial resolution details them', async () => {
    const admin = await signInAdmin(api);
    const reviewer = (await newUser(api, ['reviewer'])).client;
    const inspector = (await newUser(api, ['inspector'])).client;

    // 1. Intake of the central decree opens one duty per delegating provision, due on its effective date.
    const decree = await admin.post('/documents', { text: corpusDocument(DECREE).text, metadata: { kind: 'issued' } });
    expect(decree.status).toBe(202);
    await intakeFinished(admin, decree.body.statusUrl);
    const decreeId: string = decree.body.id;
    // The decree took effect on 07/04/2026, long past: the framework's deadline breaches at once.
    const overdue = await eventually(
      () => dutiesOf(reviewer, decreeId),
      (r) => r.status === 200 && r.body.total === 2 && r.body.items.every((duty: { status: string }) => duty.status === 'overdue'),
      60_000,
    );
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ caseId: `duty-${decreeId}-d26.k2-council`, sourceNumber: '138/2026/NĐ-CP', pathKey: 'd26.k2', addressee: 'council', dueDate: '2026-04-07', caseStatus: 'IDENTIFIED' }),
      expect.objectContaining({ caseId: `duty-${decreeId}-d28.k3-council`, pathKey: 'd28.k3', addressee: 'council', dueDate: '2026-04-07' }),
    ]);
    expect(overdue.body.items[0].subject).toMatch(/^mức hỗ trợ cao hơn/);
    const escalated = await admin.get(`/cases/${overdue.body.items[0].caseId}`);
    expect(escalated.body).toMatchObject({ kind: 'duty', overdue: true, state: { breaches: 1 } });
    expect((await dutiesOf(reviewer, decreeId, '&addressee=committee')).body.total).toBe(0);

    const backlog = await reviewer.get(`/duties/backlog.csv?documentId=${decreeId}`);
    expect(backlog.status).toBe(200);
    expect(backlog.headers.get('content-type')).toContain('text/csv');
    const lines = String(backlog.body).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('138/2026/NĐ-CP');

    // 2. On demand, detection is idempotent and admin-only; bad input is refused and changes nothing.
    const again = await admin.post('/duties/detect', { documentId: decreeId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ role: 'central', opened: [], linked: [] });
    expect(again.body.duties).toHaveLength(2);
    expectProblem(await inspector.post('/duties/detect', { documentId: decreeId }), 403);
    expectProblem(await admin.post('/duties/detect', { documentId: randomUUID() }), 404, 'DOCUMENT_NOT_ISSUED');
    expectProblem(await admin.post('/duties/detect', { documentId: 'not-a-uuid' }), 422);
    expectProblem(await reviewer.get('/duties?status=late'), 422);
    expect((await dutiesOf(reviewer, decreeId)).body.total).toBe(2);

    // 3. A resolution of the province detailing khoản 2 Điều 26 fulfils that duty (late), and only that one.
    const province = unique('Thử nghiệm');
    const resolution = await admin.post('/documents', {
      text: detailingResolution(province),
      metadata: { kind: 'issued', issuerName: `Hội đồng nhân dân tỉnh ${province}` },
    });
    await intakeFinished(admin, resolution.body.statusUrl);
    const resolutionId: string = resolution.body.id;
    const fulfilled = await eventually(
      () => dutiesOf(reviewer, decreeId, '&status=fulfilled'),
      (r) => r.status === 200 && r.body.total === 1,
      60_000,
    );
    expect(fulfilled.body.items[0]).toMatchObject({
      pathKey: 'd26.k2',
      status: 'fulfilled',
      caseStatus: 'FULFILLED',
      fulfilledBy: [{ documentId: resolutionId, number: '07/2026/NQ-HĐND', issuedDate: '2026-11-10', onTime: false, how: 'relation' }],
    });
    expect((await dutiesOf(reviewer, decreeId, '&status=overdue')).body.items.map((duty: { pathKey: string }) => duty.pathKey)).toEqual(['d28.k3']);

    // 4. The other duty is linked by hand; wrong documents and closed duties are refused.
    const other = `duty-${decreeId}-d28.k3-council`;
    expectProblem(await reviewer.post(`/duties/${other}/link`, { documentId: decreeId }), 422, 'DOCUMENT_NOT_LOCAL');
    expectProblem(await reviewer.post(`/duties/${other}/link`, { documentId: randomUUID() }), 422, 'DOCUMENT_NOT_ISSUED');
    expectProblem(await reviewer.post(`/duties/duty-${randomUUID()}-d1-council/link`, { documentId: resolutionId }), 404, 'DUTY_NOT_FOUND');
    expectProblem(await inspector.post(`/duties/${other}/link`, { documentId: resolutionId }), 403);
    expect((await dutiesOf(reviewer, decreeId, '&status=overdue')).body.total).toBe(1);
    const linked = await reviewer.post(`/duties/${other}/link`, { documentId: resolutionId });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ status: 'fulfilled', fulfilledBy: [{ documentId: resolutionId, how: 'manual', onTime: false }] });
    expectProblem(await reviewer.post(`/duties/${other}/link`, { documentId: resolutionId }), 409, 'DUTY_CLOSED');

    // 5. Nothing is left in the backlog; detection of the resolution links nothing twice.
    expect((await dutiesOf(reviewer, decreeId, '&status=overdue')).body.total).toBe(0);
    expect((await admin.post('/duties/detect', { documentId: resolutionId })).body).toMatchObject({ role: 'provincial', duties: [], opened: [], linked: [] });
    const csv = await reviewer.get(`/duties?documentId=${decreeId}&status=fulfilled&format=csv`);
    expect(String(csv.body).trim().split('\r\n')).toHaveLength(3);
  }, 240_000);

  it('links a provincial decision loaded before the decree it details as soon as the decree arrives', async () => {
    const admin = await signInAdmin(api);
    const province = unique('Thử nghiệm');
    const decision = await admin.post('/documents', { text: detailingDecision(province), metadata: { kind: 'issued', issuerName: `Ủy ban nhân dân tỉnh ${province}` } });
    await intakeFinished(admin, decision.body.statusUrl);
    // Nothing to fulfil yet: the decree is not in the database.
    expect((await admin.post('/duties/detect', { documentId: decision.body.id })).body).toMatchObject({ role: 'provincial', linked: [] });

    const decree = await admin.post('/documents', { text: corpusDocument(VILLAGE_DECREE).text, metadata: { kind: 'issued' } });
    await intakeFinished(admin, decree.body.statusUrl);
    const duties = await eventually(
      () => dutiesOf(admin, decree.body.id),
      (r) => r.status === 200 && r.body.total === 7 && r.body.items.some((duty: { status: string }) => duty.status === 'fulfilled'),
      60_000,
    );
    const fulfilled = duties.body.items.filter((duty: { status: string }) => duty.status === 'fulfilled');
    expect(fulfilled).toEqual([
      expect.objectContaining({
        pathKey: 'd16.k5',
        addressee: 'committee',
        dueDate: '2026-05-26',
        fulfilledBy: [expect.objectContaining({ documentId: decision.body.id, number: '21/2026/QĐ-UBND', issuedDate: '2026-05-15', onTime: true, how: 'relation' })],
      }),
    ]);
    expect(duties.body.items.map((duty: { addressee: string }) => duty.addressee).sort()).toEqual(['committee', 'committee', 'committee', 'council', 'council', 'council', 'council']);
  }, 240_000);
});

import { ApiClient, unique } from '../support/api-client';
import { newUser, signIn } from '../support/actors';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

const draftV1 = (marker: string) => `ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
QUYẾT ĐỊNH
Quy định về quản lý thử nghiệm ${marker}
Điều 1. Phạm vi điều chỉnh
Quyết định này quy định việc quản lý thử nghiệm.
Điều 2. Thời hạn giải quyết
1. Cơ quan tiếp nhận phải giải quyết hồ sơ trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ.
2. Trường hợp từ chối phải trả lời bằng văn bản.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.`;

describe('draft versions', () => {
  it('adds a revised version and diffs it provision by provision with a word diff', async () => {
    const { client: drafter } = await newUser(api, ['drafter']);
    const marker = unique('m');
    const v1 = await drafter.post('/documents', { text: draftV1(marker) });
    expect(v1.status).toBe(202);
    await intakeFinished(drafter, v1.body.statusUrl);

    const revised = draftV1(marker)
      .replace('30 ngày', '15 ngày làm việc')
      .replace('2. Trường hợp từ chối phải trả lời bằng văn bản.\n', '')
      .replace('Điều 3. Hiệu lực thi hành', 'Điều 2a. Công khai\nKết quả giải quyết được công khai trên cổng thông tin.\nĐiều 3. Hiệu lực thi hành');
    const v2 = await drafter.post(`/documents/${v1.body.id}/versions`, { text: revised });
    expect(v2.body).toMatchObject({ versionNo: 2, status: 'received' });
    expect((await intakeFinished(drafter, v2.body.statusUrl)).status).toBe('indexed');

    const versions = (await drafter.get(`/documents/${v1.body.id}/versions`)).body;
    expect(versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2]);
    const document = (await drafter.get(`/documents/${v1.body.id}`)).body;
    expect(document.currentVersion.versionNo).toBe(2);

    const diff = (await drafter.get(`/documents/${v1.body.id}/versions/1/diff/2`)).body;
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    const changed = diff.changes.find((c: { change: string }) => c.change === 'changed');
    expect(changed.pathKey).toBe('d2.k1');
    expect(changed.text).toEqual(expect.arrayContaining([{ op: 'delete', text: '30' }, { op: 'insert', text: '15' }]));
    expect(diff.changes.find((c: { change: string }) => c.change === 'removed').pathKey).toBe('d2.k2');
    expect(diff.changes.find((c: { change: string }) => c.change === 'added').pathKey).toBe('d2a');

    const old = (await drafter.get(`/documents/${v1.body.id}/provisions?version=1&flat=true`)).body;
    expect(old.versionNo).toBe(1);
    expect(old.items.some((p: { pathKey: string }) => p.pathKey === 'd2.k2')).toBe(true);
  });

  it('refuses a version identical to an existing one, and versions from another agency', async () => {
    const { client: drafter } = await newUser(api, ['drafter']);
    const text = draftV1(unique('same'));
    const v1 = await drafter.post('/documents', { text });
    expect((await drafter.post(`/documents/${v1.body.id}/versions`, { text })).body).toMatchObject({ status: 409, code: 'DUPLICATE_VERSION', versionNo: 1 });
    const { client: stranger } = await newUser(api, ['drafter']);
    expect((await stranger.post(`/documents/${v1.body.id}/versions`, { text: `${text} khác` })).status).toBe(404);
    const demoDrafter = await signIn(api, 'drafter@legis.local');
    expect((await demoDrafter.get(`/documents/${v1.body.id}`)).status).toBe(404);
  });

  it('compares only parsed versions and answers unknown versions with 404', async () => {
    const { client: drafter } = await newUser(api, ['drafter']);
    const v1 = await drafter.post('/documents', { text: draftV1(unique('d')) });
    await intakeFinished(drafter, v1.body.statusUrl);
    expect((await drafter.get(`/documents/${v1.body.id}/versions/1/diff/7`)).body).toMatchObject({ status: 404, code: 'VERSION_NOT_FOUND' });
    expect((await drafter.get(`/documents/${v1.body.id}/versions/9`)).status).toBe(404);
  });
});

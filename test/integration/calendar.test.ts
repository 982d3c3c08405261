import { ApiClient } from '../support/api-client';
import { signIn, signInAdmin } from '../support/actors';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('working-day calendar', () => {
  it('serves the seeded official schedule and counts periods across holidays with an explanation', async () => {
    const year = await api.get('/calendar/overrides?year=2026');
    expect(year.body).toEqual(expect.arrayContaining([expect.objectContaining({ date: '2026-11-24', kind: 'holiday' })]));
    const period = await api.get('/calendar/period?from=2026-11-23&days=1&unit=working');
    expect(period.body).toMatchObject({ result: '2026-11-25' });
    expect(period.body.skipped.map((d: { date: string }) => d.date)).toContain('2026-11-24');
    const tet = await api.get('/calendar/period?from=2026-02-13&days=5&unit=working');
    expect(tet.body.result).toBe('2026-02-27');
  });

  it('lets admins record a new notice (a swapped day) and counts with it, and rejects impossible rows', async () => {
    const admin = await signInAdmin(api);
    // 2031 has no official rows yet: a Monday off swapped with the next Saturday.
    expect((await admin.request('PUT', '/admin/calendar/overrides/2031-09-01', { kind: 'day_off', name: 'Nghỉ hoán đổi Quốc khánh', source: 'test notice' })).status).toBe(200);
    expect((await admin.request('PUT', '/admin/calendar/overrides/2031-09-06', { kind: 'swap_workday', name: 'Làm bù', source: 'test notice' })).status).toBe(200);
    const period = await api.get('/calendar/period?from=2031-08-29&days=1&unit=working');
    expect(period.body.result).not.toBe('2031-09-01');
    const saturdayOff = await admin.request<any>('PUT', '/admin/calendar/overrides/2031-09-13', { kind: 'day_off', name: 'Thứ Bảy sai', source: 'test notice' });
    expect(saturdayOff.body).toMatchObject({ status: 422, code: 'CALENDAR_OVERRIDE_INVALID' });
    expect((await admin.request('DELETE', '/admin/calendar/overrides/2031-09-01')).status).toBe(204);
    expect((await admin.request('DELETE', '/admin/calendar/overrides/2031-09-06')).status).toBe(204);
    expect((await admin.request<any>('DELETE', '/admin/calendar/overrides/2031-09-06')).body.code).toBe('CALENDAR_OVERRIDE_NOT_FOUND');
    const drafter = await signIn(api, 'drafter@legis.local');
    expect((await drafter.request('PUT', '/admin/calendar/overrides/2031-09-01', { kind: 'day_off', name: 'x', source: 'y' })).status).toBe(403);
  });

  it('shows an empty inbox and no admin tasks to new users, and 404s an unknown task', async () => {
    const admin = await signInAdmin(api);
    expect((await admin.get('/inbox?unread=true')).body).toMatchObject({ page: 1, items: expect.any(Array) });
    expect((await admin.post('/admin/tasks/00000000-0000-0000-0000-000000000000/resolve', {})).body).toMatchObject({ status: 404, code: 'TASK_NOT_FOUND' });
  });
});

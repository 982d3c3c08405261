import { ApiClient, unique } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('Idempotency-Key on POST', () => {
  it('replays the first response for a retry instead of creating twice', async () => {
    const admin = await signInAdmin(api);
    const key = unique('key');
    const body = { code: unique('IDEM').toUpperCase(), name: 'Sở Idempotent' };
    const first = await admin.post('/admin/agencies', body, { 'idempotency-key': key });
    const retry = await admin.post('/admin/agencies', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const audit = await admin.get(`/audit?action=agency.create&entityId=${first.body.id}`);
    expect(audit.body.total).toBe(1);
  });

  it('refuses the same key with a different body (422) and lets a failed request be retried', async () => {
    const admin = await signInAdmin(api);
    const key = unique('key');
    const code = unique('IDEM').toUpperCase();
    expect((await admin.post('/admin/agencies', { code, name: 'Sở A' }, { 'idempotency-key': key })).status).toBe(201);
    const reused = await admin.post('/admin/agencies', { code: `${code}X`, name: 'Sở B' }, { 'idempotency-key': key });
    expect(reused.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });

    const failingKey = unique('key');
    const invalid = await admin.post('/admin/agencies', { code: 'lower-case', name: 'Sở C' }, { 'idempotency-key': failingKey });
    expect(invalid.status).toBe(422);
    const fixed = await admin.post('/admin/agencies', { code: 'lower-case', name: 'Sở C' }, { 'idempotency-key': failingKey });
    expect(fixed.status).toBe(422);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();
  });

  it('rejects a malformed key with 400', async () => {
    const admin = await signInAdmin(api);
    const response = await admin.post('/admin/agencies', { code: unique('K').toUpperCase(), name: 'Sở D' }, { 'idempotency-key': 'x'.repeat(300) });
    expect(response.body).toMatchObject({ status: 400, code: 'INVALID_IDEMPOTENCY_KEY' });
  });
});

import { ApiClient, unique } from '../support/api-client';
import { newUser, signIn, signInAdmin } from '../support/actors';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('signing in', () => {
  it('returns a bearer token that identifies the user at GET /me', async () => {
    const login = await api.post('/auth/login', { email: 'drafter@legis.local', password: 'legis-demo-2026' });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    const me = await api.as(login.body.accessToken).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'drafter@legis.local', roles: ['drafter'], agency: { code: 'SNNMT' } });
  });

  it('accepts the e-mail in any letter case', async () => {
    const login = await api.post('/auth/login', { email: 'Reviewer@Legis.Local', password: 'legis-demo-2026' });
    expect(login.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail with the same 401 problem', async () => {
    const wrong = await api.post('/auth/login', { email: 'appraiser@legis.local', password: 'not-it' });
    const unknown = await api.post('/auth/login', { email: `${unique('nobody')}@legis.local`, password: 'not-it' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', type: 'urn:legis:problem:invalid-credentials' });
    }
  });

  it('locks out an e-mail after five failures from one address with 429 and Retry-After, even for the right password', async () => {
    const { email } = await newUser(api, ['reviewer']);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await api.post('/auth/login', { email, password: 'wrong-password' })).status).toBe(401);
    }
    const locked = await api.post('/auth/login', { email, password: 'a-long-test-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rejects requests without a token, with a garbage token, and to routes needing another role', async () => {
    expect((await api.get('/me')).body).toMatchObject({ status: 401, code: 'AUTHENTICATION_REQUIRED' });
    expect((await api.as('garbage').get('/me')).body).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    const drafter = await signIn(api, 'drafter@legis.local');
    const forbidden = await drafter.get('/admin/users');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ code: 'ROLE_REQUIRED', requiredRoles: ['admin'] });
  });
});

describe('administering agencies and users', () => {
  it('creates an agency and a drafter in it, who can then sign in', async () => {
    const admin = await signInAdmin(api);
    const code = unique('SXD').toUpperCase();
    const agency = await admin.post('/admin/agencies', { code, name: 'Sở Xây dựng' });
    expect(agency.status).toBe(201);
    const email = `${unique('drafter')}@test.legis.local`;
    const user = await admin.post('/admin/users', { email, fullName: 'Lê Thị Soạn', password: 'correct horse battery', roles: ['drafter'], agencyId: agency.body.id });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ email, roles: ['drafter'], agency: { id: agency.body.id, code }, active: true });
    expect(user.body).not.toHaveProperty('passwordHash');
    const drafter = await signIn(api, email, 'correct horse battery');
    expect((await drafter.get('/me')).body.agency.code).toBe(code);
  });

  it('refuses duplicates with 409 and says which agency already has the code', async () => {
    const admin = await signInAdmin(api);
    const code = unique('DUP').toUpperCase();
    const first = await admin.post('/admin/agencies', { code, name: 'Một' });
    const second = await admin.post('/admin/agencies', { code, name: 'Hai' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'AGENCY_CODE_TAKEN', existingId: first.body.id });
    const email = `${unique('dup')}@test.legis.local`;
    const user = { email, fullName: 'Trùng', password: 'a-long-test-password', roles: ['reviewer'] };
    expect((await admin.post('/admin/users', user)).status).toBe(201);
    expect((await admin.post('/admin/users', { ...user, email: email.toUpperCase() })).body).toMatchObject({ status: 409, code: 'USER_EMAIL_TAKEN' });
  });

  it('lists every invalid field at once with 422, and creates nothing', async () => {
    const admin = await signInAdmin(api);
    const email = `${unique('bad')}@test.legis.local`;
    const response = await admin.post('/admin/users', { email: 'not-an-email', fullName: 'x', password: 'short', roles: ['emperor'], shoeSize: 42 });
    expect(response.status).toBe(422);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'fullName', 'password', 'roles', 'shoeSize']));
    const drafterWithoutAgency = await admin.post('/admin/users', { email, fullName: 'Không có sở', password: 'a-long-test-password', roles: ['drafter'] });
    expect(drafterWithoutAgency.body).toMatchObject({ status: 422, code: 'DRAFTER_NEEDS_AGENCY', errors: [{ field: 'agencyId' }] });
    const list = await admin.get(`/admin/users?pageSize=200`);
    expect((list.body.items as { email: string }[]).some((u) => u.email === email)).toBe(false);
  });

  it('paginates lists and validates paging parameters', async () => {
    const admin = await signInAdmin(api);
    const page = await admin.get('/agencies?page=1&pageSize=2');
    expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
    expect(page.body.items).toHaveLength(2);
    expect((await admin.get('/agencies?pageSize=1000')).status).toBe(422);
  });
});

describe('errors are problem+json everywhere', () => {
  it('answers an unknown route with 404 and malformed JSON with 400, each with a request id', async () => {
    const missing = await api.get('/no-such-thing', { 'x-request-id': 'trace-me-123' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: 'trace-me-123', instance: '/api/v1/no-such-thing' });
    expect(missing.headers.get('x-request-id')).toBe('trace-me-123');
    const malformed = await api.post('/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect(malformed.body.code).toBe('MALFORMED_JSON');
  });
});

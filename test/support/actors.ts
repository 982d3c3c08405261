import type { Role } from '@legis/domain';
import { DEMO_PASSWORD } from '../../scripts/seed/demo-seed';
import { type ApiClient, unique } from './api-client';

/** Signs in and returns a client that sends the token. */
export async function signIn(api: ApiClient, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const response = await api.post<{ accessToken: string }>('/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return api.as(response.body.accessToken);
}

export const signInAdmin = (api: ApiClient) => signIn(api, 'admin@legis.local');

/** Creates an agency and a user with the given roles (unique e-mail), and signs them in. */
export async function newUser(api: ApiClient, roles: Role[], options: { agencyId?: string } = {}): Promise<{ client: ApiClient; id: string; email: string; agencyId: string | undefined }> {
  const admin = await signInAdmin(api);
  let agencyId = options.agencyId;
  if (!agencyId && roles.includes('drafter')) {
    const agency = await admin.post('/admin/agencies', { code: unique('AG').toUpperCase(), name: 'Sở thử nghiệm' });
    agencyId = agency.body.id;
  }
  const email = `${unique('user')}@test.legis.local`;
  const password = 'a-long-test-password';
  const created = await admin.post('/admin/users', { email, fullName: 'Người dùng thử', password, roles, agencyId });
  if (created.status !== 201) throw new Error(`user creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  return { client: await signIn(api, email, password), id: created.body.id, email, agencyId };
}

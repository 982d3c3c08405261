import { resolveEmailRecipients, type MailboxUser } from './email-recipients';

const AGENCY_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const AGENCY_B = 'bbbbbbbb-0000-4000-8000-000000000002';

function user(id: string, overrides: Partial<MailboxUser> = {}): MailboxUser {
  return { id, email: `${id}@so.example.gov.vn`, fullName: `User ${id}`, roles: ['drafter'], agencyId: AGENCY_A, active: true, ...overrides };
}

const toUser = (id: string) => ({ recipientUserId: id, recipientRole: null, recipientAgencyId: null });
const toRole = (role: string, agencyId: string | null = null) => ({ recipientUserId: null, recipientRole: role, recipientAgencyId: agencyId });

describe('resolveEmailRecipients', () => {
  it('sends a message addressed to a user to that user only', () => {
    const users = [user('u1'), user('u2')];
    expect(resolveEmailRecipients(toUser('u2'), users)).toEqual([{ name: 'User u2', address: 'u2@so.example.gov.vn' }]);
  });

  it('sends nothing for a user who is inactive', () => {
    expect(resolveEmailRecipients(toUser('u1'), [user('u1', { active: false })])).toEqual([]);
  });

  it('sends a role message within an agency to the holders of the role in that agency only', () => {
    const users = [
      user('in-a'),
      user('in-b', { agencyId: AGENCY_B }),
      user('appraiser-a', { roles: ['appraiser'] }),
      user('both-a', { roles: ['appraiser', 'drafter'] }),
      user('gone-a', { active: false }),
    ];
    expect(resolveEmailRecipients(toRole('drafter', AGENCY_A), users).map((m) => m.address)).toEqual(['both-a@so.example.gov.vn', 'in-a@so.example.gov.vn']);
  });

  it('sends a role message without an agency to every active holder of the role, as the inbox shows it', () => {
    const users = [user('a1', { roles: ['appraiser'] }), user('a2', { roles: ['appraiser'], agencyId: null }), user('d1')];
    expect(resolveEmailRecipients(toRole('appraiser'), users).map((m) => m.address)).toEqual(['a1@so.example.gov.vn', 'a2@so.example.gov.vn']);
  });

  it('lists each address once, lower-cased, and leaves out unusable addresses', () => {
    const users = [user('x', { email: 'Same@Example.gov.vn' }), user('y', { email: 'same@example.gov.vn ' }), user('z', { email: 'not an address' })];
    expect(resolveEmailRecipients(toRole('drafter'), users)).toEqual([{ name: 'User x', address: 'same@example.gov.vn' }]);
  });

  it('sends nothing for a notification with neither a user nor a role', () => {
    expect(resolveEmailRecipients({ recipientUserId: null, recipientRole: null, recipientAgencyId: null }, [user('u1')])).toEqual([]);
  });
});

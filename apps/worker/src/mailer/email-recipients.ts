/** Who a notification is addressed to: a user, or a role (within an agency when set). */
export interface NotificationAddressee {
  recipientUserId: string | null;
  recipientRole: string | null;
  recipientAgencyId: string | null;
}

/** A user as the mailer sees them. */
export interface MailboxUser {
  id: string;
  email: string;
  fullName: string;
  roles: readonly string[];
  agencyId: string | null;
  active: boolean;
}

export interface Mailbox {
  name: string;
  address: string;
}

/**
 * The mailboxes a notification goes to, with the inbox's rules: a user id means that user; a role
 * means every user holding it, only those of the agency when one is set. Inactive users and users
 * without a usable address are left out; each address appears once, in a stable order.
 */
export function resolveEmailRecipients(notification: NotificationAddressee, users: readonly MailboxUser[]): Mailbox[] {
  const wanted = users.filter((user) => {
    if (!user.active) return false;
    if (notification.recipientUserId) return user.id === notification.recipientUserId;
    if (!notification.recipientRole || !user.roles.includes(notification.recipientRole)) return false;
    return notification.recipientAgencyId === null || user.agencyId === notification.recipientAgencyId;
  });
  const byAddress = new Map<string, Mailbox>();
  for (const user of wanted) {
    const address = user.email.trim().toLowerCase();
    if (!/^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(address) || byAddress.has(address)) continue;
    byAddress.set(address, { name: user.fullName.trim(), address });
  }
  return [...byAddress.values()].sort((a, b) => a.address.localeCompare(b.address));
}

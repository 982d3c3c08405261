import type { Mailbox } from './email-recipients';

/** What of a stored notification goes into its e-mail. */
export interface RenderableNotification {
  id: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
}

/** A message in the shape nodemailer's `sendMail` takes. */
export interface EmailMessage {
  from: string;
  to?: Mailbox | string;
  bcc?: Mailbox[];
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/** Where the API shows an entity a notification is about; null for kinds with no page of their own. */
export function entityPath(entityType: string | null, entityId: string | null): string | null {
  if (entityType === 'document' && entityId) return `/api/v1/documents/${encodeURIComponent(entityId)}`;
  return null;
}

/**
 * The plain-text e-mail of a notification. One recipient is named in To; several get the same
 * single message as Bcc, so no one sees the others' addresses and one SMTP transaction delivers
 * to all of them (a retry cannot give some of them a second copy). The Message-ID is derived
 * from the notification id, so a copy sent again after a crash can be recognised as the same.
 */
export function renderNotificationEmail(notification: RenderableNotification, from: string, recipients: readonly Mailbox[]): EmailMessage {
  const title = oneLine(notification.title);
  const path = entityPath(notification.entityType, notification.entityId);
  const text = [
    title,
    '',
    notification.body.normalize('NFC').replace(/\r\n?/g, '\n').trim(),
    ...(path ? ['', `Document: ${path}`] : []),
    '',
    '-- ',
    'Sent automatically by Legis. This message is also in your inbox (GET /api/v1/inbox).',
    '',
  ].join('\n');
  const addressing = recipients.length === 1 ? { to: recipients[0] } : { to: 'undisclosed-recipients:;', bcc: [...recipients] };
  return {
    from,
    ...addressing,
    subject: title,
    text,
    messageId: `<notification.${notification.id}@${senderDomain(from)}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Legis-Notification-Id': notification.id },
  };
}

/** Subjects are one line: newlines and runs of spaces become one space. */
function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function senderDomain(from: string): string {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  return address.slice(address.lastIndexOf('@') + 1).trim() || 'localhost';
}

import { renderNotificationEmail } from './render-email';

const FROM = 'Legis <no-reply@stp.example.gov.vn>';
const DOC = '0f4c2a3e-8d51-4f7e-9b7a-1c2d3e4f5a6b';
const notification = {
  id: '7d1f0c8e-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
  title: 'Overdue: appraisal was due on 2026-03-02: Nghị quyết về\nphí',
  body: '«Nghị quyết về phí» — Overdue: appraisal was due on 2026-03-02. Now: Appraisal.',
  entityType: 'document',
  entityId: DOC,
};
const one = [{ name: 'Trần Thị B', address: 'b@stp.example.gov.vn' }];

describe('renderNotificationEmail', () => {
  it('uses the title, on one line, as the subject', () => {
    expect(renderNotificationEmail(notification, FROM, one).subject).toBe('Overdue: appraisal was due on 2026-03-02: Nghị quyết về phí');
  });

  it('writes the title and body as plain text with the path of the document', () => {
    const { text } = renderNotificationEmail(notification, FROM, one);
    expect(text).toContain(notification.body);
    expect(text.startsWith('Overdue: appraisal was due on 2026-03-02: Nghị quyết về phí\n\n')).toBe(true);
    expect(text).toContain(`Document: /api/v1/documents/${DOC}`);
  });

  it('gives no link for a notification about something other than a document', () => {
    expect(renderNotificationEmail({ ...notification, entityType: 'task' }, FROM, one).text).not.toContain('/api/v1/documents/');
  });

  it('keeps Vietnamese text in NFC', () => {
    const decomposed = 'Nghị quyết'.normalize('NFD');
    const message = renderNotificationEmail({ ...notification, title: decomposed, body: decomposed }, FROM, one);
    expect(message.subject).toBe('Nghị quyết'.normalize('NFC'));
    expect(message.text).toContain('Nghị quyết'.normalize('NFC'));
  });

  it('names one recipient in To, and sends one message to several as Bcc', () => {
    expect(renderNotificationEmail(notification, FROM, one)).toMatchObject({ to: one[0] });
    const several = [...one, { name: '', address: 'c@stp.example.gov.vn' }];
    const message = renderNotificationEmail(notification, FROM, several);
    expect(message.to).toBe('undisclosed-recipients:;');
    expect(message.bcc).toEqual(several);
  });

  it('derives the Message-ID from the notification and the sender domain, and marks the mail automatic', () => {
    const message = renderNotificationEmail(notification, FROM, one);
    expect(message.messageId).toBe(`<notification.${notification.id}@stp.example.gov.vn>`);
    expect(message.headers).toEqual({ 'Auto-Submitted': 'auto-generated', 'X-Legis-Notification-Id': notification.id });
    expect(renderNotificationEmail(notification, 'no-reply@localhost', one).messageId).toBe(`<notification.${notification.id}@localhost>`);
  });
});

import { NotificationRepository } from '@legis/db';
import type { Logger } from '@legis/runtime';
import type { DataSource } from 'typeorm';
import { createMailer, type Mailer, type MailerOptions, type SmtpSettings } from './mailer';

export interface EmailSetup {
  /** The repository activities store notifications with: it queues their e-mails only when SMTP is set. */
  notifications: NotificationRepository;
  /** The running mailer, or null when e-mail is off. */
  mailer: Mailer | null;
}

/**
 * The worker's e-mail, off by default: without SMTP settings (SMTP_URL unset) notifications are
 * stored for the inbox only, nothing is queued and no mailer runs.
 */
export function setUpEmail(dataSource: DataSource, smtp: SmtpSettings | null, logger: Logger, options?: MailerOptions): EmailSetup {
  if (!smtp) return { notifications: new NotificationRepository(dataSource), mailer: null };
  const mailer = createMailer(dataSource, smtp, logger.child({ component: 'mailer' }), options);
  mailer.start();
  return { notifications: new NotificationRepository(dataSource, { email: true }), mailer };
}

export { resolveEmailRecipients, type Mailbox, type MailboxUser, type NotificationAddressee } from './email-recipients';
export { setUpEmail, type EmailSetup } from './email-setup';
export { createMailer, type Mailer, type MailerOptions, type PassResult, type SmtpSettings } from './mailer';
export { entityPath, renderNotificationEmail, type EmailMessage, type RenderableNotification } from './render-email';
export { classifySmtpFailure, retryDelaySeconds, type SmtpFailureKind } from './smtp-failure';

import { NotificationRepository, type NotificationEntity } from '@legis/db';
import type { Logger } from '@legis/runtime';
import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { resolveEmailRecipients } from './email-recipients';
import { renderNotificationEmail } from './render-email';
import { classifySmtpFailure, describeSmtpFailure, retryDelaySeconds } from './smtp-failure';

export interface SmtpSettings {
  /** `smtp://user:password@host:587` or `smtps://…`; holds a secret, so it is never logged. */
  url: string;
  from: string;
}

export interface MailerOptions {
  /** How often the outbox is checked when it was empty (ms). */
  pollIntervalMs?: number;
  /** Longest wait between passes while the SMTP server is unavailable (ms); the wait doubles up to it. */
  maxOutageDelayMs?: number;
  /** Notifications claimed per batch. */
  batchSize?: number;
  /** Attempts (counted for deferred or unrecognised failures only) before an e-mail is given up. */
  maxAttempts?: number;
  /** How long a claim stays with this mailer; must exceed the SMTP timeouts below by far. */
  leaseSeconds?: number;
}

export interface PassResult {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
  /** The SMTP server could not be used; the claimed e-mails went back to the outbox uncounted. */
  unavailable: boolean;
}

export interface Mailer {
  /** One pass over the due e-mails (the loop runs these; tests may call it directly). */
  runOnce(): Promise<PassResult>;
  /** Starts the loop: a pass now, then one every poll interval (backing off while SMTP is unavailable). */
  start(): void;
  /** Stops the loop, lets a running pass finish and closes the transport. */
  stop(): Promise<void>;
}

const DEFAULTS: Required<MailerOptions> = { pollIntervalMs: 5000, maxOutageDelayMs: 120_000, batchSize: 20, maxAttempts: 5, leaseSeconds: 300 };
/** Passes drain the outbox in batches, up to this many before the next tick. */
const MAX_BATCHES_PER_PASS = 10;

/**
 * Sends the e-mails of stored notifications (the outbox rows marked `pending`). Each row is claimed
 * with a lease before sending and marked after, so a retried activity (which stores its
 * notification once) and several workers (which never claim the same row) send it once. A worker
 * that dies between sending and marking leaves the row to be sent again when the lease ends:
 * delivery is at least once, and the copies share a Message-ID.
 */
export function createMailer(dataSource: DataSource, smtp: SmtpSettings, logger: Logger, options: MailerOptions = {}): Mailer {
  const settings = { ...DEFAULTS, ...options };
  const outbox = new NotificationRepository(dataSource);
  const transport = createTransport({ url: smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000, disableFileAccess: true, disableUrlAccess: true });
  const server = serverOf(smtp.url);

  /** Sends one claimed e-mail; returns false when the server was unavailable and nothing was sent. */
  const deliver = async (notification: NotificationEntity, result: PassResult): Promise<boolean> => {
    const recipients = resolveEmailRecipients(notification, await outbox.emailCandidates(notification));
    if (recipients.length === 0) {
      await outbox.emailSkipped(notification.id, 'no active user with an e-mail address is addressed');
      result.skipped++;
      return true;
    }
    try {
      const info = await transport.sendMail(renderNotificationEmail(notification, smtp.from, recipients));
      const refused = info.rejected;
      await outbox.emailSent(notification.id, refused);
      result.sent++;
      logger.info({ event: 'email.sent', notificationId: notification.id, recipients: recipients.length - refused.length, refused: refused.length }, 'notification e-mailed');
      return true;
    } catch (error) {
      const kind = classifySmtpFailure(error);
      const reason = describeSmtpFailure(error);
      if (kind === 'unavailable') {
        await outbox.emailRetry(notification.id, reason, 0, { countAttempt: false });
        logger.warn({ event: 'email.unavailable', server, err: error }, `SMTP server ${server} unavailable; e-mails wait`);
        return false;
      }
      if (kind === 'permanent' || notification.emailAttempts >= settings.maxAttempts) {
        await outbox.emailFailed(notification.id, reason);
        result.failed++;
        logger.error({ event: 'email.failed', notificationId: notification.id, attempts: notification.emailAttempts, err: error }, 'notification e-mail given up');
      } else {
        const delay = retryDelaySeconds(notification.emailAttempts);
        await outbox.emailRetry(notification.id, reason, delay, { countAttempt: true });
        result.retried++;
        logger.warn({ event: 'email.deferred', notificationId: notification.id, attempts: notification.emailAttempts, retryInSeconds: delay, err: error }, 'notification e-mail deferred');
      }
      return true;
    }
  };

  const runOnce = async (): Promise<PassResult> => {
    const result: PassResult = { sent: 0, skipped: 0, retried: 0, failed: 0, unavailable: false };
    for (let batch = 0; batch < MAX_BATCHES_PER_PASS && !result.unavailable; batch++) {
      const claimed = await outbox.claimDueEmails(settings.batchSize, settings.leaseSeconds);
      for (const [index, notification] of claimed.entries()) {
        if (await deliver(notification, result)) continue;
        result.unavailable = true;
        // Hand back the rest of the batch untried: the server is not there for them either.
        for (const rest of claimed.slice(index + 1)) await outbox.emailRetry(rest.id, 'not tried: SMTP server unavailable', 0, { countAttempt: false });
        break;
      }
      if (claimed.length < settings.batchSize) break;
    }
    return result;
  };

  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let outageDelayMs = settings.pollIntervalMs;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .then((result) => {
          outageDelayMs = result.unavailable ? Math.min(outageDelayMs * 2, settings.maxOutageDelayMs) : settings.pollIntervalMs;
          schedule(result.unavailable ? outageDelayMs : settings.pollIntervalMs);
        })
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'mailer pass failed; will retry');
          schedule(settings.pollIntervalMs);
        });
    }, delayMs);
  };

  return {
    runOnce,
    start: () => {
      if (started || stopped) return;
      started = true;
      logger.info({ event: 'mailer.started', server, from: smtp.from }, `notification e-mails go through ${server}`);
      schedule(0);
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}

/** host:port of the SMTP URL, without its credentials, for the logs. */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587')}`;
  } catch {
    return '(invalid SMTP URL)';
  }
}

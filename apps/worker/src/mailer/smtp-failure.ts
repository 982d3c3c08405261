/**
 * What a failed send means for the message:
 * - `unavailable`: nothing could be sent now (no connection, TLS, authentication, the server closing
 *   with 421, our sender refused). Not the message's fault: it waits, with no attempt used up, so an
 *   outage or a configuration mistake never loses mail.
 * - `transient`: the server deferred this message (4xx on its recipients or data), or an error we
 *   do not recognise: tried again later, a bounded number of times.
 * - `permanent`: the server refused this message for good (5xx on its recipients or data), or the
 *   message itself cannot be sent (too large, invalid addresses): no point trying again.
 */
export type SmtpFailureKind = 'unavailable' | 'transient' | 'permanent';

const UNAVAILABLE_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EREQUIRETLS',
  'EPROTOCOL',
  'EAUTH',
  'ENOAUTH',
  'EOAUTH2',
  'EPROXY',
  'ECONFIG',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** Classifies an error from nodemailer's SMTP transport by its `code`, `responseCode` and `command`. */
export function classifySmtpFailure(error: unknown): SmtpFailureKind {
  const { code, responseCode, command } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const reply = typeof responseCode === 'number' ? responseCode : null;
  if (reply === 421) return 'unavailable';
  if (command === 'RCPT TO' || command === 'DATA') return reply !== null && reply >= 500 ? 'permanent' : 'transient';
  if (code === 'EMESSAGE' || code === 'EMAXRECIPIENTS' || (code === 'EENVELOPE' && command === 'API')) return 'permanent';
  if (command === 'MAIL FROM') return 'unavailable';
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return 'unavailable';
  return 'transient';
}

/** Seconds before the next try after `attempts` transient failures: 1, 5, 25 minutes, then hourly. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 5 ** Math.max(attempts - 1, 0), 3600);
}

/** A short description of a failure for the outbox row and the logs (never the SMTP URL). */
export function describeSmtpFailure(error: unknown): string {
  // Duck-typed: an error from another realm (a vm context) is no `instanceof Error`.
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return String(error).slice(0, 500);
  return `${typeof code === 'string' ? `${code}: ` : ''}${message}`.slice(0, 500);
}

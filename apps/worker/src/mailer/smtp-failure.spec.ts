import { classifySmtpFailure, describeSmtpFailure, retryDelaySeconds } from './smtp-failure';

/** An error shaped as nodemailer's SMTP transport reports it. */
function smtpError(code: string, command: string, responseCode?: number): Error {
  return Object.assign(new Error(`${code} on ${command}`), { code, command, ...(responseCode ? { responseCode } : {}) });
}

describe('classifySmtpFailure', () => {
  it.each([
    ['connection refused', smtpError('ESOCKET', 'CONN')],
    ['connection dropped', smtpError('ECONNECTION', 'CONN')],
    ['timeout', smtpError('ETIMEDOUT', 'CONN')],
    ['TLS failure', smtpError('ETLS', 'STARTTLS')],
    ['wrong credentials', smtpError('EAUTH', 'AUTH PLAIN', 535)],
    ['server closing (421)', smtpError('EENVELOPE', 'RCPT TO', 421)],
    ['our sender refused', smtpError('EENVELOPE', 'MAIL FROM', 553)],
  ])('treats %s as the server being unavailable (the e-mail waits, no attempt used)', (_, error) => {
    expect(classifySmtpFailure(error)).toBe('unavailable');
  });

  it('treats a deferred recipient or message (4xx) as transient', () => {
    expect(classifySmtpFailure(smtpError('EENVELOPE', 'RCPT TO', 450))).toBe('transient');
    expect(classifySmtpFailure(smtpError('EMESSAGE', 'DATA', 451))).toBe('transient');
  });

  it('treats a refused recipient or message (5xx) and an unsendable message as permanent', () => {
    expect(classifySmtpFailure(smtpError('EENVELOPE', 'RCPT TO', 550))).toBe('permanent');
    expect(classifySmtpFailure(smtpError('EMESSAGE', 'DATA', 554))).toBe('permanent');
    expect(classifySmtpFailure(smtpError('EMESSAGE', 'MAIL FROM'))).toBe('permanent');
    expect(classifySmtpFailure(smtpError('EENVELOPE', 'API'))).toBe('permanent');
  });

  it('treats an error it does not recognise as transient, so its attempts stay bounded', () => {
    expect(classifySmtpFailure(new Error('something else'))).toBe('transient');
    expect(classifySmtpFailure('a string')).toBe('transient');
  });
});

describe('retryDelaySeconds', () => {
  it('waits 1, 5, 25 minutes, then an hour', () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([60, 300, 1500, 3600, 3600]);
  });
});

describe('describeSmtpFailure', () => {
  it('keeps the code and message, bounded in length', () => {
    expect(describeSmtpFailure(smtpError('ESOCKET', 'CONN'))).toBe('ESOCKET: ESOCKET on CONN');
    expect(describeSmtpFailure(new Error('x'.repeat(1000)))).toHaveLength(500);
  });
});

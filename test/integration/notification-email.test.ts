import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { AgencyEntity, createDataSource, IdentityRepository, NotificationEntity, NotificationRepository, UserEntity } from '@legis/db';
import type { Role } from '@legis/domain';
import { createLogger } from '@legis/runtime';
import { createMeiliClient } from '@legis/search';
import type { DraftNotice } from '@legis/workflows/contracts';
import { SMTPServer } from 'smtp-server';
import { In, type DataSource } from 'typeorm';
import { buildActivityDependencies, type ActivityDependencies } from '../../apps/worker/src/activities';
import { notifyAudience } from '../../apps/worker/src/activities/drafts/notify-audience';
import { createMailer, setUpEmail, type Mailer, type MailerOptions } from '../../apps/worker/src/mailer';
import { loadWorkerConfig } from '../../apps/worker/src/worker.config';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const logger = createLogger('worker', 'silent');
const FROM = 'Legis thử nghiệm <no-reply@legis.test>';
const SMTP_USER = 'legis';
const SMTP_PASSWORD = 'smtp-secret';
/** Fast loops for tests; production polls every 5 s. */
const FAST: MailerOptions = { pollIntervalMs: 100, maxOutageDelayMs: 300 };

interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  rcptTo: string[];
  mailFrom: string;
  authenticatedAs: unknown;
  headers: Map<string, string>;
  subject: string;
  text: string;
}

/** A real SMTP server in this process (plain SMTP with AUTH, as a relay on a LAN would be). */
class TestSmtpServer {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly received: readonly ReceivedMail[],
  ) {}

  static async start(port = 0, refuse: (address: string) => boolean = () => false): Promise<TestSmtpServer> {
    const received: ReceivedMail[] = [];
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo(address, _session, callback) {
        callback(refuse(address.address) ? Object.assign(new Error(`No such user ${address.address}`), { responseCode: 550 }) : null);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            ...parseMessage(Buffer.concat(chunks).toString('utf8')),
            rcptTo: session.envelope.rcptTo.map((a) => a.address),
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            authenticatedAs: session.user,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return new TestSmtpServer(server, (server.server.address() as net.AddressInfo).port, received);
  }

  get url(): string {
    return `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${this.port}`;
  }

  /** Messages whose envelope includes `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.rcptTo.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Headers (unfolded, RFC 2047 words decoded) and the decoded plain-text body of a raw message. */
function parseMessage(raw: string): { headers: Map<string, string>; subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? Buffer.from(bytesOfQuotedPrintable(body.replace(/=\r\n/g, ''))).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { headers, subject: headers.get('subject') ?? '', text: text.replace(/\r\n/g, '\n') };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : Buffer.from(bytesOfQuotedPrintable(word.replace(/_/g, ' '))).toString('utf8'),
    );
}

function bytesOfQuotedPrintable(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return bytes;
}

/** A port nothing listens on (an SMTP server that is down). */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let dataSource: DataSource;
let identity: IdentityRepository;
const mailers: Mailer[] = [];
const servers: TestSmtpServer[] = [];

beforeAll(async () => {
  dataSource = createDataSource({ url: sharedStack().appEnv.DATABASE_URL! });
  await dataSource.initialize();
  identity = new IdentityRepository(dataSource);
});

afterEach(async () => {
  for (const mailer of mailers.splice(0)) await mailer.stop();
  for (const server of servers.splice(0)) await server.stop();
});

afterAll(async () => {
  await dataSource.destroy();
});

/** An agency of its own with users unique to the test: two drafters, one inactive, one elsewhere, a head. */
async function organisation() {
  const tag = randomBytes(4).toString('hex');
  const [agency, elsewhere] = await dataSource.transaction(async (manager) => [
    await identity.createAgency(manager, { code: `MAIL${tag}`, name: `Sở thử thư ${tag}` }),
    await identity.createAgency(manager, { code: `OTHR${tag}`, name: `Sở khác ${tag}` }),
  ]);
  const user = (name: string, roles: Role[], agencyId: string | null) =>
    dataSource.transaction((manager) => identity.createUser(manager, { email: `${name}.${tag}@so.legis.test`, fullName: `Người dùng ${name}`, password: 'a-long-test-password', roles, agencyId }));
  const drafter1 = await user('drafter1', ['drafter'], agency.id);
  const drafter2 = await user('drafter2', ['drafter'], agency.id);
  const inactive = await user('inactive', ['drafter'], agency.id);
  const otherDrafter = await user('other', ['drafter'], elsewhere.id);
  const head = await user('head', ['admin'], agency.id);
  await dataSource.getRepository(UserEntity).update(inactive.id, { active: false });
  await dataSource.getRepository(AgencyEntity).update(agency.id, { headUserId: head.id });
  return { tag, agency, drafter1, drafter2, inactive, otherDrafter, head };
}

/** The activity dependencies the worker builds, with the notification repository `setUpEmail` gave. */
function activityDeps(notifications: ActivityDependencies['notifications']): ActivityDependencies {
  const shared = sharedStack();
  const search = { url: shared.meiliUrl, apiKey: shared.appEnv.MEILI_MASTER_KEY, indexPrefix: '' };
  return { ...buildActivityDependencies(dataSource, createMeiliClient(search), search, 'notification-email-test'), notifications };
}

function notice(agencyId: string, template: 'deadlineReminder' | 'deadlineEscalation', title: string): DraftNotice {
  const documentId = randomUUID();
  return {
    documentId,
    workflowId: `draft-${documentId}`,
    draftingAgencyId: agencyId,
    title,
    audience: ['draftingAgency'],
    template,
    data: { title, label: 'appraisal', dueDate: '2026-03-02', state: 'APPRAISAL' },
    idempotencyKey: `${documentId}:${template}`,
  };
}

function rowsOf(workflowIds: string[]): Promise<NotificationEntity[]> {
  return dataSource.getRepository(NotificationEntity).find({ where: { workflowId: In(workflowIds) }, order: { createdAt: 'ASC' } });
}

describe('notification e-mail (SMTP)', () => {
  it('with SMTP configured, each addressed active user gets exactly one e-mail per notification, even when the activity is retried and two workers mail', async () => {
    const org = await organisation();
    const smtp = await TestSmtpServer.start();
    servers.push(smtp);
    const email = setUpEmail(dataSource, { url: smtp.url, from: FROM }, logger, FAST);
    mailers.push(email.mailer!);
    const secondWorker = createMailer(dataSource, { url: smtp.url, from: FROM }, logger, FAST);
    mailers.push(secondWorker);
    secondWorker.start();
    const deps = activityDeps(email.notifications);

    const reminder = notice(org.agency.id, 'deadlineReminder', `Nghị quyết về phí thư ${org.tag}`);
    const escalation = notice(org.agency.id, 'deadlineEscalation', `Quyết định về giá ${org.tag}`);
    // A retried activity runs again with the same notice.
    await notifyAudience(deps, reminder);
    await notifyAudience(deps, reminder);
    await notifyAudience(deps, escalation);
    // Addressed to a role nobody holds in the agency: stays in the inbox, nothing to send.
    await email.notifications.create({ recipient: { role: 'reviewer', agencyId: org.agency.id }, kind: 'info', title: `Nobody ${org.tag}`, body: 'x', workflowId: `nobody-${org.tag}` });

    const workflowIds = [reminder.workflowId, escalation.workflowId, `nobody-${org.tag}`];
    const rows = await eventually(() => rowsOf(workflowIds), (list) => list.length === 3 && list.every((row) => row.emailStatus !== 'pending'));
    await sleep(500); // a duplicate, if any, would arrive now
    expect(rows.map((row) => [row.workflowId, row.emailStatus])).toEqual([
      [reminder.workflowId, 'sent'],
      [escalation.workflowId, 'sent'],
      [`nobody-${org.tag}`, 'skipped'],
    ]);
    expect(rows[0].emailedAt).toBeInstanceOf(Date);

    const reminderSubject = `Reminder: appraisal is due on 2026-03-02: ${reminder.title}`;
    for (const drafter of [org.drafter1, org.drafter2]) {
      const mails = smtp.to(drafter.email);
      expect(mails.map((mail) => mail.subject)).toEqual([reminderSubject]);
      expect(mails[0].text).toContain(`/api/v1/documents/${reminder.documentId}`);
      expect(mails[0].text).toContain(`«${reminder.title}»`);
    }
    expect(smtp.to(org.head.email).map((mail) => mail.subject)).toEqual([`Overdue: appraisal was due on 2026-03-02: ${escalation.title}`]);
    expect(smtp.to(org.inactive.email)).toEqual([]);
    expect(smtp.to(org.otherDrafter.email)).toEqual([]);

    const [mail] = smtp.to(org.head.email);
    expect(mail).toMatchObject({ mailFrom: 'no-reply@legis.test', authenticatedAs: SMTP_USER });
    expect(mail.headers.get('from')).toBe(FROM);
    expect(mail.headers.get('message-id')).toBe(`<notification.${rows[1].id}@legis.test>`);
    expect(mail.headers.has('bcc')).toBe(false);
  });

  it('when the SMTP server is down, e-mails stay pending without using up attempts, and go out once it is back', async () => {
    const org = await organisation();
    const port = await closedPort();
    const smtpSettings = { url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`, from: FROM };
    const mailer = createMailer(dataSource, smtpSettings, logger, FAST);
    mailers.push(mailer);
    const reminder = notice(org.agency.id, 'deadlineReminder', `Outage ${org.tag}`);
    await notifyAudience(activityDeps(new NotificationRepository(dataSource, { email: true })), reminder);

    // More passes than the mailer has attempts: an outage uses none of them.
    for (let pass = 0; pass < 7; pass++) expect(await mailer.runOnce()).toMatchObject({ sent: 0, failed: 0, unavailable: true });
    const [waiting] = await rowsOf([reminder.workflowId]);
    expect(waiting).toMatchObject({ emailStatus: 'pending', emailAttempts: 0 });
    expect(waiting.emailError).toMatch(/ESOCKET|ECONNECTION/);

    const smtp = await TestSmtpServer.start(port);
    servers.push(smtp);
    mailer.start();
    const [sent] = await eventually(() => rowsOf([reminder.workflowId]), ([row]) => row.emailStatus === 'sent');
    expect(sent).toMatchObject({ emailAttempts: 1, emailError: null });
    await sleep(500);
    for (const drafter of [org.drafter1, org.drafter2]) expect(smtp.to(drafter.email)).toHaveLength(1);
  });

  it('when the server refuses one recipient the others still get the e-mail; when it refuses all, the e-mail fails without retries', async () => {
    const org = await organisation();
    const smtp = await TestSmtpServer.start(0, (address) => address === org.drafter2.email || address === org.head.email);
    servers.push(smtp);
    const email = setUpEmail(dataSource, { url: smtp.url, from: FROM }, logger, FAST);
    mailers.push(email.mailer!);
    const deps = activityDeps(email.notifications);
    const reminder = notice(org.agency.id, 'deadlineReminder', `Refused ${org.tag}`);
    const escalation = notice(org.agency.id, 'deadlineEscalation', `Refused all ${org.tag}`);
    await notifyAudience(deps, reminder);
    await notifyAudience(deps, escalation);

    const rows = await eventually(() => rowsOf([reminder.workflowId, escalation.workflowId]), (list) => list.every((row) => row.emailStatus !== 'pending'));
    expect(rows[0]).toMatchObject({ emailStatus: 'sent', emailError: `refused: ${org.drafter2.email}` });
    expect(rows[1]).toMatchObject({ emailStatus: 'failed', emailAttempts: 1 });
    expect(rows[1].emailError).toMatch(/550/);
    expect(smtp.to(org.drafter1.email)).toHaveLength(1);
    expect(smtp.received.filter((mail) => mail.rcptTo.includes(org.head.email))).toEqual([]);
  });

  it('with SMTP_URL unset, notifications are stored for the inbox only and nothing is queued or mailed', async () => {
    const org = await organisation();
    const { SMTP_URL: _ignored, ...env } = sharedStack().appEnv;
    const config = loadWorkerConfig(env);
    expect(config.smtp).toBeNull();
    const email = setUpEmail(dataSource, config.smtp, logger, FAST);
    expect(email.mailer).toBeNull();
    const reminder = notice(org.agency.id, 'deadlineReminder', `Off ${org.tag}`);
    await notifyAudience(activityDeps(email.notifications), reminder);

    const rows = await rowsOf([reminder.workflowId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ emailStatus: null, emailAttempts: 0, emailNextAttemptAt: null });

    // E-mail switched on later does not mail what was stored while it was off.
    const smtp = await TestSmtpServer.start();
    servers.push(smtp);
    const later = createMailer(dataSource, { url: smtp.url, from: FROM }, logger, FAST);
    mailers.push(later);
    await later.runOnce();
    expect(smtp.to(org.drafter1.email)).toEqual([]);
    expect(smtp.to(org.drafter2.email)).toEqual([]);
    expect((await rowsOf([reminder.workflowId]))[0].emailStatus).toBeNull();
  });
});

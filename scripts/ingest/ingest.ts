import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiSession } from './api-session';
import { ProgressLine } from './progress-line';

const USAGE = `Usage: npm run ingest -- [--kind issued|draft] [--no-wait] <file.jsonl | file.pdf | file.docx | directory> …

Loads documents through the API (LEGIS_API_URL, default http://localhost:3000/api/v1), signed in
with LEGIS_TOKEN or LEGIS_EMAIL + LEGIS_PASSWORD. JSON Lines files are sent to POST
/documents/bulk in chunks; other files one by one to POST /documents. It then waits for intake
to finish (unless --no-wait) and prints a summary of every failure.`;

const FILE_TYPES = new Set(['.pdf', '.docx', '.html', '.htm', '.txt']);
const CHUNK_LINES = 50;
const CONCURRENCY = 4;

interface Accepted {
  source: string;
  id: string;
  versionId: string;
}

interface Failure {
  source: string;
  reason: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const wait = !args.includes('--no-wait');
  const kindIndex = args.indexOf('--kind');
  const kind = kindIndex >= 0 ? args[kindIndex + 1] : 'issued';
  const inputs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--kind');
  const session = await ApiSession.fromEnvironment();
  const accepted: Accepted[] = [];
  const failures: Failure[] = [];
  const progress = new ProgressLine();

  const files = inputs.flatMap(expand);
  const jsonl = files.filter((f) => f.endsWith('.jsonl') || f.endsWith('.ndjson'));
  const documents = files.filter((f) => !jsonl.includes(f));
  const total = (await Promise.all(jsonl.map(countLines))).reduce((a, b) => a + b, 0) + documents.length;
  const report = () => progress.update(accepted.length + failures.length, total, `submitted · ${failures.length} rejected`);

  for (const file of jsonl) {
    for await (const chunk of chunks(file)) {
      const { status, body } = await session.request<BulkReport>('POST', '/documents/bulk', chunk.join('\n'), 'application/x-ndjson');
      if (status !== 202) throw new Error(`bulk load of ${file} failed: ${status} ${JSON.stringify(body)}`);
      accepted.push(...body.accepted.map((a) => ({ ...a, source: `${path.basename(file)} ${a.source}` })));
      failures.push(...body.rejected.map((r) => ({ source: `${path.basename(file)} ${r.source}`, reason: `${r.code}: ${r.detail}${r.errors.length ? ` (${r.errors.map((e) => `${e.field} ${e.message}`).join('; ')})` : ''}` })));
      report();
    }
  }
  await pool(documents, CONCURRENCY, async (file) => {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
    form.append('metadata', JSON.stringify({ kind }));
    const { status, body } = await session.request<{ id: string; versionId: string; code?: string; detail?: string }>('POST', '/documents', form);
    if (status === 202) accepted.push({ source: file, id: body.id, versionId: body.versionId });
    else failures.push({ source: file, reason: `${body.code ?? status}: ${body.detail ?? ''}` });
    report();
  });
  progress.end();

  if (wait && accepted.length > 0) failures.push(...(await waitForIntake(session, accepted, progress)));
  process.stdout.write(`\n${accepted.length} submitted, ${failures.length} failed.\n`);
  for (const failure of failures) process.stdout.write(`  ✖ ${failure.source}: ${failure.reason}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

interface BulkReport {
  accepted: Accepted[];
  rejected: { source: string; code: string; detail: string; errors: { field: string; message: string }[] }[];
}

/** Polls the intake status of every accepted version until each is indexed, failed or needs OCR. */
async function waitForIntake(session: ApiSession, accepted: Accepted[], progress: ProgressLine): Promise<Failure[]> {
  const pending = new Map(accepted.map((a) => [a.versionId, a]));
  const failures: Failure[] = [];
  const started = Date.now();
  while (pending.size > 0) {
    const ids = [...pending.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const { body } = await session.request<{ versionId: string; status: string; statusReason: string | null }[]>(
        'POST',
        '/documents/versions/status',
        JSON.stringify({ versionIds: ids.slice(i, i + 500) }),
        'application/json',
      );
      for (const item of body) {
        if (item.status === 'indexed') pending.delete(item.versionId);
        else if (item.status === 'failed' || item.status === 'needs_ocr') {
          failures.push({ source: pending.get(item.versionId)!.source, reason: `${item.status}: ${item.statusReason ?? ''}` });
          pending.delete(item.versionId);
        }
      }
    }
    progress.update(accepted.length - pending.size, accepted.length, `intake done · ${failures.length} failed · ${Math.round((Date.now() - started) / 1000)} s`);
    if (pending.size > 0) await sleep(1000);
  }
  progress.end();
  return failures;
}

function expand(input: string): string[] {
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return [input];
  return fs
    .readdirSync(input, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? expand(path.join(input, entry.name)) : [path.join(input, entry.name)]))
    .filter((file) => FILE_TYPES.has(path.extname(file).toLowerCase()) || file.endsWith('.jsonl'));
}

async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) if (line.trim()) count++;
  return count;
}

async function* chunks(file: string): AsyncGenerator<string[]> {
  let chunk: string[] = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    chunk.push(line);
    if (chunk.length === CHUNK_LINES) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(size, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

main().catch((error: unknown) => {
  process.stderr.write(`\ningest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from './harness/connect';
import { loadDocuments } from './harness/load-documents';
import { buildReport } from './harness/report';
import { runPairs } from './harness/run-pairs';
import { readEvalInput } from './input/eval-lines';

const USAGE = `Usage: npm run eval:overlap -- --input <file.jsonl> [--api <url>] [--details <out.jsonl>]

Evaluates the overlap check (POST /api/v1/overlaps) on a labelled JSON Lines file: loads its
documents and waits until they are indexed, sends each pair's query with its asOf and limit 10,
and prints JSON metrics: recall@1/5/10 and MRR of the expected provision (an ancestor or descendant
path counts as a hit), class precision / recall / F1 and the confusion matrix (a "none" pair counts
as a false positive of the class of its first candidate that is more than "related"), latencies,
and the worst misses. Progress goes to stderr.

Without --api it starts its own stack in a temporary directory and stops it at the end; with --api
it signs in with LEGIS_TOKEN or LEGIS_EMAIL + LEGIS_PASSWORD. --details writes one line per pair.`;

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = option(args, '--input');
  if (!file || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    if (!file) process.exitCode = 2;
    return;
  }
  const log = (line: string) => process.stderr.write(`eval-overlap: ${line}\n`);
  const input = readEvalInput(file);
  log(`${input.documents.length} documents, ${input.pairs.length} pairs`);
  const connection = await connect(option(args, '--api'), log);
  try {
    const load = await loadDocuments(connection.session, input.documents, log);
    log(`${load.ids.size}/${input.documents.length} documents indexed (${load.reused.length} already there, ${load.failures.length} failed) in ${load.seconds} s`);
    const evaluable = input.pairs.filter((p) => !p.expected || !('documentKey' in p.expected) || load.ids.has(p.expected.documentKey));
    const outcomes = await runPairs(connection.session, evaluable, load.ids, log);
    const report = buildReport({ file, api: connection.session.baseUrl, documents: input.documents, pairs: evaluable, load, outcomes, skipped: input.pairs.length - evaluable.length });
    const details = option(args, '--details');
    if (details) fs.writeFileSync(path.resolve(details), outcomes.map((o) => JSON.stringify({ ...o, source: evaluable[o.index].source, query: evaluable[o.index].query })).join('\n') + '\n');
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await connection.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval-overlap: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

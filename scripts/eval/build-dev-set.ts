import fs from 'node:fs';
import path from 'node:path';
import { toJsonLines, type DocumentLine, type PairLine } from './input/eval-lines';
import { amendedPairs } from './dev-set/amended-pairs';
import { LONG_AGO } from './dev-set/as-of';
import { consolidatedPairs } from './dev-set/consolidated-pairs';
import { Corpus, type CorpusDocument } from './dev-set/corpus-source';
import { LoadedSet } from './dev-set/loaded-set';
import { negativePairs } from './dev-set/negative-pairs';
import { paraphrasePairs, paraphraseSources } from './dev-set/paraphrases';
import { provincialBases } from './dev-set/provincial-bases';
import { seededRandom } from './dev-set/random';
import { syntheticPairs } from './dev-set/synthetic-pairs';

const USAGE = `Usage: node -r @swc-node/register scripts/eval/build-dev-set.ts [--out test/fixtures/overlap-dev.jsonl] [--seed N]

Builds the overlap development set from the shared corpus (deterministic for a seed): the
documents to load, then labelled pairs. Prints the composition of the set.`;

const DEFAULT_OUT = path.resolve(__dirname, '../../test/fixtures/overlap-dev.jsonl');
const DEFAULT_SEED = 20_261_127;
const PROVINCIAL_BASES = 16;
const CONSOLIDATED_PAIRS = 40;
const NEGATIVES = { unrelated: 50, boilerplate: 30 };

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const out = path.resolve(option(args, '--out') ?? DEFAULT_OUT);
  const random = seededRandom(Number(option(args, '--seed') ?? DEFAULT_SEED));
  const corpus = new Corpus();

  const amended = await amendedPairs(corpus, random);
  const fixed = [...amended.targets, ...paraphraseSources(corpus).filter((d) => !amended.targets.includes(d))];
  const provincial = provincialBases(corpus, PROVINCIAL_BASES, new Set([...fixed.map((d) => d.id), ...amended.amending]), random);
  const documents = [...fixed, ...provincial];
  const stored = await Promise.all(documents.map((d) => corpus.store(d)));
  const loaded = new LoadedSet(stored);

  const positives = [
    ...amended.pairs,
    ...(await consolidatedPairs(corpus, amended.targets, CONSOLIDATED_PAIRS, random)),
    ...syntheticPairs(stored, loaded, random),
    ...paraphrasePairs(stored),
  ];
  const distinct = once(positives);
  const unambiguous = distinct.filter((p) => p.expected && 'documentKey' in p.expected && !loaded.ambiguous(p.query, { documentId: p.expected.documentKey, pathKey: p.expected.pathKey }));
  const excluded = new Set([...documents.map((d) => d.id), ...amended.amending, ...linkedTo(corpus, documents)]);
  const negatives = await negativePairs(corpus, loaded, excluded, NEGATIVES, random);

  const lines = [...documents.map(documentLine), ...unambiguous, ...negatives];
  fs.writeFileSync(out, toJsonLines(lines));
  process.stdout.write(`${JSON.stringify(composition(out, documents, unambiguous, negatives, { ambiguousQueries: distinct.length - unambiguous.length, repeatedQueries: positives.length - distinct.length, amendedWithoutSharedWords: amended.unrelated }), null, 2)}\n`);
}

function documentLine(document: CorpusDocument): DocumentLine {
  return {
    type: 'document',
    key: document.id,
    text: document.text,
    metadata: {
      kind: 'issued',
      number: document.number,
      issuerName: document.issuer.split(';')[0].trim(),
      ...(document.issued_date ? { issuedDate: document.issued_date } : {}),
      effectiveDate: document.issued_date ?? LONG_AGO,
      title: document.title,
    },
  };
}

/** Each query once per expected provision: two amending acts, or two VBHNs, may quote the same text. */
function once(pairs: readonly PairLine[]): PairLine[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    const key = `${pair.query}|${JSON.stringify(pair.expected)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Documents the corpus links to or from the loaded ones (amending, amended, consolidating them). */
function linkedTo(corpus: Corpus, documents: readonly CorpusDocument[]): string[] {
  const ids = new Set(documents.map((d) => d.id));
  return corpus.links.flatMap((l) => (ids.has(l.to_id) ? [l.from_id] : ids.has(l.from_id) ? [l.to_id] : []));
}

function composition(out: string, documents: readonly CorpusDocument[], positives: readonly PairLine[], negatives: readonly PairLine[], leftOut: Record<string, number>) {
  const byGroup: Record<string, Record<string, number>> = {};
  for (const pair of [...positives, ...negatives]) {
    byGroup[pair.group] ??= {};
    byGroup[pair.group][pair.class] = (byGroup[pair.group][pair.class] ?? 0) + 1;
  }
  return {
    file: path.relative(process.cwd(), out),
    bytes: fs.statSync(out).size,
    documents: documents.map((d) => d.number),
    pairs: positives.length + negatives.length,
    byGroup,
    leftOut,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`build-dev-set: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { createDataSource, SearchSourceRepository } from '@legis/db';
import { ConfigError, databaseEnv, loadEnv, searchEnv } from '@legis/runtime';
import {
  checkDrift,
  createMeiliClient,
  documentFingerprint,
  documentIndexInput,
  provisionFingerprint,
  provisionIndexInput,
  rebuildIndex,
  type DocumentIndexInput,
  type ProvisionIndexInput,
  type SearchConfig,
} from '@legis/search';

const USAGE = `Usage:
  npm run search:reindex   rebuild both Meilisearch indexes from PostgreSQL (new index, then swap: no downtime)
  npm run search:check     compare PostgreSQL and Meilisearch and report drift (exit code 1 when drifted)

Reads DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY and MEILI_INDEX_PREFIX.`;

type Source = SearchSourceRepository;

async function* documentInputs(source: Source): AsyncGenerator<DocumentIndexInput[]> {
  for await (const batch of source.documents()) yield batch.map(({ document, text }) => documentIndexInput(document, text));
}

async function* provisionInputs(source: Source): AsyncGenerator<ProvisionIndexInput[]> {
  for await (const batch of source.provisions()) {
    yield batch.map(({ provision, document }) => {
      const { text: _text, ...view } = documentIndexInput(document, '');
      return provisionIndexInput(provision, view);
    });
  }
}

async function* fingerprints<T>(inputs: AsyncIterable<T[]>, id: (input: T) => string, fingerprint: (input: T) => string) {
  for await (const batch of inputs) yield batch.map((input) => ({ id: id(input), fingerprint: fingerprint(input) }));
}

async function reindex(source: Source, search: SearchConfig): Promise<void> {
  const client = createMeiliClient(search);
  const progress = (base: string) => (p: unknown) => process.stderr.write(`\r  ${base}: ${JSON.stringify(p)}`.padEnd(100));
  const results = [
    await rebuildIndex(client, search, 'documents', documentInputs(source), progress('documents')),
    await rebuildIndex(client, search, 'provisions', provisionInputs(source), progress('provisions')),
  ];
  process.stderr.write('\n');
  for (const result of results) {
    process.stdout.write(`${result.uid}: ${result.indexed} indexed into ${result.buildUid} and swapped in (${(result.durationMs / 1000).toFixed(1)} s)\n`);
  }
}

async function check(source: Source, search: SearchConfig): Promise<boolean> {
  const client = createMeiliClient(search);
  const documents = await checkDrift(client, search, 'documents', fingerprints(documentInputs(source), (d) => d.id, documentFingerprint));
  const provisions = await checkDrift(client, search, 'provisions', fingerprints(provisionInputs(source), (p) => p.id, provisionFingerprint));
  const report = { documents: summary(documents), provisions: summary(provisions) };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return documents.missing.length + documents.extra.length + documents.stale.length + provisions.missing.length + provisions.extra.length + provisions.stale.length === 0;
}

const summary = (r: { checked: number; missing: string[]; extra: string[]; stale: string[] }) => ({
  checked: r.checked,
  missing: r.missing.length,
  extra: r.extra.length,
  stale: r.stale.length,
  examples: { missing: r.missing.slice(0, 5), extra: r.extra.slice(0, 5), stale: r.stale.slice(0, 5) },
});

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'reindex' && command !== 'check') {
    process.stdout.write(`${USAGE}\n`);
    process.exitCode = command ? 2 : 0;
    return;
  }
  const env = loadEnv({ DATABASE_URL: databaseEnv.DATABASE_URL, ...searchEnv });
  const dataSource = createDataSource({ url: env.DATABASE_URL, poolMax: 2, applicationName: `legis-search-${command}` });
  await dataSource.initialize();
  try {
    const source = new SearchSourceRepository(dataSource);
    const search = { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, indexPrefix: env.MEILI_INDEX_PREFIX };
    if (command === 'reindex') await reindex(source, search);
    else if (!(await check(source, search))) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`search: ${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource, TermStatisticsRepository } from '@legis/db';
import { createMeiliClient, ensureIndexes, indexUid, type SearchConfig } from '@legis/search';
import { startTestStack } from '../support/test-stack';
import { measureApiSearches } from './search-api';
import { buildDrafts } from './search-drafts';
import { IndexInputFactory } from './search-entities';
import { countAllTermFrequencies, indexIntoMeilisearch } from './search-indexing';
import { measureUserSearches } from './search-latency';
import { readOptions } from './search-options';
import { measureOverlapChecks } from './search-overlap';
import { PostgresBaseline } from './search-pg-baseline';
import { SeededRandom } from './search-random';
import { parseRealCorpus, splitCorpus, FALLBACK_ISSUED_DATE } from './search-real-corpus';
import { measureRecall, sampleWindows } from './search-recall';
import { PhaseClock, round2 } from './search-stats';
import { synthesize } from './search-synthetic';
import { userQueries } from './search-user-queries';
import { verdict } from './search-verdict';
import { residentMemory } from './process-tree';

/** The API and the bench share the stack's Meilisearch; the API reads the bench's indexes. */
const BENCH_INDEX_PREFIX = 'bench_';

/**
 * `npm run bench:search [-- --provisions 100000] [-- --queries 200] [-- --searches 400] [-- --drafts 20]`
 * Search and overlap figures at a given corpus size: the real corpus parsed into provisions and
 * grown synthetically (seeded) to `--provisions`, indexed through the product's mappers and
 * writers, then user-search latency (GET /api/v1/search on the API app, and `search()` directly),
 * recall@10 of provision windows against a PostgreSQL full-text baseline in the same run, and the
 * overlap check of 100-provision drafts. Prints one JSON document. Never part of `npm test`.
 */

async function main(): Promise<void> {
  const options = readOptions();
  const clock = new PhaseClock();
  const random = new SeededRandom(options.seed);
  const notes: string[] = [];

  const real = await clock.run('parseCorpusMs', () => parseRealCorpus(random));
  const realUnits = real.documents.reduce((s, d) => s + d.provisions.length, 0);
  const heldOutUnits = Math.max(1_500, Math.ceil(options.drafts * options.draftSize * 0.75));
  const split = splitCorpus(real.documents, random, heldOutUnits, Math.ceil(options.provisions / 2));
  const indexedRealUnits = split.indexed.reduce((s, d) => s + d.provisions.length, 0);
  const synthetic = await clock.run('synthesizeMs', () => synthesize(split.indexed, options.provisions - indexedRealUnits, random));
  const family = new Map(synthetic.documents.flatMap((d) => d.provisions.map((p) => [p.id, p.sourceId!] as const)));
  const copiedIds = new Set(family.values());
  const documents = random.shuffle([...split.indexed, ...synthetic.documents]);
  const factory = new IndexInputFactory(random);
  const batches = await clock.run('mapInputsMs', () => documents.map((d) => factory.inputsOf(d)));

  const stack = await clock.run('startStackMs', () => startTestStack({ apps: ['api'], seedDemo: false, env: { MEILI_INDEX_PREFIX: BENCH_INDEX_PREFIX } }));
  const config: SearchConfig = { url: stack.appEnv.MEILI_URL!, apiKey: stack.appEnv.MEILI_MASTER_KEY, indexPrefix: BENCH_INDEX_PREFIX, timeoutMs: 120_000 };
  const client = createMeiliClient(config);
  const dataSource = createDataSource({ url: stack.appEnv.DATABASE_URL!, poolMax: options.indexConcurrency });
  let baseline: PostgresBaseline | undefined;
  try {
    await dataSource.initialize();
    const statistics = new TermStatisticsRepository(dataSource);
    await clock.run('ensureIndexesMs', () => ensureIndexes(client, config));
    const meiliIndexing = await clock.run('meilisearchIndexingMs', () => indexIntoMeilisearch(client, config, batches, options.indexConcurrency));
    const termCounting = await clock.run('termFrequenciesMs', () => countAllTermFrequencies(dataSource, statistics, batches, options.indexConcurrency, options.termProbeDocuments));
    baseline = await PostgresBaseline.connect(stack.appEnv.DATABASE_URL!);
    const pgLoad = await clock.run('postgresBaselineLoadMs', () => baseline!.load(batches));
    const meiliStats = await client.getStats();
    const meiliPid = Number(fs.readFileSync(path.join(stack.dataDir, 'run', 'meilisearch.pid'), 'utf8').split('\n')[0]);
    const pgPid = Number(fs.readFileSync(path.join(stack.dataDir, 'run', 'postgres.pid'), 'utf8').split('\n')[0]);
    const memoryAfterIndexing = { meilisearch: residentMemory(meiliPid).totalMiB, postgres: residentMemory(pgPid).totalMiB };

    const numbers = split.indexed.filter((d) => /^\d+\/\d{4}\//.test(d.number)).slice(0, 4).map((d) => d.number);
    const latency = await clock.run('searchLatencyMs', () => measureUserSearches(client, config, baseline!, userQueries(numbers), options.searches, random));
    const api = await clock.run('apiSearchLatencyMs', () => measureApiSearches(stack.urls.api, userQueries(numbers), options.searches, random));
    const windows = sampleWindows(split.indexed, copiedIds, options.queries, random);
    const recall = await clock.run('recallMs', () => measureRecall(client, config, statistics, baseline!, windows, family, options.trigramQueries, options.trigramTimeoutMs));
    const drafts = buildDrafts(split.heldOut, split.indexed, options.drafts + 1, options.draftSize, random);
    const overlap = await clock.run('overlapMs', () => measureOverlapChecks(client, config, statistics, drafts.slice(1), drafts[0]));

    notes.push(
      `Provisions are the parsed nodes overlapUnits would check (own text of at least 6 syllables): ${realUnits} of the ${real.nodes} nodes of the real corpus; the product also indexes the heading-only nodes (chapters, articles whose text is all in their clauses), left out here so that the count is of provisions with text.`,
      `Indexing ran the worker's index path directly (its mappers, indexProvisions/indexDocuments and TermStatisticsRepository.apply), not through HTTP uploads and Temporal, to reach ${options.provisions} provisions in reasonable time; documents were indexed in a seeded shuffled order so that real provisions do not win ties by being indexed first.`,
      `Real documents without an issue date were given ${FALLBACK_ISSUED_DATE} so that every document is issued and in force (effective from its issue date, no expiry).`,
      `${split.heldOut.length} real documents (${split.heldOut.reduce((s, d) => s + d.provisions.length, 0)} provisions) were held out of the index: the drafts' new provisions come from them.`,
      'PostgreSQL baseline: text folded to lower case without diacritics in Node (no unaccent extension needed; the embedded cluster is initialised with the C locale), tsvector with config simple over heading and text. ' + baseline.trigram.note + '.',
      `Term frequencies: the first ${options.termProbeDocuments} documents were counted at the worker's activity concurrency (${options.indexConcurrency}), with the intake workflow's retry backoff after each deadlock, the rest one document at a time; the figure to plan with is the sequential one.`,
      'Latency is measured in this process around each call (HTTP or pg round trip included), one call at a time; Meilisearch and PostgreSQL run on the same 2 cores, each idle while the other answers.',
    );

    const output = {
      command: `node -r @swc-node/register test/bench/search.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, meilisearch: (await client.getVersion()).pkgVersion, postgres: (await dataSource.query<{ v: string }[]>("SELECT current_setting('server_version') AS v"))[0]?.v },
      options,
      corpus: {
        provisions: batches.reduce((s, b) => s + b.provisions.length, 0),
        documents: batches.length,
        real: { documents: real.documents.length, provisions: realUnits, parsedNodes: real.nodes, indexedDocuments: split.indexed.length, indexedProvisions: indexedRealUnits, heldOutDocuments: split.heldOut.length },
        synthetic: synthetic.report,
        realProvisionsWithSyntheticCopies: copiedIds.size,
      },
      indexing: {
        meilisearch: meiliIndexing,
        termFrequencies: termCounting,
        postgresBaseline: pgLoad,
        meilisearchDatabaseMiB: round2(meiliStats.databaseSize / 2 ** 20),
        meilisearchProvisionPassages: meiliStats.indexes[indexUid(config, 'provisions')]?.numberOfDocuments,
        residentMemoryMiBAfterIndexing: memoryAfterIndexing,
      },
      apiSearchLatency: api,
      searchLatency: latency,
      recall,
      overlapCheck: overlap,
      verdict: verdict(latency, api, recall, overlap),
      phases: clock.report(),
      loadAverageAtPhaseStart: clock.loadAtStart(),
      notes,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } finally {
    await baseline?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

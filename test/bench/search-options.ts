/** Command-line options of `search.bench.ts`, each `--name value`. */
export interface SearchBenchOptions {
  provisions: number;
  queries: number;
  searches: number;
  drafts: number;
  draftSize: number;
  seed: number;
  indexConcurrency: number;
  trigramQueries: number;
  trigramTimeoutMs: number;
  /** Documents whose term frequencies are counted at the worker's concurrency before the rest go one by one. */
  termProbeDocuments: number;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a non-negative number`);
  return value;
}

export function readOptions(): SearchBenchOptions {
  const queries = option('queries', 200);
  return {
    provisions: option('provisions', 100_000),
    queries,
    searches: option('searches', 400),
    drafts: option('drafts', 20),
    draftSize: option('draft-size', 100),
    seed: option('seed', 20_251_127),
    indexConcurrency: option('index-concurrency', 20),
    trigramQueries: option('trigram-queries', 10),
    trigramTimeoutMs: option('trigram-timeout-ms', 5_000),
    termProbeDocuments: option('term-probe-documents', 20),
  };
}

import type { measureApiSearches } from './search-api';
import type { measureUserSearches } from './search-latency';
import type { measureOverlapChecks } from './search-overlap';
import type { measureRecall } from './search-recall';

type Latency = Awaited<ReturnType<typeof measureUserSearches>>;
type ApiLatency = Awaited<ReturnType<typeof measureApiSearches>>;
type Recall = Awaited<ReturnType<typeof measureRecall>>;
type Overlap = Awaited<ReturnType<typeof measureOverlapChecks>>;

interface MethodFigures {
  recallAt10: number | null;
  latencyMs: { p95: number };
}

const figures = (method: MethodFigures | { skipped: string }) => ('skipped' in method ? null : { recallAt10: method.recallAt10, p95Ms: method.latencyMs.p95 });

/** The comparisons the product owner asked for, computed from the figures above. */
export function verdict(latency: Latency, api: ApiLatency, recall: Recall, overlap: Overlap) {
  const meili = figures(recall.meilisearchRareWords)!;
  const engine = figures(recall.overlapEngine)!;
  const baselines = {
    postgresRareWordsTsRank: figures(recall.postgresRareWordsTsRank),
    postgresRareWordsTsRankLength: figures(recall.postgresRareWordsTsRankLength),
    postgresRareWordsCoordination: figures(recall.postgresRareWordsCoordination),
    postgresRareWordsTrigramRerank: figures(recall.postgresRareWordsTrigramRerank),
    postgresTrigramOnly: figures(recall.postgresTrigramOnly),
  };
  const versus = (ours: NonNullable<ReturnType<typeof figures>>) =>
    Object.fromEntries(
      Object.entries(baselines)
        .filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== null)
        .map(([name, pg]) => [
          name,
          {
            higherRecall: (ours.recallAt10 ?? 0) > (pg.recallAt10 ?? 0),
            lowerP95: ours.p95Ms < pg.p95Ms,
            recallDelta: Math.round(((ours.recallAt10 ?? 0) - (pg.recallAt10 ?? 0)) * 1000) / 1000,
            p95RatioPostgresToOurs: Math.round((pg.p95Ms / ours.p95Ms) * 10) / 10,
          },
        ]),
    );
  return {
    apiSearchP95WithinTarget: api.meetsTarget,
    searchP95WithinTarget: latency.meetsTarget,
    overlapP95WithinTarget: overlap.meetsTarget,
    meilisearchRareWords: meili,
    meilisearchRareWordsVersus: versus(meili),
    overlapEngine: engine,
    overlapEngineVersus: versus(engine),
    userSearchP95: { api: api.p95, meilisearch: latency.meilisearch.p95, postgres: latency.postgresSameQueries.p95 },
  };
}

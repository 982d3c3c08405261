import { analyzeProvision, vietnamDateOf } from '@legis/domain';
import { checkOverlaps, overlapUnits, type OverlapReport, type SearchConfig, type TermStatisticsSource } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import type { BenchDraft, PlantedKind } from './search-drafts';
import { LONG_TEXT_CHARS, emptyStageTimes, poolsOf, timedClient, timedStatistics, type PooledHit, type StageTimes } from './search-instrument';
import { round2, round3, summarize } from './search-stats';

/** What the worker's checkDraftOverlaps passes: 10 candidates kept, a provincial decision's rank. */
const CANDIDATES_PER_PROVISION = 10;
const PROVINCIAL_DECISION_RANK = 11;

const checkedUnits = (draft: BenchDraft) => overlapUnits(draft.units.map((u) => ({ pathKey: u.pathKey, citationKey: null, heading: null, text: u.text })));

function runCheck(client: Meilisearch, config: SearchConfig, statistics: TermStatisticsSource, draft: BenchDraft, asOf: string): Promise<OverlapReport> {
  return checkOverlaps(client, config, statistics, {
    units: checkedUnits(draft),
    asOf,
    excludeDocumentIds: [draft.documentId],
    filters: { visibility: { agencyIds: 'all' } },
    limit: CANDIDATES_PER_PROVISION,
    authorityRank: PROVINCIAL_DECISION_RANK,
  });
}

function withoutTexts(times: StageTimes): Omit<StageTimes, 'pooledTexts' | 'poolsByRequest'> {
  const { pooledTexts: _texts, poolsByRequest: _pools, ...rest } = times;
  return rest;
}

/** How long `analyzeProvision` (the second stage's per-candidate work) takes on long and short pooled texts. */
function secondStageAnatomy(texts: ReadonlyMap<string, string>) {
  const classes = { long: { texts: 0, chars: 0, ms: 0 }, short: { texts: 0, chars: 0, ms: 0 } };
  for (const text of texts.values()) {
    const started = performance.now();
    analyzeProvision(text);
    const c = classes[text.length > LONG_TEXT_CHARS ? 'long' : 'short'];
    c.ms += performance.now() - started;
    c.texts++;
    c.chars += text.length;
  }
  return {
    what: `analyzeProvision over the distinct pooled texts of the last draft, split at ${LONG_TEXT_CHARS} characters`,
    longerThan10kChars: { ...classes.long, ms: Math.round(classes.long.ms) },
    shorter: { ...classes.short, ms: Math.round(classes.short.ms) },
  };
}

interface PlantedTally {
  planted: number;
  /** The source was among the unit's first-stage hits (every query variant's pool). */
  sourceInPool: number;
  /** The source was among the unit's reported candidates. */
  sourceFound: number;
  expectedClass: number;
}

const emptyTally = (): PlantedTally => ({ planted: 0, sourceInPool: 0, sourceFound: 0, expectedClass: 0 });

/**
 * Each checked unit's first-stage hits: `pools` holds one query's hits per unit and matching
 * strategy, in the order of the units `checkOverlaps` was given (units under 6 syllables are not checked).
 */
function poolsByPathKey(draft: BenchDraft, pools: readonly PooledHit[][]): Map<string, PooledHit[]> {
  const units = checkedUnits(draft);
  const strategies = units.length === 0 ? 0 : pools.length / units.length;
  if (!Number.isInteger(strategies)) throw new Error(`${pools.length} candidate queries for ${units.length} units`);
  return new Map(units.map((unit, index) => [unit.pathKey, pools.slice(index * strategies, (index + 1) * strategies).flat()]));
}

/** Did the check pool and report the planted source, and in which class? */
function plantedOutcome(report: OverlapReport, draft: BenchDraft, pools: readonly PooledHit[][]) {
  const pooled = poolsByPathKey(draft, pools);
  const outcome: Record<Exclude<PlantedKind, 'new'>, PlantedTally> = { duplicate: emptyTally(), conflict: emptyTally(), overlap: emptyTally() };
  const newUnits = { units: 0, withFindings: 0, byTopClass: {} as Record<string, number> };
  for (const unit of draft.units) {
    const finding = report.findings.find((f) => f.pathKey === unit.pathKey);
    if (unit.kind === 'new' || unit.source === null) {
      newUnits.units++;
      if (finding) {
        newUnits.withFindings++;
        const top = finding.candidates[0].class;
        newUnits.byTopClass[top] = (newUnits.byTopClass[top] ?? 0) + 1;
      }
      continue;
    }
    const { source } = unit;
    const tally = outcome[unit.kind];
    tally.planted++;
    const isSource = (c: { text?: string; documentId?: string; pathKey?: string }) => c.text === source.text || (c.documentId === source.documentId && c.pathKey === source.pathKey);
    if (pooled.get(unit.pathKey)?.some(isSource)) tally.sourceInPool++;
    const match = finding?.candidates.find(isSource);
    if (!match) continue;
    tally.sourceFound++;
    if (unit.kind === 'overlap' ? match.class === 'overlap' || match.class === 'duplicate' : match.class === unit.kind) tally.expectedClass++;
  }
  return { outcome, newUnits };
}

/**
 * `checkOverlaps` end to end for each draft (one warm-up draft first, not counted), as the worker's
 * checkDraftOverlaps calls it, with the df lookup and the Meilisearch round trips timed apart;
 * the rest of `durationMs` is the second stage (analysis and comparison of every candidate).
 */
export async function measureOverlapChecks(client: Meilisearch, config: SearchConfig, statistics: TermStatisticsSource, drafts: readonly BenchDraft[], warmUp: BenchDraft) {
  const asOf = vietnamDateOf(Date.now());
  let current: StageTimes = emptyStageTimes();
  const meili = timedClient(client, () => current);
  const stats = timedStatistics(statistics, () => current);
  await runCheck(meili, config, stats, warmUp, asOf);
  const perDraft: { ms: number; engineMs: number; units: number; candidates: number; findings: number; stages: Omit<StageTimes, 'pooledTexts' | 'poolsByRequest'>; summary: OverlapReport['summary'] }[] = [];
  const planted = { duplicate: emptyTally(), conflict: emptyTally(), overlap: emptyTally() };
  const newUnits = { units: 0, withFindings: 0, byTopClass: {} as Record<string, number> };
  for (const draft of drafts) {
    current = emptyStageTimes();
    const started = performance.now();
    const report = await runCheck(meili, config, stats, draft, asOf);
    const ms = performance.now() - started;
    perDraft.push({
      ms: Math.round(ms),
      engineMs: report.durationMs,
      units: report.units,
      candidates: report.findings.reduce((sum, f) => sum + f.candidates.length, 0),
      findings: report.findings.length,
      stages: { ...withoutTexts(current), lookupMs: Math.round(current.lookupMs), multiSearchMs: Math.round(current.multiSearchMs) },
      summary: report.summary,
    });
    const outcome = plantedOutcome(report, draft, poolsOf(current));
    for (const kind of ['duplicate', 'conflict', 'overlap'] as const) {
      for (const key of ['planted', 'sourceInPool', 'sourceFound', 'expectedClass'] as const) planted[kind][key] += outcome.outcome[kind][key];
    }
    newUnits.units += outcome.newUnits.units;
    newUnits.withFindings += outcome.newUnits.withFindings;
    for (const [k, v] of Object.entries(outcome.newUnits.byTopClass)) newUnits.byTopClass[k] = (newUnits.byTopClass[k] ?? 0) + v;
  }
  const latency = summarize(perDraft.map((d) => d.ms));
  const sum = (pick: (d: (typeof perDraft)[number]) => number) => perDraft.reduce((s, d) => s + pick(d), 0);
  return {
    drafts: drafts.length,
    unitsPerDraft: drafts[0]?.units.length ?? 0,
    asOf,
    call: `checkOverlaps(units of the draft, asOf today, excludeDocumentIds [the draft], visibility all, limit ${CANDIDATES_PER_PROVISION}, authorityRank ${PROVINCIAL_DECISION_RANK}) as the worker's checkDraftOverlaps`,
    latencyMs: latency,
    targetP95Ms: 2000,
    meetsTarget: latency.p95 <= 2000,
    stageShareOfTime: {
      dfLookup: round3(sum((d) => d.stages.lookupMs) / sum((d) => d.ms)),
      meilisearchMultiSearch: round3(sum((d) => d.stages.multiSearchMs) / sum((d) => d.ms)),
      secondStageAndRest: round3(1 - (sum((d) => d.stages.lookupMs) + sum((d) => d.stages.multiSearchMs)) / sum((d) => d.ms)),
    },
    stageMs: {
      dfLookup: summarize(perDraft.map((d) => d.stages.lookupMs)),
      multiSearch: summarize(perDraft.map((d) => d.stages.multiSearchMs)),
      secondStage: summarize(perDraft.map((d) => d.ms - d.stages.lookupMs - d.stages.multiSearchMs)),
    },
    meilisearchRoundTrip: {
      serverProcessingMsPerDraft: summarize(perDraft.map((d) => d.stages.multiSearchServerMs)),
      roundTripMsPerDraft: summarize(perDraft.map((d) => d.stages.multiSearchMs)),
      pooledTextMiBPerDraft: summarize(perDraft.map((d) => round2(d.stages.pooledTextChars / 2 ** 20))),
      pooledHitsLongerThan10kChars: round3(sum((d) => d.stages.pooledLongHits) / Math.max(1, sum((d) => d.stages.pooledHits))),
      note: 'searchCandidatesBatch retrieves matching passages (at most 300 words each; 15, 8 and 4 for the three query variants of a provision; several passages of one long provision may come back, the check keeps the best); the round trip minus Meilisearch\'s own processing time is serialising, sending and parsing that text',
    },
    secondStageOfLastDraft: secondStageAnatomy(current.pooledTexts),
    candidates: {
      pooledHitsPerDraft: summarize(perDraft.map((d) => d.stages.pooledHits)),
      reportedCandidatesPerDraft: summarize(perDraft.map((d) => d.candidates)),
      findingsPerDraft: summarize(perDraft.map((d) => d.findings)),
      findingsByTopClass: perDraft.reduce<Record<string, number>>((acc, d) => {
        for (const [k, v] of Object.entries(d.summary)) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {}),
    },
    planted: Object.fromEntries(
      Object.entries(planted).map(([kind, t]) => [kind, { ...t, sourceInPoolRate: round3(t.sourceInPool / Math.max(1, t.planted)), sourceFoundRate: round3(t.sourceFound / Math.max(1, t.planted)), expectedClassRate: round3(t.expectedClass / Math.max(1, t.planted)) }]),
    ),
    newUnitsFromHeldOutDocuments: newUnits,
    perDraft: perDraft.map(({ ms, engineMs, units, candidates, findings, stages }) => ({ ms, engineMs, units, pooledHits: stages.pooledHits, candidates, findings, lookupMs: stages.lookupMs, multiSearchMs: stages.multiSearchMs, multiSearchServerMs: stages.multiSearchServerMs })),
  };
}

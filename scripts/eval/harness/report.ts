import type { DocumentLine, EvalClass, PairLine } from '../input/eval-lines';
import type { LoadedDocuments } from './load-documents';
import { accuracy, classMetrics, confusion, percentile, rankMetrics } from './metrics';
import type { PairOutcome } from './run-pairs';

const LISTED = 10;
const EXCERPT = 160;

export interface ReportInput {
  file: string;
  api: string;
  documents: readonly DocumentLine[];
  pairs: readonly PairLine[];
  load: LoadedDocuments;
  /** Pairs whose expected document was loaded (or that expect none), in input order. */
  outcomes: readonly PairOutcome[];
  skipped: number;
}

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text).replace(/\s+/g, ' ');

/** The printed result of a run: load summary, ranking and class metrics overall and per group, and the worst misses. */
export function buildReport({ file, api, documents, pairs, load, outcomes, skipped }: ReportInput) {
  const positives = outcomes.filter((o) => o.label !== 'none');
  const matrix = confusion(outcomes);
  const numberOf = new Map(documents.map((d) => [d.key, d.metadata.number ?? d.key]));
  const expectedOf = (o: PairOutcome) => {
    const expected = pairs[o.index].expected;
    if (!expected) return null;
    return `${'documentKey' in expected ? numberOf.get(expected.documentKey) : expected.documentNumber}#${expected.pathKey}`;
  };
  const groups = [...new Set(outcomes.map((o) => o.group))];
  const missing = pairs.filter((p) => p.expected && 'documentKey' in p.expected && load.paths.get(p.expected.documentKey)?.has(p.expected.pathKey) === false);
  const misses = positives.filter((o) => o.rank !== 1).sort(bySeverity);
  return {
    input: file,
    api,
    load: {
      documents: documents.length,
      indexed: load.ids.size,
      reused: load.reused.length,
      failed: load.failures,
      seconds: load.seconds,
      expectedPathMissing: { count: missing.length, first: missing.slice(0, LISTED).map((p) => `${numberOf.get((p.expected as { documentKey: string }).documentKey)}#${p.expected!.pathKey}`) },
    },
    pairs: { evaluated: outcomes.length, withExpected: positives.length, none: outcomes.length - positives.length, skipped, errors: outcomes.filter((o) => o.error).length },
    overall: {
      ...rankMetrics(positives),
      hitsBy: {
        exact: positives.filter((o) => o.relation === 'exact').length,
        ancestor: positives.filter((o) => o.relation === 'ancestor').length,
        descendant: positives.filter((o) => o.relation === 'descendant').length,
      },
      classAccuracy: accuracy(outcomes),
      latencyMs: {
        p50: percentile(outcomes.map((o) => o.latencyMs), 50),
        p95: percentile(outcomes.map((o) => o.latencyMs), 95),
        serverP50: percentile(outcomes.flatMap((o) => (o.serverMs === null ? [] : [o.serverMs])), 50),
        serverP95: percentile(outcomes.flatMap((o) => (o.serverMs === null ? [] : [o.serverMs])), 95),
      },
    },
    byGroup: Object.fromEntries(groups.map((group) => [group, groupMetrics(outcomes.filter((o) => o.group === group))])),
    classes: classMetrics(matrix),
    confusion: { rows: 'label', columns: 'predicted', matrix },
    worstMisses: misses.slice(0, LISTED).map((o) => ({
      group: o.group,
      label: o.label,
      expected: expectedOf(o),
      asOf: pairs[o.index].asOf ?? null,
      rank: o.rank,
      predicted: o.predicted,
      top: o.top && { citationKey: o.top.citationKey, class: o.top.class, score: o.top.score },
      error: o.error,
      query: excerpt(pairs[o.index].query),
    })),
    falsePositives: outcomes
      .filter((o) => o.label === 'none' && o.predicted !== 'none')
      .slice(0, LISTED)
      .map((o) => ({ group: o.group, predicted: o.predicted, by: o.by && { citationKey: o.by.citationKey, score: o.by.score }, query: excerpt(pairs[o.index].query) })),
  };
}

/** Worst first: a missed duplicate or conflict before a missed overlap or related; absent before ranked low; then input order. */
const SEVERITY: Record<EvalClass, number> = { duplicate: 0, conflict: 0, overlap: 1, related: 2, none: 3 };
function bySeverity(a: PairOutcome, b: PairOutcome): number {
  return SEVERITY[a.label] - SEVERITY[b.label] || (b.rank ?? Infinity) - (a.rank ?? Infinity) || a.index - b.index;
}

function groupMetrics(outcomes: readonly PairOutcome[]) {
  const labels: Partial<Record<EvalClass, number>> = {};
  for (const o of outcomes) labels[o.label] = (labels[o.label] ?? 0) + 1;
  const positives = outcomes.filter((o) => o.label !== 'none');
  const negatives = outcomes.filter((o) => o.label === 'none');
  return {
    labels,
    ...(positives.length > 0 ? rankMetrics(positives) : {}),
    ...(negatives.length > 0 ? { falsePositiveRate: Math.round((negatives.filter((o) => o.predicted !== 'none').length / negatives.length) * 1000) / 1000 } : {}),
    classAccuracy: accuracy(outcomes),
    latencyP50Ms: percentile(outcomes.map((o) => o.latencyMs), 50),
  };
}

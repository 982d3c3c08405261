import type { ApiSession } from '../../ingest/api-session';
import type { EvalClass, PairLine } from '../input/eval-lines';
import { findExpected, predictedClass, rankedCandidates, type Candidate, type Finding, type PathRelation } from './match-candidates';

/** Candidates per provision asked of the API. */
export const LIMIT = 10;

export interface PairOutcome {
  /** 0-based position among the pairs of the input. */
  index: number;
  group: string;
  label: EvalClass;
  /** 1-based rank of the expected provision among the candidates, null when absent. */
  rank: number | null;
  relation: PathRelation | null;
  predicted: EvalClass;
  /** The candidate the prediction comes from. */
  by: Candidate | null;
  top: Candidate | null;
  /** Wall time of POST /overlaps seen by the client, and the time the API reports for its work. */
  latencyMs: number;
  serverMs: number | null;
  error: string | null;
}

/** Sends each pair's query to POST /overlaps, one at a time (so latencies are not inflated by each other). */
export async function runPairs(
  session: ApiSession,
  pairs: readonly PairLine[],
  documentIds: ReadonlyMap<string, string>,
  log: (line: string) => void,
): Promise<PairOutcome[]> {
  const outcomes: PairOutcome[] = [];
  for (const [index, pair] of pairs.entries()) {
    const started = performance.now();
    const response = await session.request<{ findings: Finding[]; durationMs: number; detail?: string }>(
      'POST',
      '/overlaps',
      JSON.stringify({ text: pair.query, limit: LIMIT, ...(pair.asOf ? { asOf: pair.asOf } : {}) }),
      'application/json',
    );
    const latencyMs = Math.round(performance.now() - started);
    const ok = response.status === 200;
    const candidates = ok ? rankedCandidates(response.body.findings) : [];
    const hit = pair.expected && ok ? findExpected(candidates, pair.expected, documentIds) : null;
    const { predicted, by } = predictedClass(pair.class, candidates, hit);
    outcomes.push({
      index,
      group: pair.group,
      label: pair.class,
      rank: hit?.rank ?? null,
      relation: hit?.relation ?? null,
      predicted,
      by: by && slim(by),
      top: candidates[0] ? slim(candidates[0]) : null,
      latencyMs,
      serverMs: ok ? response.body.durationMs : null,
      error: ok ? null : `${response.status}: ${response.body.detail ?? JSON.stringify(response.body)}`,
    });
    if ((index + 1) % 50 === 0) log(`queried ${index + 1}/${pairs.length} pairs`);
  }
  return outcomes;
}

/** The fields of a candidate worth keeping in a report (responses also carry texts and explanations). */
function slim({ documentId, documentNumber, pathKey, citationKey, score, class: kind }: Candidate): Candidate {
  return { documentId, documentNumber, pathKey, citationKey, score, class: kind };
}

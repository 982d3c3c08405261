import { patched, proxyActivities, proxyLocalActivities, setHandler, type ActivityOptions, type RetryPolicy } from '@temporalio/workflow';
import { extractQueue, intakeProgressQuery, type DutyActivities, type IntakeActivities, type IntakeInput, type IntakeProgress } from './contracts';
import { reviewBasisChangeOnIntake } from './basis-change-on-intake';

const retry: RetryPolicy = { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 };

/**
 * Extract → parse and persist (one transaction) → index → (issued) detailed-regulation duties → (drafts) overlap check. Business outcomes (a scan without OCR, a
 * corrupt file, a number already taken) end the workflow with the version's status set; transient
 * faults (database or Meilisearch down) are retried until they pass, so nothing submitted is lost.
 */
export async function intake(input: IntakeInput): Promise<IntakeProgress> {
  // Extraction, indexing and the overlap check heartbeat: an attempt whose worker died, or that an
  // overloaded server recorded as started but never delivered, is retried after 20 s instead of
  // after its whole start-to-close timeout (seen under load: 10 minutes).
  const progress: IntakeProgress = { stage: 'extracting', status: 'running', reason: null, pages: null, provisions: null, overlapFindings: null };
  setHandler(intakeProgressQuery, () => progress);

  const { extractVersion } = proxyActivities<IntakeActivities>({
    taskQueue: extractQueue(input.taskQueue),
    startToCloseTimeout: '45 minutes', // OCR of a long scan
    // The worker heartbeats on a timer while a child process extracts (`whileHeartbeating`).
    heartbeatTimeout: '20 seconds',
    retry,
  });
  // Parsing and duty detection are short database work: as local activities they run inside the
  // next workflow task instead of each costing a round trip through the server. Intakes recorded
  // before run them as regular activities on replay.
  const local = patched('intake-local-steps');
  const shortStep = <A extends object>(options: Pick<ActivityOptions, 'startToCloseTimeout' | 'retry'>) => (local ? proxyLocalActivities<A>(options) : proxyActivities<A>(options));
  const { parseVersion } = shortStep<IntakeActivities>({ startToCloseTimeout: '10 minutes', retry });
  // Meilisearch being down is the common reason to retry these: poll often enough that indexing
  // catches up within seconds of it coming back.
  const { indexVersion, checkDraftOverlaps } = proxyActivities<IntakeActivities>({
    startToCloseTimeout: '10 minutes',
    heartbeatTimeout: '20 seconds',
    retry: { ...retry, maximumInterval: '10 seconds' },
  });

  const extracted = await extractVersion({ versionId: input.versionId });
  if (extracted.outcome !== 'extracted') return finish(progress, extracted.outcome, extracted.reason);
  progress.pages = extracted.pages;

  progress.stage = 'parsing';
  const parsed = await parseVersion({ versionId: input.versionId });
  if (parsed.outcome === 'failed') return finish(progress, 'failed', parsed.reason);
  progress.provisions = parsed.provisions;

  progress.stage = 'indexing';
  await indexVersion({ versionId: input.versionId });

  // Intakes recorded before duties existed replay without this step.
  if (parsed.kind === 'issued' && patched('detect-duties')) {
    const { detectDuties } = shortStep<DutyActivities>({ startToCloseTimeout: '5 minutes', retry });
    await detectDuties({ documentId: parsed.documentId });
  }

  // What an issued document amends, replaces, repeals or suspends is reviewed in the documents resting
  // on it (REFERENCE §4.10); intakes recorded before this step replay without it.
  if (parsed.kind === 'issued' && parsed.relations > 0 && patched('basis-change-on-intake')) await reviewBasisChangeOnIntake({ documentId: parsed.documentId });

  if (parsed.kind === 'draft') {
    progress.stage = 'checking-overlaps';
    progress.overlapFindings = (await checkDraftOverlaps({ versionId: input.versionId })).findings;
  }
  return finish(progress, 'indexed', null);
}

function finish(progress: IntakeProgress, status: IntakeProgress['status'], reason: string | null): IntakeProgress {
  progress.stage = 'done';
  progress.status = status;
  progress.reason = reason;
  return progress;
}

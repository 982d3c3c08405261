import { defineQuery } from '@temporalio/workflow';

/** `intake`: extract → parse → persist → index one uploaded version. */
export const INTAKE_WORKFLOW = 'intake';

export const intakeWorkflowId = (versionId: string) => `intake-${versionId}`;

export interface IntakeInput {
  versionId: string;
  /** The worker's main task queue; extraction goes to its `-extract` sibling. */
  taskQueue: string;
}

export type IntakeStage = 'extracting' | 'parsing' | 'indexing' | 'checking-overlaps' | 'done';

export interface IntakeProgress {
  stage: IntakeStage;
  /** The version's status once the workflow has finished: `indexed`, `needs_ocr` or `failed`. */
  status: 'running' | 'indexed' | 'needs_ocr' | 'failed';
  reason: string | null;
  pages: number | null;
  provisions: number | null;
  /** Drafts: provisions with overlapping or conflicting provisions in force. */
  overlapFindings: number | null;
}

export const intakeProgressQuery = defineQuery<IntakeProgress>('intakeProgress');

export type ExtractOutcome =
  | { outcome: 'extracted'; pages: number | null; chars: number; method: string }
  | { outcome: 'needs_ocr' | 'failed'; reason: string };

export type ParseOutcome =
  | { outcome: 'parsed'; documentId: string; kind: 'draft' | 'issued'; provisions: number; relations: number; warnings: number }
  | { outcome: 'failed'; reason: string };

export interface IndexOutcome {
  provisions: number;
}

export interface OverlapOutcome {
  units: number;
  findings: number;
  durationMs: number;
}

/** Every intake activity is idempotent: re-running one replaces what it wrote before. */
export interface IntakeActivities {
  extractVersion(input: { versionId: string }): Promise<ExtractOutcome>;
  parseVersion(input: { versionId: string }): Promise<ParseOutcome>;
  indexVersion(input: { versionId: string }): Promise<IndexOutcome>;
  /** Drafts only: the overlap check against the provisions in force, stored for the version. */
  checkDraftOverlaps(input: { versionId: string }): Promise<OverlapOutcome>;
}

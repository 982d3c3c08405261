/** `dutyDetection`: detailed-regulation duties of one document, on demand (intake runs the same activity itself). */
export const DUTY_DETECTION_WORKFLOW = 'dutyDetection';

export const dutyDetectionWorkflowId = (documentId: string) => `duty-detection-${documentId}`;

export interface DutyDetectionInput {
  documentId: string;
}

export interface DutyDetectionOutcome {
  documentId: string;
  /** `central`: its delegations were read; `provincial`: its relations were matched to open duties; `none`: neither applies. */
  role: 'central' | 'provincial' | 'none';
  /** Every duty the document places on the province (case ids), new or not. */
  duties: string[];
  /** The duty cases this run opened. */
  opened: string[];
  /** Duty cases closed by linking a fulfilling document in this run. */
  linked: string[];
}

/**
 * Idempotent: case ids are derived from the document, provision and addressee, a closed duty is never
 * opened again, and a link is applied once per (duty, document).
 */
export interface DutyActivities {
  detectDuties(input: DutyDetectionInput): Promise<DutyDetectionOutcome>;
}

import { DomainError, domainErrorFromDetails } from '@legis/domain';
import { ApplicationFailure, isGrpcServiceError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';

/** gRPC status codes that mean "the server is not reachable right now". */
const UNAVAILABLE_CODES = new Set([4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */]);

/**
 * Runs a Temporal client call and translates its failures into domain errors: unknown workflow →
 * not_found, duplicate start → conflict, server unreachable → unavailable (503 with Retry-After),
 * a domain refusal raised inside a workflow (an update's validator or handler) → that refusal.
 */
export async function callTemporal<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const refusal = domainRefusalOf(error);
    if (refusal) throw refusal;
    if (error instanceof WorkflowNotFoundError) {
      throw new DomainError('not_found', 'WORKFLOW_NOT_FOUND', `${what}: no such process.`);
    }
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      throw new DomainError('conflict', 'WORKFLOW_ALREADY_STARTED', `${what}: this process is already running.`, {
        extensions: { workflowId: error.workflowId },
      });
    }
    if (isUnavailable(error)) {
      throw new DomainError('unavailable', 'TEMPORAL_UNAVAILABLE', `${what}: the workflow engine (Temporal) is unreachable; try again shortly.`, {
        retryAfterSeconds: 5,
      });
    }
    throw error;
  }
}

function isUnavailable(error: unknown): boolean {
  if (isGrpcServiceError(error)) return UNAVAILABLE_CODES.has(error.code);
  const cause = (error as { cause?: unknown }).cause;
  if (cause && isGrpcServiceError(cause)) return UNAVAILABLE_CODES.has(cause.code);
  const message = error instanceof Error ? error.message : '';
  return /Failed to connect|ECONNREFUSED|UNAVAILABLE|deadline/i.test(message);
}

/** The domain error a workflow or activity sent as `ApplicationFailure` details, if that is what failed. */
function domainRefusalOf(error: unknown): DomainError | null {
  const failure = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (!(failure instanceof ApplicationFailure)) return null;
  return domainErrorFromDetails(failure.details?.[0]);
}

import { DomainError, failureDetailsOf } from '@legis/domain/errors';
import { ApplicationFailure } from '@temporalio/workflow';

/** Runs a pure procedure call; its refusals become failures the caller of the update receives as problems. */
export function refusalsAsFailures<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof DomainError) {
      throw ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: true, details: [failureDetailsOf(error)] });
    }
    throw error;
  }
}

import { failureDetailsOf, type DomainError } from '@legis/domain';
import { ApplicationFailure } from '@temporalio/activity';

/** A refusal the draft workflow passes on to the caller of the action as a problem document. */
export function refusal(error: DomainError): ApplicationFailure {
  return ApplicationFailure.nonRetryable(error.message, error.code, failureDetailsOf(error));
}

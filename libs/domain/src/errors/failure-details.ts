import { DomainError, type DomainErrorKind, type FieldError } from './domain-error';

/**
 * A domain error as plain data, to cross a boundary that only carries JSON: Temporal sends it as
 * the first detail of an `ApplicationFailure` (its `type` is the code), and the API rebuilds the
 * same error, so a refusal inside a workflow reaches the client as the same problem document.
 */
export interface DomainFailureDetails {
  kind: DomainErrorKind;
  code: string;
  message: string;
  fieldErrors?: FieldError[];
  extensions?: Record<string, unknown>;
}

export function failureDetailsOf(error: DomainError): DomainFailureDetails {
  return { kind: error.kind, code: error.code, message: error.message, fieldErrors: error.details.fieldErrors, extensions: error.details.extensions };
}

/** The domain error back from its details, or null when `value` is not such a record. */
export function domainErrorFromDetails(value: unknown): DomainError | null {
  const record = value as Partial<DomainFailureDetails> | null;
  if (typeof record !== 'object' || record === null || typeof record.kind !== 'string' || typeof record.code !== 'string' || typeof record.message !== 'string') return null;
  return new DomainError(record.kind, record.code, record.message, { fieldErrors: record.fieldErrors, extensions: record.extensions });
}

export { DomainError, notFound, type DomainErrorKind, type FieldError } from './domain-error';
export { domainErrorFromDetails, failureDetailsOf, type DomainFailureDetails } from './failure-details';

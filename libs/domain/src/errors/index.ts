export { DomainError, notFound, type DomainErrorKind, type FieldError } from './domain-error';

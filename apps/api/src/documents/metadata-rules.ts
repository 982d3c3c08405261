import { parseDocumentNumber, type FieldError } from '@legis/domain';
import { ProblemException } from '../common/problem/problem.exception';
import { dtoFieldErrors } from '../common/problem/validation';
import { DocumentMetadataDto } from './dto/document-metadata.dto';

/**
 * Validates uploaded metadata (a JSON object, or the JSON string of a multipart `metadata` part):
 * shape and types, a well-formed document number, real dates in a possible order. Every problem is
 * reported at once as a 422 with per-field errors.
 */
export function validateMetadata(raw: unknown, prefix = 'metadata'): DocumentMetadataDto {
  let plain = raw;
  if (typeof raw === 'string') {
    try {
      plain = JSON.parse(raw);
    } catch {
      throw new ProblemException(400, 'MALFORMED_METADATA', `The ${prefix} part is not valid JSON.`);
    }
  }
  if (plain !== undefined && (typeof plain !== 'object' || plain === null || Array.isArray(plain))) {
    throw new ProblemException(422, 'VALIDATION_FAILED', `${prefix} must be a JSON object.`, [{ field: prefix, message: 'must be an object' }]);
  }
  const { value, errors } = dtoFieldErrors(DocumentMetadataDto, plain, prefix);
  errors.push(...crossFieldErrors(value, prefix));
  if (errors.length > 0) {
    throw new ProblemException(422, 'VALIDATION_FAILED', `The document metadata has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, errors);
  }
  return value;
}

function crossFieldErrors(m: DocumentMetadataDto, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const field = (name: string, message: string) => errors.push({ field: `${prefix}.${name}`, message });
  if (typeof m.number === 'string') {
    const parsed = parseDocumentNumber(m.number);
    if (!parsed.ok) field('number', parsed.error.reason);
  }
  for (const name of ['issuedDate', 'effectiveDate', 'expiryDate'] as const) {
    const date = m[name];
    if (typeof date === 'string' && !isRealDate(date)) field(name, 'is not a real calendar date');
  }
  if (m.issuedDate && m.effectiveDate && m.effectiveDate < m.issuedDate) field('effectiveDate', 'must not be before issuedDate');
  if (m.effectiveDate && m.expiryDate && m.expiryDate <= m.effectiveDate) field('expiryDate', 'must be after effectiveDate');
  if (m.kind === 'draft' && m.validityStatus) field('validityStatus', 'drafts have no validity status');
  return errors;
}

function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

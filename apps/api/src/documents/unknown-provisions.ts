import type { ProvisionRepository } from '@legis/db';
import { DomainError, type FieldError } from '@legis/domain';

/** A provision a request names, with the field that names it. */
export interface NamedProvision {
  field: string;
  pathKey: string;
}

/**
 * Refuses provisions the document's current text does not have, before anything is written: 422
 * `PROVISION_UNKNOWN` with one field error per unknown provision.
 */
export async function refuseUnknownProvisions(
  provisions: ProvisionRepository,
  document: { id: string; currentVersionId: string | null },
  named: readonly NamedProvision[],
  message: string,
): Promise<void> {
  if (named.length === 0) return;
  const known = new Set(document.currentVersionId ? (await provisions.ofVersion(document.currentVersionId)).map((provision) => provision.pathKey) : []);
  const problems: FieldError[] = named
    .filter(({ pathKey }) => !known.has(pathKey))
    .map(({ field, pathKey }) => ({ field, message: `${pathKey} is not a provision of the document (see GET /api/v1/documents/${document.id}/provisions)` }));
  if (problems.length > 0) throw new DomainError('invalid', 'PROVISION_UNKNOWN', message, { fieldErrors: problems });
}

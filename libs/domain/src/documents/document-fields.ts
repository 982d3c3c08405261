import { docTypeInfo, type DocType } from '../legal-text/doc-types';
import type { DocumentNumber } from '../legal-text/document-number';
import { normalizeDocumentNumber, parseDocumentNumber } from '../legal-text/document-number';
import type { ParsedLegalText, SigningCapacity } from '../legal-text/types';
import { effectiveDateOf } from './effective-date-of';
import type { ValidityStatus } from './document-vocabulary';
import { regimeVersionOn, validityFromDates, type RegimeVersion } from './document-vocabulary';
import { documentTitleKey } from './relation-candidates';
import { nameKey } from './name-key';

/** The document fields intake can learn from a text; the uploader may set any of them instead. */
export interface DocumentFields {
  docType: DocType | null;
  number: string | null;
  title: string | null;
  issuerName: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signingCapacity: SigningCapacity | null;
  issuedDate: string | null;
  effectiveDate: string | null;
}

export const DOCUMENT_FIELD_NAMES: readonly (keyof DocumentFields)[] = [
  'docType',
  'number',
  'title',
  'issuerName',
  'signerName',
  'signerTitle',
  'signingCapacity',
  'issuedDate',
  'effectiveDate',
];

/** What the parsed text says about each field (null where it says nothing). */
export function fieldsFromText(parsed: ParsedLegalText, fullText: string): DocumentFields {
  const { metadata } = parsed;
  const docType = metadata.docType ?? metadata.parsedNumber?.docType ?? null;
  return {
    docType,
    number: metadata.number,
    title: metadata.title,
    issuerName: metadata.issuer,
    signerName: metadata.signer?.name ?? null,
    signerTitle: metadata.signer?.title ?? null,
    signingCapacity: metadata.signer?.capacity ?? null,
    issuedDate: metadata.issuedDate,
    effectiveDate: effectiveDateOf(fullText, metadata.issuedDate),
  };
}

/** Provided fields win; every other field takes what the latest text says, or keeps its value. */
export function mergeFields(current: DocumentFields, provided: readonly string[], fromText: DocumentFields): DocumentFields {
  const merged = { ...current };
  for (const field of DOCUMENT_FIELD_NAMES) {
    if (!provided.includes(field) && fromText[field] !== null) (merged as Record<string, unknown>)[field] = fromText[field];
  }
  return merged;
}

/** Columns derived from the fields: number parts and keys, validity, regime, normative flag. */
export interface DerivedColumns {
  numberKey: string | null;
  parsedNumber: DocumentNumber | null;
  titleKey: string | null;
  regimeVersion: RegimeVersion | null;
  isNormative: boolean;
  validityStatus: ValidityStatus | null;
}

export function deriveColumns(
  fields: DocumentFields,
  document: { kind: 'draft' | 'issued'; expiryDate: string | null; validityStatus: ValidityStatus | null; validityProvided: boolean; normativeProvided: boolean; isNormative: boolean },
  today: string,
): DerivedColumns {
  const parsed = fields.number ? parseDocumentNumber(fields.number) : null;
  const parsedNumber = parsed?.ok ? parsed.value : null;
  const docType = fields.docType;
  const canBeNormative = docType ? docTypeInfo(docType).canBeNormative : true;
  return {
    numberKey: fields.number ? normalizeDocumentNumber(fields.number) : null,
    parsedNumber,
    titleKey: documentTitleKey(docType, fields.title) ?? (fields.title ? nameKey(fields.title) : null),
    regimeVersion: regimeVersionOn(fields.issuedDate ?? today),
    isNormative: document.normativeProvided ? document.isNormative : canBeNormative && (parsedNumber?.isNormativeFormat ?? true),
    validityStatus:
      document.kind === 'draft'
        ? null
        : document.validityProvided
          ? document.validityStatus
          : validityFromDates({ effectiveDate: fields.effectiveDate, expiryDate: document.expiryDate }, today),
  };
}

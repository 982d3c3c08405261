/** A draft moving through the drafting procedure, or a document already issued (ours or central). */
export const DOCUMENT_KINDS = ['draft', 'issued'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Tình trạng hiệu lực (REFERENCE §2.4), per document and per provision. */
export const VALIDITY_STATUSES = [
  'NOT_YET_EFFECTIVE',
  'IN_FORCE',
  'PARTIALLY_EXPIRED',
  'FULLY_EXPIRED',
  'SUSPENDED',
  'PARTIALLY_SUSPENDED',
] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

/** Relations between documents (REFERENCE §2.5), read source → target. */
export const RELATION_TYPES = [
  'BASED_ON',
  'DETAILS',
  'IMPLEMENTS',
  'AMENDS',
  'REPLACES',
  'REPEALS',
  'SUSPENDS',
  'SUSPENDS_EXECUTION',
  'DECLARES_EXPIRED',
  'CORRECTS',
  'CONSOLIDATES',
  'CITES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Intake of one uploaded version: `received` → `extracting` → `parsed` → `indexed`, or it ends in
 * `needs_ocr` (a scan and no OCR here) or `failed` (with a reason); both can be retried.
 */
export const VERSION_STATUSES = ['received', 'extracting', 'parsed', 'indexed', 'needs_ocr', 'failed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Versions of the procedure law (REFERENCE §0.1); stored on every document and workflow. */
export const REGIME_VERSIONS = ['LAW80_2015', 'LAW80_63_2020', 'LAW64_2025', 'LAW64_87_2025'] as const;
export type RegimeVersion = (typeof REGIME_VERSIONS)[number];

/** The regime in force on an ISO date (REFERENCE §0.1 table). */
export function regimeVersionOn(isoDate: string): RegimeVersion {
  if (isoDate >= '2025-07-01') return 'LAW64_87_2025';
  if (isoDate >= '2025-04-01') return 'LAW64_2025';
  if (isoDate >= '2021-01-01') return 'LAW80_63_2020';
  return 'LAW80_2015';
}

/**
 * The validity of an issued document on `today`, from its dates alone (REFERENCE §2.4 derived-status
 * rules). Suspensions and partial expiry come from relations and are applied on top.
 */
export function validityFromDates(dates: { effectiveDate: string | null; expiryDate: string | null }, today: string): ValidityStatus {
  if (dates.expiryDate !== null && dates.expiryDate <= today) return 'FULLY_EXPIRED';
  if (dates.effectiveDate !== null && today < dates.effectiveDate) return 'NOT_YET_EFFECTIVE';
  return 'IN_FORCE';
}

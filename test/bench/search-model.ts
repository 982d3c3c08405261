import type { DocType, IssuerLevel, ProvisionLevel } from '@legis/domain';

/** Where a provision of the bench corpus comes from. */
export type ProvisionOrigin = 'real' | 'synthetic';

/** One provision with text (an overlap unit) of the bench corpus. */
export interface BenchProvision {
  id: string;
  level: ProvisionLevel;
  number: string | null;
  pathKey: string;
  heading: string | null;
  text: string;
  ord: number;
  origin: ProvisionOrigin;
  /** For a synthetic copy, the real provision it was made from. */
  sourceId: string | null;
}

/** One document (its current version) of the bench corpus. */
export interface BenchDocument {
  id: string;
  versionId: string;
  /** The corpus line it is (or was copied from). */
  corpusId: string;
  origin: ProvisionOrigin;
  docType: DocType | null;
  number: string;
  issuerName: string;
  issuerLevel: IssuerLevel;
  issuedDate: string;
  title: string;
  text: string;
  provisions: BenchProvision[];
}

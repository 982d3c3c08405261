/**
 * What the caller (the publication activity) loads from the database for one issued document. The
 * record builder, the Akoma Ntoso export and the export bundle all read this one shape, so a
 * published record, its XML and its downloadable bundle never disagree.
 */
export interface PublicationDocument {
  id: string;
  /** Số, ký hiệu as issued ("043/2025/QĐ-UBND"); normalised before it is sent. */
  number: string;
  /** `DocType` code of `@legis/domain` ("DECISION", "RESOLUTION"). */
  docType: string;
  /** Loại văn bản as written ("Quyết định"). */
  docTypeName: string;
  issuer: { id: string; name: string };
  signer: { name: string; title: string | null; capacity: PublicationSigningCapacity | null };
  /** ISO dates (YYYY-MM-DD). For a council resolution `issuedDate` is the adoption date. */
  issuedDate: string;
  effectiveDate: string;
  expiryDate: string | null;
  expiryReason: string | null;
  /** Trích yếu. */
  title: string;
  field: string | null;
  sector: string | null;
  territorialScope: string;
  /** `ValidityStatus` code of `@legis/domain` ("IN_FORCE"). */
  validityStatus: string;
  /** The provincial Công báo issue that carried the document, once it has been published there. */
  gazette?: { issueNo: string; date: string } | null;
  applicationNotes: string | null;
  provisions: PublicationProvision[];
  relations: PublicationRelation[];
  fullText: string;
  originalFile: { fileName: string; mimeType: string; bytes: Buffer; sha256: string };
}

/** TM. | KT. | Q. | TL. | TUQ. without the dot (REFERENCE §2.3). */
export type PublicationSigningCapacity = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';

/** Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm, and Phụ lục (REFERENCE §3). */
export type PublicationProvisionLevel = 'part' | 'chapter' | 'section' | 'subsection' | 'article' | 'clause' | 'point' | 'annex';

/** One node of the provision tree, as stored from the parser (`ParsedProvision` fits it). */
export interface PublicationProvision {
  level: PublicationProvisionLevel;
  /** As written: "II", "5a", "2", "đ", "a1"; null for an unnumbered annex. */
  number: string | null;
  pathKey: string;
  heading: string | null;
  /** The node's own text, without its heading and its children. */
  text: string;
  children: PublicationProvision[];
}

/** A relation read source (this document) → target (REFERENCE §2.5). */
export interface PublicationRelation {
  /** `RelationType` code of `@legis/domain` ("BASED_ON", "AMENDS"). */
  type: string;
  targetNumber: string | null;
  targetTitle: string | null;
  /** Path of the provision targeted in the other document ("d5.k2"), when only part of it is. */
  targetPathKey: string | null;
}

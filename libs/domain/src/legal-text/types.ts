import type { DocType } from './doc-types';
import type { DocumentNumber } from './document-number';

export type ProvisionLevel = 'part' | 'chapter' | 'section' | 'subsection' | 'article' | 'clause' | 'point' | 'annex';

/**
 * One node of the provision tree. Path keys are stable identifiers: `d5a` (Điều 5a), `d5a.k2`
 * (khoản 2), `d5a.k2.đ` (điểm đ), `d5.a` (a point straight under an article), `cII`, `cII.m1`,
 * `cII.m1.tm1`, `pI`, `pl1` (Phụ lục), `kt` / `kt.d1.k2` (an attached instrument). Articles are
 * numbered across the document, so their keys leave out the chapter.
 */
export interface ParsedProvision {
  level: ProvisionLevel;
  /** As written: "II", "5a", "2", "đ", "a1"; null for an unnumbered annex or attached instrument. */
  number: string | null;
  pathKey: string;
  heading: string | null;
  /** The node's own text: heading excluded, children excluded, quoted patches included. */
  text: string;
  /** Position in document order (pre-order) within its tree, from 0. */
  order: number;
  /** 1-based input lines the node spans, children included. */
  startLine: number;
  endLine: number;
  /** Markers of consolidated-text footnotes attached to this node (see `ParsedLegalText.notes`). */
  noteRefs: string[];
  children: ParsedProvision[];
}

export type SigningCapacity = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';

export interface Signer {
  name: string | null;
  /** The signer's own title ("PHÓ CHỦ TỊCH"). */
  title: string | null;
  /** The innermost capacity: "KT." in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
  capacity: SigningCapacity | null;
  /** Whom the innermost capacity acts for ("CHỦ TỊCH"). */
  onBehalfOf: string | null;
  /** The collegial body after "TM." ("ỦY BAN NHÂN DÂN"), when there is one. */
  collegialBody: string | null;
}

export interface Adoption {
  /** "Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu". */
  body: string;
  date: string | null;
  raw: string;
}

export interface DocumentMetadata {
  number: string | null;
  parsedNumber: DocumentNumber | null;
  docType: DocType | null;
  issuer: string | null;
  place: string | null;
  /** ISO date of the place-and-date line, or of adoption when that line is missing. */
  issuedDate: string | null;
  title: string | null;
  signer: Signer | null;
  /** "… thông qua ngày …" of resolutions and laws. */
  adoption: Adoption | null;
}

/** A document cited by type, number, name or date; any part may be missing. */
export interface DocumentRef {
  docType: DocType | null;
  number: string | null;
  /** Name as cited, for documents cited without a number ("Luật Đất đai"). */
  name: string | null;
  date: string | null;
}

/** One "Căn cứ …" paragraph of the preamble: a BASED_ON candidate. */
export interface LegalBasis {
  raw: string;
  docType: DocType | null;
  number: string | null;
  date: string | null;
  /** "Luật Tổ chức chính quyền địa phương" for laws cited by name; the trích yếu for the others. */
  title: string | null;
  issuer: string | null;
  /** The cited provision when the basis is part of a document ("điểm 13", "khoản 2 Điều 5"). */
  provision: string | null;
  /** Further documents named in the same paragraph (amending laws, second basis). */
  related: DocumentRef[];
  line: number;
}

export type CitationTarget = 'self' | { number: string | null; docType: DocType | null; name: string | null };

/** An in-text reference (CITES); 'self' targets are references inside this document. */
export interface Citation {
  sourcePathKey: string;
  targetDocument: CitationTarget;
  /** Path in the target document ("d5.k2.a"); null when only the document is named. */
  targetPathKey: string | null;
  raw: string;
  line: number;
}

export type AmendmentAction = 'amend' | 'insert' | 'repeal' | 'replace' | 'replace_words' | 'suspend';

/** An amending instruction (AMENDS / REPEALS / REPLACES / SUSPENDS). */
export interface Amendment {
  sourcePathKey: string;
  action: AmendmentAction;
  /** The document being changed; null when the text never names it. */
  targetDocument: DocumentRef | null;
  /** Paths in the target; empty when the whole document is targeted. */
  targetPathKeys: string[];
  /** For 'insert': the node the new provision follows ("d5.k2" for "vào sau khoản 2 Điều 5"). */
  insertAfter: string | null;
  /** The quoted block, parsed with the same parser. */
  patch: ParsedProvision[] | null;
  /** For 'replace_words': the words replaced and their replacement (null when they are dropped). */
  words: { from: string; to: string | null } | null;
  raw: string;
  line: number;
}

/** A footnote of a consolidated text (VBHN): where a provision came from. */
export interface ProvenanceNote {
  marker: string;
  text: string;
  line: number;
  /** Where the marker was found, when it was. */
  pathKey: string | null;
}

export type ParseWarningCode =
  | 'numbering_gap'
  | 'duplicate_number'
  | 'point_order'
  | 'bullet_in_point'
  | 'missing_title'
  | 'empty_article'
  | 'unclosed_quote';

export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
  pathKey?: string;
  line?: number;
}

export interface ParsedLegalText {
  metadata: DocumentMetadata;
  provisions: ParsedProvision[];
  legalBasis: LegalBasis[];
  citations: Citation[];
  amendments: Amendment[];
  notes: ProvenanceNote[];
  warnings: ParseWarning[];
}

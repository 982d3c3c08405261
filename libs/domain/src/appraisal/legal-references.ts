/**
 * The rules the pre-check cites (regime LAW64_87_2025). Confidence as in REFERENCE.md §0: [C] read in
 * the legal text or a verbatim quotation of it, [K] background knowledge not re-verified.
 */
export const LEGAL_REFERENCES = {
  /** [C] Phần, chương, mục, tiểu mục, điều must have a title; articles numbered from "Điều 1" in Arabic numerals. */
  structure: 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)',
  /** [C] One idea per point; no other symbols for the ideas inside a point. */
  points: 'Decree 78/2025 Art. 63(2)',
  /** [C] Numbers are Arabic; only parts and chapters use Roman numerals. */
  numerals: 'Decree 78/2025 Art. 64(3)',
  /** [C] Inserted provisions (5a, 2a, a1) belong to amending documents. */
  insertedNumbering: 'Decree 78/2025 Arts. 63(1), 69(4)',
  /** [C] A local document takes effect at least 10 days after adoption or signing, except simplified procedure and special cases. */
  effectiveDelay: 'Law 64/2025 Art. 53(1)',
  /** [C] A document states the day, month and year it takes effect. */
  effectiveDateStated: 'Decree 78/2025 Art. 67(2)',
  /** [C] How amending content is laid out: its own articles, clauses and points, the amended provision named. */
  amendingLayout: 'Decree 78/2025 Art. 66',
  /** [C] The basis is a higher-ranking VBQPPL, in force or adopted/signed and effective no later than the new document. */
  basis: 'Decree 78/2025 Art. 62',
  /** [C] The first citation gives type, number, date, issuer and title exactly. */
  citation: 'Decree 78/2025 Art. 68(1)',
  /** [C] Partial expiry and suspension of a cited document. */
  basisValidity: 'Decree 78/2025 Art. 62; Law 64/2025 Arts. 56, 57',
  /** [K] Constitutionality, legality and consistency of the legal system; [C] the hierarchy. */
  legality: 'Law 64/2025 Arts. 4, 5',
  /** [C] An issuer amends or repeals its own earlier provisions that differ from the new document. */
  ownEarlierDocuments: 'Law 64/2025 Art. 8(5)',
  /** [K] A document does not restate provisions of other documents; it cites them (Decree 78 Art. 68(2)). */
  restatement: 'Law 64/2025 Art. 5; Decree 78/2025 Art. 68(2)',
  /** [C] Provincial competence to detail delegated content. */
  competence: 'Law 64/2025 Art. 21',
  /** [C] A detailed regulation takes effect with the delegating provision. */
  detailedEffect: 'Law 64/2025 Art. 53(2)',
  /** [K] The duty register of delegated detailed regulations (REFERENCE §4.13). */
  delegationDuties: 'Law 64/2025 Art. 53(2); REFERENCE §4.13',
} as const;

/** One validity change made when a document took effect (its own, or one of its targets'). */
export interface ValidityChangeSummary {
  documentId: string;
  relation: string;
  before: { validityStatus: string | null };
  after: { validityStatus: string | null; expiryDate?: string | null; provisions?: string[] };
}

export interface ValidityActivities {
  /** The document enters into force; what it amends, replaces, repeals or suspends changes with it. */
  enterIntoForce(input: { documentId: string }): Promise<ValidityChangeSummary[]>;
}

import type { ValidityStatus } from '../documents/document-vocabulary';
import type { SystematisationPlan } from './plan';
import type { SystematisationList, SystematisationResult } from './vocabulary';

/** What the database says about a document when the campaign gathers it. */
export interface ValiditySnapshot {
  validityStatus: ValidityStatus | null;
  expiryDate: string | null;
  /** When it expired or was suspended (whole or part), from the relation that did it. */
  changedOn: string | null;
}

/**
 * The result the campaign proposes from recorded validity, as seen at the end of the period: what
 * an agency confirms or corrects, and what stands for a document nobody answered.
 */
export function proposedResult(snapshot: ValiditySnapshot, plan: Pick<SystematisationPlan, 'periodEnd'>): SystematisationResult {
  if (snapshot.expiryDate !== null) return snapshot.expiryDate <= plan.periodEnd ? 'EXPIRED' : 'IN_FORCE';
  if (snapshot.changedOn !== null && snapshot.changedOn > plan.periodEnd) return 'IN_FORCE';
  switch (snapshot.validityStatus) {
    case 'FULLY_EXPIRED':
      return 'EXPIRED';
    case 'SUSPENDED':
    case 'PARTIALLY_SUSPENDED':
    case 'PARTIALLY_EXPIRED':
      return snapshot.validityStatus;
    default:
      return 'IN_FORCE';
  }
}

export interface ClassifiableEntry {
  proposed: SystematisationResult;
  /** The agency's answer; null when none came. */
  result: SystematisationResult | null;
  /** When the recorded expiry or suspension happened (the agency's date, else the snapshot's). */
  changedOn: string | null;
}

const ENDED: ReadonlySet<SystematisationResult> = new Set(['EXPIRED', 'PARTIALLY_EXPIRED', 'SUSPENDED', 'PARTIALLY_SUSPENDED']);
const WHOLLY_ENDED: ReadonlySet<SystematisationResult> = new Set(['EXPIRED', 'SUSPENDED']);
const NEEDS_ACTION: ReadonlySet<SystematisationResult> = new Set(['NEEDS_AMENDMENT', 'NEEDS_REPLACEMENT', 'NEEDS_NEW_ISSUANCE', 'NEEDS_REPEAL']);

/**
 * The lists a document belongs to at the reference date (REFERENCE §4.12). A document ended only in
 * part stays in force for the rest; an expiry or suspension after the period leaves it in force at
 * the reference date; one before the period is not this cycle's news.
 */
export function classifySystematisationEntry(entry: ClassifiableEntry, plan: Pick<SystematisationPlan, 'periodStart' | 'periodEnd'>): SystematisationList[] {
  const final = entry.result ?? entry.proposed;
  const lists: SystematisationList[] = [];
  const endedAfterPeriod = ENDED.has(final) && entry.changedOn !== null && entry.changedOn > plan.periodEnd;
  const endedInPeriod = ENDED.has(final) && !endedAfterPeriod && (entry.changedOn === null || entry.changedOn >= plan.periodStart);
  if (endedAfterPeriod || !WHOLLY_ENDED.has(final)) lists.push('inForce', 'compilation');
  if (endedInPeriod) lists.push('expiredOrSuspended');
  if (NEEDS_ACTION.has(final)) lists.push('needsAction');
  if (entry.result === null) lists.push('unanswered');
  return lists;
}

/** Whole or part, for the expired/suspended list; null for results that do not end anything. */
export function endedExtent(result: SystematisationResult): 'whole' | 'part' | null {
  if (WHOLLY_ENDED.has(result)) return 'whole';
  return ENDED.has(result) ? 'part' : null;
}

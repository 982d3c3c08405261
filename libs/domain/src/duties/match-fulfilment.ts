import { pathsOverlap } from '../appraisal/delegation/delegation-scope';
import { nameKey } from '../documents/name-key';
import { findProvisionRefs, refPathKeys } from '../legal-text/provision-refs';
import type { DutyAddressee } from './vocabulary';

/** An open duty as the matcher sees it. */
export interface OpenDuty {
  caseId: string;
  sourceDocumentId: string;
  pathKey: string;
  coveredPathKeys: readonly string[];
  addressee: DutyAddressee;
}

/** A BASED_ON or DETAILS relation of a local document to a document already in the database. */
export interface FulfilmentRelation {
  type: string;
  targetDocumentId: string;
  targetPathKey: string | null;
  /** BASED_ON: the provision named in the "Căn cứ" line ("khoản 2 Điều 26"), when there is one. */
  provision: string | null;
}

/** The council issues resolutions; the committee and its chair issue decisions under the committee's name. */
export function localBodyOf(issuerName: string | null): 'council' | 'committee' | null {
  const key = nameKey(issuerName ?? '');
  if (key.startsWith('hoi dong nhan dan')) return 'council';
  return /^(chu tich )?uy ban nhan dan/u.test(key) ? 'committee' : null;
}

/**
 * The duties a provincial document fulfils: those of the documents it details or rests on, placed
 * on its issuing body, whose provision (or the provisions it delegates) the relation names. A
 * relation to the whole document fulfils a duty only when the document places a single one on
 * that body: anything else would be a guess.
 */
export function dutiesFulfilledBy(body: 'council' | 'committee' | null, relations: readonly FulfilmentRelation[], duties: readonly OpenDuty[]): string[] {
  if (body === null) return [];
  const mine = duties.filter((duty) => (body === 'council' ? duty.addressee === 'council' : duty.addressee !== 'council'));
  const matched = new Set<string>();
  for (const relation of relations) {
    if (relation.type !== 'BASED_ON' && relation.type !== 'DETAILS') continue;
    const candidates = mine.filter((duty) => duty.sourceDocumentId === relation.targetDocumentId);
    const targets = targetPathKeys(relation);
    if (targets.length === 0) {
      if (candidates.length === 1) matched.add(candidates[0].caseId);
      continue;
    }
    for (const duty of candidates) {
      const delegated = [duty.pathKey, ...duty.coveredPathKeys];
      if (targets.some((target) => delegated.some((key) => pathsOverlap(key, target)))) matched.add(duty.caseId);
    }
  }
  return [...matched];
}

function targetPathKeys(relation: FulfilmentRelation): string[] {
  if (relation.targetPathKey !== null) return [relation.targetPathKey];
  if (relation.provision === null) return [];
  return findProvisionRefs(relation.provision).flatMap((ref) => refPathKeys(ref, { prefix: '', article: '', clause: null }, false));
}

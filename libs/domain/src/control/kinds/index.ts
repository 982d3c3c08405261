import { DomainError } from '../../errors';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseKind } from '../vocabulary';
import { DUTY } from './duty';
import { HANDLING } from './handling';
import { INSPECTION } from './inspection';
import { PETITION } from './petition';
import { SELF_INSPECTION } from './self-inspection';
import { REVIEW } from './review';

/** Every kind of control case the system runs; a kind without a definition cannot be opened. */
const DEFINITIONS: Partial<Record<CaseKind, CaseKindDefinition>> = {
  selfInspection: SELF_INSPECTION,
  review: REVIEW,
  inspection: INSPECTION,
  handling: HANDLING,
  petition: PETITION,
  duty: DUTY,
};

export function caseDefinition(kind: CaseKind): CaseKindDefinition {
  const definition = DEFINITIONS[kind];
  if (definition === undefined) throw new DomainError('invalid', 'CASE_KIND_UNAVAILABLE', `Cases of kind ${kind} are not handled yet.`);
  return definition;
}

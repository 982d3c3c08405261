import { DomainError } from '../../errors';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseKind } from '../vocabulary';
import { SELF_INSPECTION } from './self-inspection';

/** Every kind of control case the system runs; a kind without a definition cannot be opened. */
const DEFINITIONS: Partial<Record<CaseKind, CaseKindDefinition>> = {
  selfInspection: SELF_INSPECTION,
};

export function caseDefinition(kind: CaseKind): CaseKindDefinition {
  const definition = DEFINITIONS[kind];
  if (definition === undefined) throw new DomainError('invalid', 'CASE_KIND_UNAVAILABLE', `Cases of kind ${kind} are not handled yet.`);
  return definition;
}

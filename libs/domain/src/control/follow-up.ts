import { type CaseEffect, type CaseJson, type ControlCaseState } from './case-state';

export type FollowUpKind = 'inspection' | 'handling' | 'review';
type OpenCaseEffect = Extract<CaseEffect, { kind: 'openCase' }>;

/**
 * Opens the case that follows from this one (a conclusion's handling, a petition's inspection or
 * review): about the same document, for the same agency, with id `<kind>-<this case's id>` so that
 * opening it twice is harmless, and a source naming this case.
 */
export function followUpCase(
  state: Pick<ControlCaseState, 'caseId' | 'kind' | 'documentId' | 'title' | 'assigneeAgencyId'>,
  kind: FollowUpKind,
  source: { [key: string]: CaseJson },
  input: { [key: string]: CaseJson },
): OpenCaseEffect {
  return {
    kind: 'openCase',
    opening: {
      kind,
      caseId: `${kind}-${state.caseId}`,
      documentId: state.documentId,
      title: state.title,
      assigneeAgencyId: state.assigneeAgencyId,
      source: { caseId: state.caseId, kind: state.kind, ...source },
      input,
    },
  };
}

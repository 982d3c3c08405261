import { DomainError, hasRole, type DocumentKind, type Principal } from '@legis/domain';

/**
 * Who may see and submit what. The public and every signed-in user see issued documents. A draft is
 * visible to its drafting agency's drafters and to appraisers, reviewers, inspectors and admins.
 * Drafts are submitted by drafters (for their own agency) and admins; issued documents, including
 * central ones, by admins and reviewers.
 */
export function visibleDraftAgencies(principal: Principal | undefined): 'all' | string[] {
  if (!principal) return [];
  if (hasRole(principal, 'admin', 'appraiser', 'reviewer', 'inspector')) return 'all';
  return principal.agencyId ? [principal.agencyId] : [];
}

export function canSee(principal: Principal | undefined, document: { kind: DocumentKind; draftingAgencyId: string | null }): boolean {
  if (document.kind === 'issued') return true;
  const agencies = visibleDraftAgencies(principal);
  return agencies === 'all' || (document.draftingAgencyId !== null && agencies.includes(document.draftingAgencyId));
}

/** The drafting agency a new draft belongs to, or why the caller may not submit this document. */
export function authorizeSubmission(principal: Principal, kind: DocumentKind, draftingAgencyId: string | undefined): string | null {
  if (kind === 'issued') {
    if (!hasRole(principal, 'admin', 'reviewer')) {
      throw new DomainError('forbidden', 'ISSUED_SUBMISSION_FORBIDDEN', 'Only admins and reviewers load issued documents.');
    }
    return draftingAgencyId ?? null;
  }
  if (hasRole(principal, 'admin')) {
    if (!draftingAgencyId) {
      throw new DomainError('invalid', 'DRAFTING_AGENCY_REQUIRED', 'A draft needs its drafting agency.', {
        fieldErrors: [{ field: 'metadata.draftingAgencyId', message: 'is required for drafts submitted by an admin' }],
      });
    }
    return draftingAgencyId;
  }
  if (!hasRole(principal, 'drafter') || !principal.agencyId) {
    throw new DomainError('forbidden', 'DRAFT_SUBMISSION_FORBIDDEN', 'Only drafters (for their agency) and admins submit drafts.');
  }
  if (draftingAgencyId && draftingAgencyId !== principal.agencyId) {
    throw new DomainError('forbidden', 'OTHER_AGENCY', 'Drafters submit drafts of their own agency only.');
  }
  return principal.agencyId;
}

/** Adding versions and retrying intake: the owning agency's drafters for drafts, admins and reviewers otherwise. */
export function authorizeChange(principal: Principal, document: { kind: DocumentKind; draftingAgencyId: string | null }): void {
  if (hasRole(principal, 'admin')) return;
  if (document.kind === 'draft' && hasRole(principal, 'drafter') && principal.agencyId === document.draftingAgencyId) return;
  if (document.kind === 'issued' && hasRole(principal, 'reviewer')) return;
  throw new DomainError('forbidden', 'DOCUMENT_CHANGE_FORBIDDEN', 'You may not change this document.');
}

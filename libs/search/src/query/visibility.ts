import { and, anyOf, eq, or } from './filter-expression';

/**
 * Who is searching, as far as drafts are concerned. Required on every search, so that no code
 * path can forget it:
 * - `{ public: true }`: anonymous readers and petitioners; issued documents only;
 * - `{ agencyIds: [...] }`: a drafter; issued documents plus the drafts of these agencies;
 * - `{ agencyIds: 'all' }`: appraisers, reviewers and admins; everything.
 */
export type SearchVisibility = { public: true } | { agencyIds: readonly string[] | 'all' };

/** The filter clause enforcing `visibility`, or null when everything is visible. */
export function visibilityFilter(visibility: SearchVisibility): string | null {
  if ('public' in visibility) return eq('kind', 'issued');
  if (visibility.agencyIds === 'all') return null;
  if (visibility.agencyIds.length === 0) return eq('kind', 'issued');
  return or(eq('kind', 'issued'), and(eq('kind', 'draft'), anyOf('draftingAgencyId', visibility.agencyIds)));
}

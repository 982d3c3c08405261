import type { Principal } from '@legis/domain';
import type { SearchVisibility } from '@legis/search';
import { visibleDraftAgencies } from '../documents/document-access';

/** The same rule as the document endpoints: the public sees issued documents only. */
export function searchVisibility(principal: Principal | undefined): SearchVisibility {
  if (!principal) return { public: true };
  return { agencyIds: visibleDraftAgencies(principal) };
}

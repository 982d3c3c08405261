import { visibilityFilter } from './visibility';

describe('visibilityFilter', () => {
  it('shows the public issued documents only', () => {
    expect(visibilityFilter({ public: true })).toBe('kind = "issued"');
  });

  it('shows a drafter the issued documents and the drafts of their own agencies', () => {
    expect(visibilityFilter({ agencyIds: ['agency-1', 'agency-2'] })).toBe(
      '(kind = "issued") OR ((kind = "draft") AND (draftingAgencyId IN ["agency-1", "agency-2"]))',
    );
  });

  it('shows a user without agencies no drafts at all', () => {
    expect(visibilityFilter({ agencyIds: [] })).toBe('kind = "issued"');
  });

  it('does not restrict appraisers, reviewers and admins', () => {
    expect(visibilityFilter({ agencyIds: 'all' })).toBeNull();
  });

  it('escapes an agency id, so it cannot open the filter', () => {
    expect(visibilityFilter({ agencyIds: ['x" OR kind = "draft'] })).toContain('draftingAgencyId = "x\\" OR kind = \\"draft"');
  });
});

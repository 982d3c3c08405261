import { RELATION_TYPES } from '@legis/domain';
import { NATIONAL_DB_RELATION_LABELS, relationLabels } from './relation-labels';

describe('relationLabels', () => {
  it('gives every relation code of the domain its own label pair from the vocabulary', () => {
    const pairs = RELATION_TYPES.map(relationLabels);
    expect(new Set(pairs.map((pair) => pair.label)).size).toBe(RELATION_TYPES.length);
    for (const pair of pairs) {
      expect(NATIONAL_DB_RELATION_LABELS).toContain(pair.label);
      expect(NATIONAL_DB_RELATION_LABELS).toContain(pair.inverseLabel);
      expect(pair.label).not.toBe('relatedContent');
    }
  });

  it.each([
    ['BASED_ON', 'basis', 'basisOf'],
    ['IMPLEMENTS', 'guides', 'guided'],
    ['DETAILS', 'detailAndGuides', 'detailedAndGuided'],
    ['AMENDS', 'amends', 'amended'],
    ['REPEALS', 'abrogates', 'abrogated'],
    ['SUSPENDS', 'temporarilySuspends', 'temporarilySuspended'],
    ['SUSPENDS_EXECUTION', 'suspendExecution', 'executionSuspended'],
    ['CITES', 'references', 'referenced'],
  ])('maps %s to "%s", read back from the target as "%s"', (type, label, inverseLabel) => {
    expect(relationLabels(type)).toEqual({ label, inverseLabel });
  });

  it('files a code it does not know under relatedContent instead of dropping it', () => {
    expect(relationLabels('EXPLAINS')).toEqual({ label: 'relatedContent', inverseLabel: 'relatedContent' });
    expect(relationLabels('toString')).toEqual({ label: 'relatedContent', inverseLabel: 'relatedContent' });
  });
});

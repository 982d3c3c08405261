import { changedSettings } from './settings-diff';

describe('changedSettings', () => {
  const desired = {
    searchableAttributes: ['number', 'title'],
    filterableAttributes: ['kind', 'year'],
    typoTolerance: { disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 8 } },
    synonyms: { ubnd: ['ủy ban nhân dân'] },
  };

  it('finds nothing when Meilisearch returns the same settings with defaults filled in and sets reordered', () => {
    const current = {
      searchableAttributes: ['number', 'title'],
      filterableAttributes: ['year', 'kind'],
      typoTolerance: { enabled: true, disableOnNumbers: true, disableOnWords: [], minWordSizeForTypos: { oneTypo: 8, twoTypos: 9 } },
      synonyms: { ubnd: ['ủy ban nhân dân'] },
      stopWords: [],
    };
    expect(changedSettings(desired, current)).toEqual([]);
  });

  it('treats the searchable order as meaningful', () => {
    expect(changedSettings(desired, { ...desired, searchableAttributes: ['title', 'number'] })).toEqual(['searchableAttributes']);
  });

  it('notices a nested value and a synonym that should no longer be there', () => {
    const current = { ...desired, typoTolerance: { disableOnNumbers: false, minWordSizeForTypos: { oneTypo: 8 } }, synonyms: { ...desired.synonyms, tt: ['thông tư'] } };
    expect(changedSettings(desired, current)).toEqual(['typoTolerance', 'synonyms']);
  });
});

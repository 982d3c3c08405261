import { aliasesOf } from './aliases';
import { buildSynonyms } from './synonyms';

describe('buildSynonyms', () => {
  const synonyms = buildSynonyms();

  it('expands short forms into long forms', () => {
    expect(synonyms.UBND).toEqual(['Ủy ban nhân dân']);
    expect(synonyms['NĐ-CP']).toEqual(['nghị định Chính phủ']);
    expect(synonyms['QĐ']).toEqual(['quyết định']);
  });

  it('pairs the i/y spellings both ways', () => {
    expect(synonyms.quy).toEqual(['qui']);
    expect(synonyms.qui).toEqual(['quy']);
  });

  it('has no key longer than three words, which Meilisearch would never look up', () => {
    expect(Object.keys(synonyms).filter((key) => key.split(/[\s-]+/).length > 3)).toEqual([]);
  });
});

describe('aliasesOf', () => {
  it('adds the long form of whole-token abbreviations, also inside document numbers', () => {
    expect(aliasesOf('theo Quyết định số 12/2023/QĐ-UBND', 'đóng BHXH')).toEqual(['Ủy ban nhân dân', 'bảo hiểm xã hội']);
  });

  it('ignores an abbreviation inside a longer token and the one-way document-type abbreviations', () => {
    expect(aliasesOf('UBNDX TT QĐ NQ', null)).toEqual([]);
  });
});

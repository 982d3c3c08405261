import { literalQuery } from './candidate-search';

describe('literalQuery', () => {
  it('removes the quotes and leading dashes that Meilisearch would read as phrase and negation', () => {
    expect(literalQuery('Sửa đổi như sau: "2. Hạn mức" -Các cơ quan - và --x')).toBe('Sửa đổi như sau: 2. Hạn mức Các cơ quan và x');
  });

  it('keeps dashes inside words such as document numbers', () => {
    expect(literalQuery('theo 12/2023/QĐ-UBND')).toBe('theo 12/2023/QĐ-UBND');
  });
});

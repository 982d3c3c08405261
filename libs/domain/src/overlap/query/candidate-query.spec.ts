import { buildCandidateQueries, buildCandidateQuery } from './candidate-query';
import { type TermStatistics } from './term-statistics';

/** A small index: common legal words are in most provisions, topic words in a few. */
const DF: Readonly<Record<string, number>> = {
  'người': 500, 'lao': 300, 'động': 350, 'hợp': 400, 'đồng': 380, 'thử': 12, 'việc': 450, 'tối': 60, 'đa': 70,
  'chức': 200, 'danh': 90, 'nghề': 40, 'chuyên': 80, 'môn': 85, 'kỹ': 30, 'thuật': 35, 'cao': 50, 'đẳng': 9,
  'thời': 350, 'gian': 340, 'đối': 420, 'với': 480, 'thử việc': 10, 'cao đẳng': 8, 'tối đa': 1, 'lao động': 290, 'hợp đồng': 360,
  'chức danh': 60, 'chuyên môn': 70, 'kỹ thuật': 28, 'thời gian': 330, 'không': 410, 'quá': 200, 'ngày': 600,
};
const stats: TermStatistics = { df: (term) => DF[term] ?? 0, corpusSize: 1000 };
const text =
  'Thời gian thử việc tối đa 60 ngày đối với công việc của chức danh nghề cần trình độ chuyên môn, kỹ thuật từ cao đẳng trở lên.';

describe('buildCandidateQuery', () => {
  it('keeps the rarest informative terms, within the word budget, in text order', () => {
    const q = buildCandidateQuery(text, stats, { maxWords: 6 });
    expect(q.terms.map((t) => t.text)).toEqual(['thử', 'tối đa', 'kỹ', 'thuật', 'đẳng']);
    expect(q.query).toBe('thử tối đa kỹ thuật đẳng');
  });

  it('takes a bigram only when it is rarer per word than its syllables', () => {
    const terms = buildCandidateQuery(text, stats).terms.map((t) => t.text);
    expect(terms).toContain('tối đa');
    expect(terms).not.toContain('cao đẳng');
  });

  it('leaves out stop syllables, numbers and terms the index does not hold', () => {
    const q = buildCandidateQuery(text, stats);
    const words = q.query.split(' ');
    for (const dropped of ['đối', 'với', '60', 'trình', 'công']) expect(words).not.toContain(dropped);
    expect(words.length).toBeLessThanOrEqual(10);
  });

  it('falls back to the first informative syllables without statistics', () => {
    const q = buildCandidateQuery('Ủy ban nhân dân tỉnh quy định mức thu phí', { df: () => 0, corpusSize: 0 }, { maxWords: 3 });
    expect(q.query).toBe('ủy ban nhân');
  });

  it('looks terms up without diacritics when asked', () => {
    const seen: string[] = [];
    buildCandidateQuery('Thử việc', { df: (t) => (seen.push(t), 1), corpusSize: 10 }, { foldDiacritics: true });
    expect(seen).toContain('thu viec');
  });
});

describe('buildCandidateQueries', () => {
  it('builds one query per window and merges a short last window into the one before', () => {
    const long = Array.from({ length: 90 }, (_, k) => `từ${k}`).join(' ');
    const queries = buildCandidateQueries(long, { df: () => 1, corpusSize: 10 }, { windowSize: 40 });
    expect(queries).toHaveLength(2);
    expect(long.slice(queries[1].start, queries[1].end).split(' ')).toHaveLength(50);
    expect(queries[1].query.split(' ')).toHaveLength(10);
  });
});

import { composeEId, EIdRegistry, eIdNumber } from './eid';

describe('eIdNumber', () => {
  it.each([
    ['5', '5'],
    ['5a', '5a'],
    ['2a', '2a'],
    ['a1', 'a1'],
    ['đ', 'dd'],
    ['đ1', 'dd1'],
    ['II', 'ii'],
    ['I.1', 'i-1'],
    ['thứ nhất', 'thuw-nhaat'],
  ])('writes the number %j as %j', (number, expected) => {
    expect(eIdNumber(number)).toBe(expected);
  });

  it('keeps "đ" apart from "d", the way dropping diacritics would not', () => {
    expect(eIdNumber('đ')).not.toBe(eIdNumber('d'));
  });

  it('spells every modified Vietnamese vowel differently from the plain one (Telex)', () => {
    const spelled = ['a', 'ă', 'â', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư'].map(eIdNumber);
    expect(new Set(spelled).size).toBe(spelled.length);
    expect(spelled).toEqual(['a', 'aw', 'aa', 'e', 'ee', 'o', 'oo', 'ow', 'u', 'uw']);
  });

  it('drops tone marks whatever the order of combining marks (ậ has a dot below and a circumflex)', () => {
    expect(eIdNumber('ậ')).toBe('aa');
    expect(eIdNumber('a\u0302\u0323')).toBe('aa');
  });

  it('gives the same spelling for precomposed and decomposed input', () => {
    expect(eIdNumber('đ\u0301'.normalize('NFD'))).toBe(eIdNumber('đ'));
    expect(eIdNumber('ư'.normalize('NFD'))).toBe('uw');
  });
});

describe('composeEId', () => {
  it('joins a parent and a child with a double underscore, as in art_5__para_2__point_a', () => {
    const article = composeEId(null, 'art', '5');
    const clause = composeEId(article, 'para', '2');
    expect(composeEId(clause, 'point', 'a')).toBe('art_5__para_2__point_a');
  });
});

describe('EIdRegistry', () => {
  it('hands out a clashing eId once, then with _2, _3 suffixes', () => {
    const registry = new EIdRegistry();
    expect(['art_5', 'art_5', 'art_5', 'art_6'].map((eId) => registry.claim(eId))).toEqual(['art_5', 'art_5_2', 'art_5_3', 'art_6']);
  });
});

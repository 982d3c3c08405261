import { normalize, tokenize } from './normalize';
import { foldDiacritics } from './spelling';

describe('normalize', () => {
  it('lower-cases, drops punctuation and keeps diacritics', () => {
    expect(normalize('Người lao động, NGƯỜI SỬ DỤNG lao động; (nếu có)!')).toBe('người lao động người sử dụng lao động nếu có');
  });

  it('folds old and new tone placement to one spelling', () => {
    expect(normalize('Uỷ ban hoà giải thuỷ lợi sức khoẻ')).toBe(normalize('Ủy ban hòa giải thủy lợi sức khỏe'));
    expect(normalize('Uỷ ban hoà giải thuỷ lợi sức khoẻ')).toBe('ủy ban hòa giải thủy lợi sức khỏe');
  });

  it('leaves syllables with a final consonant and "qu" + "y" alone', () => {
    expect(normalize('hoàn thành huỳnh quý quỹ')).toBe('hoàn thành huỳnh quý quỹ');
  });

  it('reads the old spelling "qui" as "quy" and the mistyped "Ð" as "Đ"', () => {
    expect(normalize('qui định ÐIỀU')).toBe('quy định điều');
  });

  it('compares text typed in decomposed Unicode (NFD) equal to NFC text', () => {
    const nfd = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    expect(normalize(nfd)).toBe('ủy ban nhân dân tỉnh');
  });

  it('removes structural prefixes of articles, clauses and points, and footnote marks', () => {
    const text = 'Điều 5. Thời hạn giải quyết\n1. Trong thời hạn 30 ngày[2]\na) Hồ sơ hợp lệ;\nChương II\nMục 1. QUY ĐỊNH CHUNG';
    expect(normalize(text)).toBe('thời hạn giải quyết trong thời hạn 30 ngày hồ sơ hợp lệ quy định chung');
  });

  it('removes point labels that follow ":" or ";" on the same line', () => {
    expect(normalize('bao gồm: a) hồ sơ; b) tờ khai')).toBe('bao gồm hồ sơ tờ khai');
  });

  it('keeps a number that starts a line when it is not a clause number', () => {
    expect(normalize('1.500.000 đồng')).toBe('1.500.000 đồng');
  });

  it('keeps a cross-reference that starts a line', () => {
    expect(normalize('Điều 35 của Bộ luật này')).toBe('điều 35 của bộ luật này');
  });

  it('offers a form without diacritics', () => {
    expect(normalize('Đường đô thị', { foldDiacritics: true })).toBe('duong do thi');
    expect(foldDiacritics('Ủy ban')).toBe('Uy ban');
  });
});

describe('tokenize', () => {
  it('gives each syllable with its offsets in the original text', () => {
    const text = 'Điều 5. Hồ sơ  gồm';
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ['hồ', 'Hồ'],
      ['sơ', 'sơ'],
      ['gồm', 'gồm'],
    ]);
  });

  it('keeps offsets into decomposed (NFD) text', () => {
    const text = 'Hoà giải'.normalize('NFD');
    const [first] = tokenize(text);
    expect(first.norm).toBe('hòa');
    expect(text.slice(first.start, first.end)).toBe('Hoà'.normalize('NFD'));
  });
});

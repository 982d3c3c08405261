import { PASSAGE_OVERLAP_WORDS, PASSAGE_WORDS, splitIntoPassages } from './passages';

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`);

describe('splitIntoPassages', () => {
  it('keeps a text of up to PASSAGE_WORDS words whole, spacing included', () => {
    const text = `  ${words(PASSAGE_WORDS).join('\n')}  `;
    expect(splitIntoPassages(text)).toEqual([{ index: 0, offset: 0, text }]);
  });

  it('cuts a longer text into windows that overlap by PASSAGE_OVERLAP_WORDS and cover every word', () => {
    const all = words(PASSAGE_WORDS * 3 + 7);
    const text = all.join(' ');
    const passages = splitIntoPassages(text);
    const step = PASSAGE_WORDS - PASSAGE_OVERLAP_WORDS;
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    for (const passage of passages) {
      expect(text.slice(passage.offset, passage.offset + passage.text.length)).toBe(passage.text);
      expect(passage.text.split(' ').length).toBeLessThanOrEqual(PASSAGE_WORDS);
      expect(passage.text.split(' ')[0]).toBe(all[passage.index * step]);
    }
    expect(passages.at(-1)!.text.endsWith(all.at(-1)!)).toBe(true);
    const covered = new Set(passages.flatMap((p) => p.text.split(' ')));
    expect(covered.size).toBe(all.length);
  });
});

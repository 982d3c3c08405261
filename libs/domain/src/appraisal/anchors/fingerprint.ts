import { tokenize } from '../../overlap';
import { hashKey, hashSequence } from '../../overlap/compare/hash';

/**
 * The comparison units of a provision: its syllables in comparison form (`tokenize`: lower case,
 * spelling folded, structural prefixes and footnote marks removed), heading first, as hashed
 * syllable bigrams ("thực hiện"); a one-syllable text is its syllable. Bigrams survive small edits
 * (a changed syllable touches two of them) and still tell "Sở Tài chính" from "Sở Nội vụ".
 */
export function shingles(heading: string | null, text: string): Set<number> {
  return new Set(shingleSequence(heading, text));
}

/** The same units in text order, repeats kept. */
export function shingleSequence(heading: string | null, text: string): number[] {
  const syllables = [...(heading === null ? [] : tokenize(heading)), ...tokenize(text)].map((token) => hashKey(token.norm));
  if (syllables.length === 1) return syllables;
  const units: number[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) units.push(hashSequence(syllables, i, 2, identity));
  return units;
}

/** The first `count` distinct units: how the provision opens, where Vietnamese provisions name their subject. */
export function opening(sequence: readonly number[], count: number): number[] {
  const first = new Set<number>();
  for (let i = 0; i < sequence.length && first.size < count; i++) first.add(sequence[i]);
  return [...first];
}

/** The `k` smallest hashes: a uniform sample of the set that two versions draw alike (bottom-k). */
export function bottomK(units: ReadonlySet<number>, k: number): number[] {
  return [...units].sort((a, b) => a - b).slice(0, k);
}

function identity(value: number): number {
  return value;
}

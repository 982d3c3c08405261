/** Finds the longest phrase of a list that starts at a position of a sequence. */
export type PhraseMatcher<T> = <W>(sequence: readonly W[], at: number, wordOf: (item: W) => string) => T | undefined;

/**
 * Indexes phrases (sequences of words in comparison form) by their first word, so that a lookup
 * looks only at the phrases that begin with the word found at the position, longest first.
 */
export function phraseMatcher<T>(entries: readonly T[], words: (entry: T) => readonly string[]): PhraseMatcher<T> {
  const byFirstWord = new Map<string, Array<{ entry: T; words: readonly string[] }>>();
  for (const entry of entries) {
    const w = words(entry);
    const list = byFirstWord.get(w[0]) ?? [];
    list.push({ entry, words: w });
    byFirstWord.set(w[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (sequence, at, wordOf) => {
    const first = sequence[at];
    const list = first === undefined ? undefined : byFirstWord.get(wordOf(first));
    if (list === undefined) return undefined;
    for (const e of list) {
      let k = 1;
      while (k < e.words.length && at + k < sequence.length && wordOf(sequence[at + k]) === e.words[k]) k++;
      if (k === e.words.length) return e.entry;
    }
    return undefined;
  };
}

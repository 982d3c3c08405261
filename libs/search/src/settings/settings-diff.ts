import type { Settings } from 'meilisearch';

/** Settings whose arrays are ordered lists; every other array is compared as a set. */
const ORDERED = new Set<keyof Settings>(['searchableAttributes', 'rankingRules']);
/** Settings that are maps replaced as a whole: a key Meilisearch has and we do not is a change. */
const WHOLE_MAPS = new Set<keyof Settings>(['synonyms']);

/**
 * The names of the settings in `desired` that `current` does not already match. Only keys present
 * in `desired` are compared, and inside objects only the keys `desired` sets (Meilisearch returns
 * every setting with its defaults filled in), except for whole maps such as the synonyms.
 */
export function changedSettings(desired: Settings, current: Settings): (keyof Settings)[] {
  return (Object.keys(desired) as (keyof Settings)[]).filter((key) => {
    const sameKeys = !WHOLE_MAPS.has(key) || keysOf(desired[key]).join('\n') === keysOf(current[key]).join('\n');
    return !(sameKeys && matches(desired[key], current[key], ORDERED.has(key)));
  });
}

function matches(desired: unknown, current: unknown, ordered: boolean): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || desired.length !== current.length) return false;
    const [a, b] = ordered ? [desired, current] : [sortByJson(desired), sortByJson(current)];
    return a.every((item, i) => matches(item, b[i], ordered));
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object') return false;
    const actual = current as Record<string, unknown>;
    return Object.entries(desired).every(([key, value]) => matches(value, actual[key], ordered));
  }
  return desired === current;
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' ? Object.keys(value).sort() : [];
}

function sortByJson(items: unknown[]): unknown[] {
  return items
    .map((item) => ({ item, key: JSON.stringify(item) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ item }) => item);
}

import type { SeededRandom } from './search-random';
import { INSERTED_PHRASES, INTERCHANGEABLE } from './search-vocabulary';

/** The small edits a province makes when it adapts another province's provision. */
export const EDIT_KINDS = ['number', 'interchange', 'insert', 'swap', 'drop'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

const NUMBER = /(?<![\p{L}\p{N}/])\d{1,6}(?![\p{L}\p{N}/])/gu;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_EDGE = '(?<![\\p{L}\\p{M}])';
const WORD_END = '(?![\\p{L}\\p{M}])';

/** Changes one number ("30 ngày" → "37 ngày", "khoản 2" → "khoản 3"): the stuff of conflicts. */
function changeNumber(text: string, random: SeededRandom): string | null {
  const numbers = [...text.matchAll(NUMBER)];
  if (numbers.length === 0) return null;
  const match = random.pick(numbers);
  const value = Number(match[0]);
  const changed = value + 1 + random.int(0, Math.max(1, Math.floor(value / 2)));
  return text.slice(0, match.index) + String(changed) + text.slice(match.index + match[0].length);
}

/** Swaps one phrase for an interchangeable one (either direction of a pair). */
function interchange(text: string, random: SeededRandom): string | null {
  const options = random.shuffle(INTERCHANGEABLE.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
  for (const [from, to] of options) {
    const matches = [...text.matchAll(new RegExp(`${WORD_EDGE}${escape(from)}${WORD_END}`, 'gu'))];
    if (matches.length === 0) continue;
    const match = random.pick(matches);
    return text.slice(0, match.index) + to + text.slice(match.index + from.length);
  }
  return null;
}

/** Adds a legal phrase after a comma or before the final stop. */
function insertPhrase(text: string, random: SeededRandom): string | null {
  const phrase = random.pick(INSERTED_PHRASES);
  const commas = [...text.matchAll(/,/g)].map((m) => m.index);
  const end = text.search(/[.;:]?\s*$/u);
  const at = commas.length > 0 && random.chance(0.6) ? random.pick(commas) : end;
  return `${text.slice(0, at)} ${phrase}${text.slice(at)}`;
}

/** Splits into list items ("; ") or else comma segments, for reordering and dropping. */
function segmentsOf(text: string): { parts: string[]; separator: string } | null {
  for (const separator of ['; ', ', ']) {
    const parts = text.split(separator);
    if (parts.length >= 3) return { parts, separator };
  }
  return null;
}

/** Reorders two neighbouring list items or comma segments. */
function swapSegments(text: string, random: SeededRandom): string | null {
  const split = segmentsOf(text);
  if (!split || split.parts.length < 4) return null;
  // Keep the first segment (it usually carries the clause's subject) and the last (its stop).
  const i = random.int(1, split.parts.length - 3);
  const parts = [...split.parts];
  [parts[i], parts[i + 1]] = [parts[i + 1], parts[i]];
  return parts.join(split.separator);
}

/** Drops one inner list item or comma segment. */
function dropSegment(text: string, random: SeededRandom): string | null {
  const split = segmentsOf(text);
  if (!split) return null;
  const i = random.int(1, split.parts.length - 2);
  return split.parts.filter((_, k) => k !== i).join(split.separator);
}

const EDITS: Record<EditKind, (text: string, random: SeededRandom) => string | null> = {
  number: changeNumber,
  interchange,
  insert: insertPhrase,
  swap: swapSegments,
  drop: dropSegment,
};

/**
 * A near-duplicate of a provision: `edits` edits of random kinds (a kind that does not apply to
 * the text is replaced by another). Returns the text and the kinds applied.
 */
export function perturb(text: string, edits: number, random: SeededRandom): { text: string; applied: EditKind[] } {
  let current = text;
  const applied: EditKind[] = [];
  for (let n = 0; n < edits; n++) {
    for (const kind of random.shuffle(EDIT_KINDS)) {
      const next = EDITS[kind](current, random);
      if (next !== null && next !== current) {
        current = next;
        applied.push(kind);
        break;
      }
    }
  }
  return { text: current, applied };
}

/** Replaces the source province's name by the target's, in its forms with and without the kind. */
export function relocate(text: string, from: { kind: string; name: string } | null, to: { kind: string; name: string }): string {
  if (!from) return text;
  const forms: [string, string][] = [
    [`${from.kind} ${from.name}`, `${to.kind} ${to.name}`],
    [`${from.kind} ${from.name}`.toUpperCase(), `${to.kind} ${to.name}`.toUpperCase()],
    [from.name, to.name],
    [from.name.toUpperCase(), to.name.toUpperCase()],
  ];
  return forms.reduce((t, [a, b]) => t.replace(new RegExp(`${WORD_EDGE}${escape(a)}${WORD_END}`, 'gu'), b), text);
}

import { wordDiff, type DiffSegment } from './word-diff';

export interface DiffableProvision {
  pathKey: string;
  level: string;
  number: string | null;
  heading: string | null;
  text: string;
}

export type ProvisionChange =
  | { change: 'added'; pathKey: string; after: DiffableProvision }
  | { change: 'removed'; pathKey: string; before: DiffableProvision }
  | { change: 'changed'; pathKey: string; before: DiffableProvision; after: DiffableProvision; heading: DiffSegment[] | null; text: DiffSegment[] };

/**
 * Provision-level diff of two versions, matched by path key (so "khoản 2 Điều 5" is compared with
 * itself even when everything around it moved), in the order of the newer version with removed
 * provisions placed after their predecessor. Unchanged provisions are left out.
 */
export function diffProvisions(before: readonly DiffableProvision[], after: readonly DiffableProvision[]): ProvisionChange[] {
  const old = new Map(before.map((p) => [p.pathKey, p]));
  const current = new Set(after.map((p) => p.pathKey));
  const changes: ProvisionChange[] = [];
  const removedAfter = new Map<string | null, DiffableProvision[]>();
  let previous: string | null = null;
  for (const provision of before) {
    if (!current.has(provision.pathKey)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), provision]);
    else previous = provision.pathKey;
  }
  const emitRemoved = (anchor: string | null) => {
    for (const gone of removedAfter.get(anchor) ?? []) changes.push({ change: 'removed', pathKey: gone.pathKey, before: gone });
  };
  emitRemoved(null);
  for (const provision of after) {
    const was = old.get(provision.pathKey);
    if (!was) changes.push({ change: 'added', pathKey: provision.pathKey, after: provision });
    else if (was.text !== provision.text || was.heading !== provision.heading) {
      changes.push({
        change: 'changed',
        pathKey: provision.pathKey,
        before: was,
        after: provision,
        heading: was.heading === provision.heading ? null : wordDiff(was.heading ?? '', provision.heading ?? ''),
        text: wordDiff(was.text, provision.text),
      });
    }
    if (was) emitRemoved(provision.pathKey);
  }
  return changes;
}

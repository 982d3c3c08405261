const LABEL_MAX = 80;

export interface OwnedProvision {
  pathKey: string;
  heading?: string | null;
  text: string;
}

/**
 * The words that say whose list of tasks a provision belongs to (`DelegationContext.owner`): the
 * intro of the closest enclosing provision that opens a list ("Ủy ban nhân dân cấp tỉnh có trách
 * nhiệm:", "1. Bộ Tài chính:", or a bare label "2. Ủy ban nhân dân cấp tỉnh"), else the closest heading ("Trách nhiệm của Ủy ban nhân dân cấp
 * tỉnh"). A closer intro wins even when it names someone else, so that the items of "1. Bộ Tài
 * chính:" are never read as tasks of the committee named in the article's heading.
 */
export function ownerContext(pathKey: string, byPath: ReadonlyMap<string, OwnedProvision>): string | null {
  const segments = pathKey.split('.');
  for (let end = segments.length - 1; end > 0; end--) {
    const ancestor = byPath.get(segments.slice(0, end).join('.'));
    if (ancestor === undefined) continue;
    if (/:\s*$/u.test(ancestor.text) || isLabel(ancestor.text)) return ancestor.text;
    if (ancestor.heading) return ancestor.heading;
  }
  return null;
}

/** A clause that only names someone ("Ủy ban nhân dân cấp tỉnh"), its tasks in the points below. */
function isLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length <= LABEL_MAX && !/[.;]$/u.test(trimmed);
}

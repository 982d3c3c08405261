import { hashKey } from '../overlap/compare/hash';
import type { AppraisalPrecheck, Finding, FindingCategory, FindingSeverity, JsonValue } from './types';

/** A finding before it gets its id: `key` tells apart findings of one rule at one path. */
export interface FindingDraft {
  category: FindingCategory;
  rule: string;
  severity: FindingSeverity;
  pathKey: string | null;
  message: string;
  details: { readonly [key: string]: JsonValue };
  legalReference: string;
  key: string;
}

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { blocking: 0, warning: 1, info: 2 };

/**
 * Ids, order and summary. An id hashes the rule, the path and the key, so the same input gives the
 * same ids and a finding keeps its id when unrelated findings come and go; a repeat gets "-2", "-3".
 * Order: blocking, warning, info; then document-level findings, then by `documentOrder` of the path.
 */
export function finishPrecheck(drafts: readonly FindingDraft[], documentOrder: ReadonlyMap<string, number>): AppraisalPrecheck {
  const position = (pathKey: string | null) => (pathKey === null ? -1 : (documentOrder.get(pathKey) ?? Number.MAX_SAFE_INTEGER));
  const sorted = [...drafts].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      position(a.pathKey) - position(b.pathKey) ||
      compareText(a.pathKey ?? '', b.pathKey ?? '') ||
      compareText(a.rule, b.rule) ||
      compareText(a.key, b.key),
  );
  const seen = new Map<string, number>();
  const findings = sorted.map(({ key, ...finding }): Finding => {
    const base = `${finding.rule}:${digest(`${finding.rule}\u0000${finding.pathKey ?? ''}\u0000${key}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, ...finding };
  });
  return {
    summary: {
      blocking: findings.filter((f) => f.severity === 'blocking').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      info: findings.filter((f) => f.severity === 'info').length,
    },
    findings,
  };
}

/** 16 hex digits: two 32-bit FNV-1a hashes, so that collisions stay out of reach. */
function digest(text: string): string {
  const hex = (value: number) => value.toString(16).padStart(8, '0');
  return hex(hashKey(text)) + hex(hashKey(`\u0001${text}`));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

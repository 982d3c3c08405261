import { findProvisionRefs, refPathKeys } from '../../legal-text/provision-refs';
import type { DetectedDelegation } from './detect-delegations';

/**
 * The provisions a delegation covers, as path keys of its own document. "Hội đồng nhân dân cấp tỉnh
 * quy định chi tiết khoản 3 Điều này" in `d12.k5` covers `d12.k3`; "… Điều này" covers `d12`;
 * "… khoản này" covers `d12.k5`; a delegation without a reference covers the provision it sits in.
 */
export function coveredPathKeys(delegation: DetectedDelegation, hostPathKey: string): string[] {
  const ref = delegation.scope === null ? undefined : findProvisionRefs(delegation.scope)[0];
  if (ref === undefined) return [hostPathKey];
  const segments = hostPathKey.split('.');
  const prefixEnd = segments.findIndex((segment) => /^d\d/u.test(segment));
  if (prefixEnd < 0) return [hostPathKey];
  const prefix = segments.slice(0, prefixEnd).map((segment) => `${segment}.`).join('');
  const article = segments[prefixEnd].slice(1);
  const clauseSegment = segments[prefixEnd + 1];
  const clause = clauseSegment?.startsWith('k') ? clauseSegment.slice(1) : null;
  const keys = refPathKeys(ref, { prefix, article, clause }, true);
  return keys.length > 0 ? keys : [hostPathKey];
}

/** Whether two path keys name the same provision or one contains the other. */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

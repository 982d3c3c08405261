import { type ExtractedValue } from './types';

/**
 * Whether two values say the same: the same unit and amount ("500.000 đồng" = "500 nghìn đồng",
 * "01 năm" = "12 tháng"), and no two different explicit bounds ("không quá 10 ngày" ≠ "ít nhất 10
 * ngày"; "10 ngày" = "chậm nhất 10 ngày"). Days and months do not convert: "30 ngày" ≠ "01 tháng".
 */
export function sameValue(a: ExtractedValue, b: ExtractedValue): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  if (Math.abs(a.value - b.value) > 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1)) return false;
  return a.bound === undefined || b.bound === undefined || a.bound === b.bound;
}

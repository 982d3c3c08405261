import type { ValidityStatus } from '@legis/domain';

/** Tình trạng hiệu lực as vbpl.vn shows it (REFERENCE §2.4). */
export const VALIDITY_STATUS_LABELS: Readonly<Record<ValidityStatus, string>> = {
  NOT_YET_EFFECTIVE: 'Chưa có hiệu lực',
  IN_FORCE: 'Còn hiệu lực',
  PARTIALLY_EXPIRED: 'Hết hiệu lực một phần',
  FULLY_EXPIRED: 'Hết hiệu lực toàn bộ',
  SUSPENDED: 'Tạm ngưng hiệu lực',
  PARTIALLY_SUSPENDED: 'Tạm ngưng hiệu lực một phần',
};

/** The label of a status code; null for a code this version of the record does not know. */
export function validityStatusLabel(code: string): string | null {
  return Object.hasOwn(VALIDITY_STATUS_LABELS, code) ? VALIDITY_STATUS_LABELS[code as ValidityStatus] : null;
}

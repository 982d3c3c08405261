/**
 * What a responsible agency records for each document it reviews in a systematisation campaign
 * (REFERENCE §4.12 step 2): its validity at the reference date, or the handling it needs. A
 * document that needs amendment, replacement, new issuance or repeal is still in force until fixed.
 */
export const SYSTEMATISATION_RESULTS = [
  'IN_FORCE',
  'EXPIRED',
  'PARTIALLY_EXPIRED',
  'SUSPENDED',
  'PARTIALLY_SUSPENDED',
  'NEEDS_AMENDMENT',
  'NEEDS_REPLACEMENT',
  'NEEDS_NEW_ISSUANCE',
  'NEEDS_REPEAL',
] as const;
export type SystematisationResult = (typeof SYSTEMATISATION_RESULTS)[number];

export const SYSTEMATISATION_RESULT_LABELS: Readonly<Record<SystematisationResult, string>> = {
  IN_FORCE: 'Còn hiệu lực',
  EXPIRED: 'Hết hiệu lực toàn bộ',
  PARTIALLY_EXPIRED: 'Hết hiệu lực một phần',
  SUSPENDED: 'Ngưng hiệu lực toàn bộ',
  PARTIALLY_SUSPENDED: 'Ngưng hiệu lực một phần',
  NEEDS_AMENDMENT: 'Cần sửa đổi, bổ sung',
  NEEDS_REPLACEMENT: 'Cần thay thế',
  NEEDS_NEW_ISSUANCE: 'Cần ban hành mới',
  NEEDS_REPEAL: 'Cần bãi bỏ',
};

/**
 * The published outputs of a cycle (REFERENCE §4.12), plus `unanswered`: the documents left without
 * a result when an administrator closed the campaign early.
 */
export const SYSTEMATISATION_LISTS = ['inForce', 'expiredOrSuspended', 'needsAction', 'compilation', 'unanswered'] as const;
export type SystematisationList = (typeof SYSTEMATISATION_LISTS)[number];

export const SYSTEMATISATION_LIST_TITLES: Readonly<Record<SystematisationList, string>> = {
  inForce: 'Danh mục văn bản còn hiệu lực',
  expiredOrSuspended: 'Danh mục văn bản hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần',
  needsAction: 'Danh mục văn bản cần đình chỉ thi hành, ngưng hiệu lực, sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới',
  compilation: 'Tập hệ thống hóa văn bản còn hiệu lực',
  unanswered: 'Danh mục văn bản chưa có kết quả rà soát',
};

/** COLLECTING → REVIEWING → CLASSIFYING → COMPLETED (REFERENCE §4.12, SYS_PLANNED … LISTS_DRAFTED). */
export const SYSTEMATISATION_PHASES = ['COLLECTING', 'REVIEWING', 'CLASSIFYING', 'COMPLETED'] as const;
export type SystematisationPhase = (typeof SYSTEMATISATION_PHASES)[number];

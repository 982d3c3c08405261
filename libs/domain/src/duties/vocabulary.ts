import type { DelegationAssignee } from '../appraisal/delegation/detect-delegations';

/** Who a duty falls on (REFERENCE §4.13 `assignee`), as the API and case ids spell it. */
export const DUTY_ADDRESSEES = ['council', 'committee', 'chair'] as const;
export type DutyAddressee = (typeof DUTY_ADDRESSEES)[number];

export const DUTY_ADDRESSEE_LABELS: Readonly<Record<DutyAddressee, string>> = {
  council: 'Hội đồng nhân dân cấp tỉnh',
  committee: 'Ủy ban nhân dân cấp tỉnh',
  chair: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
};

export const ADDRESSEE_OF: Readonly<Record<DelegationAssignee, DutyAddressee>> = { HĐND: 'council', UBND: 'committee', CT_UBND: 'chair' };

/** Case id of the duty a provision places on an addressee: deterministic, so detecting twice opens nothing new. */
export const dutyCaseId = (documentId: string, pathKey: string, addressee: DutyAddressee) => `duty-${documentId}-${pathKey}-${addressee}`;

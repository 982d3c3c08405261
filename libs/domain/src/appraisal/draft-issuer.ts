import { authorityRank } from '../legal-text';
import type { DelegationAssignee, DelegationLevel } from './delegation/detect-delegations';
import type { AppraisalDraft } from './types';

const ISSUER_CODE: Readonly<Record<AppraisalDraft['issuerKind'], string>> = { council: 'HĐND', committee: 'UBND', chair: 'CTUBND' };
const ASSIGNEE: Readonly<Record<AppraisalDraft['issuerKind'], DelegationAssignee>> = { council: 'HĐND', committee: 'UBND', chair: 'CT_UBND' };
const LABEL: Readonly<Record<DelegationAssignee, string>> = {
  HĐND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  CT_UBND: 'Chủ tịch Ủy ban nhân dân',
};

/** The draft's place in the hierarchy (smaller is higher); null when no rule covers it. */
export function draftRank(draft: AppraisalDraft): number | null {
  return authorityRank({
    docType: draft.docType,
    issuerCode: ISSUER_CODE[draft.issuerKind],
    localLevel: draft.issuerLevel === 'provincial' ? 'province' : 'commune',
  });
}

export function draftAssignee(draft: AppraisalDraft): DelegationAssignee {
  return ASSIGNEE[draft.issuerKind];
}

/** "Hội đồng nhân dân cấp tỉnh", "Ủy ban nhân dân cấp xã". */
export function assigneeLabel(assignee: DelegationAssignee, level: DelegationLevel): string {
  return `${LABEL[assignee]} ${level === 'provincial' ? 'cấp tỉnh' : 'cấp xã'}`;
}

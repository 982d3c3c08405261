/**
 * The typed attachments of a drafting dossier (hồ sơ, REFERENCE §4.1). The draft itself is the
 * latest version added with `addVersion`; reports produced inside the procedure (appraisal,
 * response to appraisal, vetting) are filed by the action that records them.
 */
export const DOSSIER_ITEMS = [
  'submission',
  'draft',
  'feedbackReport',
  'commentCopies',
  'policyImpactAssessment',
  'comparisonTable',
  'appraisalReport',
  'appraisalResponse',
  'vettingReport',
  'other',
] as const;
export type DossierItem = (typeof DOSSIER_ITEMS)[number];

export const DOSSIER_ITEM_LABELS: Readonly<Record<DossierItem, string>> = {
  submission: 'Tờ trình',
  draft: 'Dự thảo',
  feedbackReport: 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
  commentCopies: 'Bản chụp ý kiến góp ý',
  policyImpactAssessment: 'Báo cáo đánh giá tác động của chính sách',
  comparisonTable: 'Bản so sánh dự thảo với văn bản được sửa đổi, thay thế',
  appraisalReport: 'Báo cáo thẩm định',
  appraisalResponse: 'Báo cáo tiếp thu, giải trình ý kiến thẩm định',
  vettingReport: 'Báo cáo thẩm tra',
  other: 'Tài liệu khác',
};

/** Items a drafter files by reference in `requestAppraisal` / `submit`; the others come from actions. */
export const FILED_DOSSIER_ITEMS = [
  'submission',
  'feedbackReport',
  'commentCopies',
  'policyImpactAssessment',
  'comparisonTable',
  'other',
] as const satisfies readonly DossierItem[];
export type FiledDossierItem = (typeof FILED_DOSSIER_ITEMS)[number];

/** When an item is required: always, or only for drafts with a given property. */
export type DossierCondition = 'always' | 'policyBearing' | 'amendsOrReplaces' | 'consultationHeld' | 'commentsReceived';

export interface DossierRequirement {
  item: DossierItem;
  when: DossierCondition;
}

/** The three points where completeness is checked: appraisal request, submission, council session. */
export type DossierStage = 'appraisal' | 'submission' | 'session';

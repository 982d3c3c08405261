/**
 * Control of issued documents (REFERENCE §4.7–§5): each procedure is a *case* with its own
 * workflow. The kind names are part of the public API (`/cases?kind=`); never rename one.
 */
export const CASE_KINDS = ['selfInspection', 'inspection', 'handling', 'review', 'petition', 'duty'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = {
  selfInspection: 'Tự kiểm tra văn bản',
  inspection: 'Kiểm tra văn bản theo thẩm quyền',
  handling: 'Xử lý văn bản trái pháp luật',
  review: 'Rà soát văn bản',
  petition: 'Phản ánh, kiến nghị về văn bản',
  duty: 'Văn bản quy định chi tiết được giao',
};

/** What an inspection can find in a provision (REFERENCE §4.7, §4.9). */
export const FINDING_KINDS = [
  'UNLAWFUL_CONTENT',
  'UNLAWFUL_COMPETENCE',
  'UNLAWFUL_PROCEDURE',
  'UNLAWFUL_EFFECTIVE_DATE',
  'STATE_SECRET_RULES',
  'BASIS_OR_FORMAT_ERROR',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  UNLAWFUL_CONTENT: 'Nội dung trái pháp luật',
  UNLAWFUL_COMPETENCE: 'Sai thẩm quyền',
  UNLAWFUL_PROCEDURE: 'Vi phạm trình tự, thủ tục',
  UNLAWFUL_EFFECTIVE_DATE: 'Hiệu lực trái quy định',
  STATE_SECRET_RULES: 'Vi phạm quy định về bí mật nhà nước',
  BASIS_OR_FORMAT_ERROR: 'Sai sót về căn cứ ban hành, thể thức, kỹ thuật trình bày',
};

/** A finding about one provision (`pathKey`), or about the whole document (null). */
export type InspectionFinding = {
  pathKey: string | null;
  kind: FindingKind;
  description: string;
};

/** Who hears of a case's steps: holders of a role, within the case's assignee agency or anywhere. */
export interface CaseAudience {
  role: 'drafter' | 'appraiser' | 'reviewer' | 'inspector' | 'admin';
  ofAssignee: boolean;
}

import { ROLES, type Role } from '../identity';

/**
 * The provincial document types whose drafting this module runs (REFERENCE §2.1, §4.2–§4.4).
 * `CHAIR_DECISION` exists only since Law 87/2025 (01/07/2025).
 */
export const PROCEDURE_DOC_TYPES = ['COUNCIL_RESOLUTION', 'COMMITTEE_DECISION', 'CHAIR_DECISION'] as const;
export type ProcedureDocType = (typeof PROCEDURE_DOC_TYPES)[number];

export const DOC_TYPE_LABELS: Readonly<Record<ProcedureDocType, string>> = {
  COUNCIL_RESOLUTION: 'Nghị quyết của Hội đồng nhân dân tỉnh',
  COMMITTEE_DECISION: 'Quyết định của Ủy ban nhân dân tỉnh',
  CHAIR_DECISION: 'Quyết định của Chủ tịch Ủy ban nhân dân tỉnh',
};

/** Trình tự, thủ tục thông thường / rút gọn (REFERENCE §4.5). */
export const PROCEDURES = ['normal', 'simplified'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const PROCEDURE_LABELS: Readonly<Record<Procedure, string>> = {
  normal: 'Trình tự, thủ tục thông thường',
  simplified: 'Trình tự, thủ tục rút gọn',
};

/**
 * Where a draft stands (REFERENCE §4.1–§4.6). Each document type uses a subset: the committee
 * decision its agenda states, the council resolution the vetting and session states.
 */
export const DRAFT_STATES = [
  'PROPOSED',
  'DRAFTING',
  'CONSULTATION',
  'FEEDBACK_INCORPORATED',
  'APPRAISAL_REQUESTED',
  'UNDER_APPRAISAL',
  'APPRAISED',
  'READY_TO_SUBMIT',
  'SUBMITTED',
  'ON_COMMITTEE_AGENDA',
  'WRITTEN_CONSULTATION',
  'UNDER_VETTING',
  'VETTED',
  'ON_SESSION_AGENDA',
  'DEFERRED',
  'ADOPTED',
  'ISSUED',
  'PUBLISHED',
  'IN_FORCE',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

export const STATE_LABELS: Readonly<Record<DraftState, string>> = {
  PROPOSED: 'Đề nghị xây dựng',
  DRAFTING: 'Soạn thảo',
  CONSULTATION: 'Đăng tải, lấy ý kiến dự thảo',
  FEEDBACK_INCORPORATED: 'Đã tổng hợp, tiếp thu, giải trình ý kiến góp ý',
  APPRAISAL_REQUESTED: 'Đã gửi hồ sơ thẩm định',
  UNDER_APPRAISAL: 'Đang thẩm định',
  APPRAISED: 'Đã có báo cáo thẩm định',
  READY_TO_SUBMIT: 'Đã tiếp thu, giải trình ý kiến thẩm định',
  SUBMITTED: 'Đã trình',
  ON_COMMITTEE_AGENDA: 'Đưa ra phiên họp Ủy ban nhân dân',
  WRITTEN_CONSULTATION: 'Lấy ý kiến thành viên Ủy ban nhân dân bằng văn bản',
  UNDER_VETTING: 'Đang thẩm tra',
  VETTED: 'Đã có báo cáo thẩm tra',
  ON_SESSION_AGENDA: 'Trình kỳ họp Hội đồng nhân dân',
  DEFERRED: 'Chuyển sang kỳ họp sau',
  ADOPTED: 'Đã thông qua',
  ISSUED: 'Đã ký ban hành',
  PUBLISHED: 'Đã đăng Công báo',
  IN_FORCE: 'Có hiệu lực',
  REJECTED: 'Không chấp thuận đề nghị xây dựng',
  WITHDRAWN: 'Đã rút',
};

/**
 * Who performs an act in law. Only the drafting agency and the Department of Justice act through
 * their own users; the acts of the office, the collegial bodies and the chairpersons are recorded
 * by an `admin` user of the office, with the reference of the act (decision, minutes, notice).
 * `commenter` is anyone who sends comments on a posted draft.
 */
export const PERFORMERS = [
  'draftingAgency',
  'doj',
  'office',
  'committee',
  'committeeChair',
  'council',
  'councilStandingCommittee',
  'councilCommittee',
  'councilChair',
  'commenter',
] as const;
export type Performer = (typeof PERFORMERS)[number];

export interface PerformerInfo {
  label: string;
  /** Roles of the users who may record this performer's acts. */
  recordedBy: readonly Role[];
  /** Drafters act only on their own agency's drafts. */
  ownAgencyOnly: boolean;
}

export const PERFORMER_INFO: Readonly<Record<Performer, PerformerInfo>> = {
  draftingAgency: { label: 'Cơ quan chủ trì soạn thảo', recordedBy: ['drafter'], ownAgencyOnly: true },
  doj: { label: 'Sở Tư pháp', recordedBy: ['appraiser'], ownAgencyOnly: false },
  office: { label: 'Văn phòng UBND tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  committee: { label: 'Ủy ban nhân dân tỉnh (tập thể)', recordedBy: ['admin'], ownAgencyOnly: false },
  committeeChair: { label: 'Chủ tịch Ủy ban nhân dân tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  council: { label: 'Hội đồng nhân dân tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  councilStandingCommittee: { label: 'Thường trực Hội đồng nhân dân tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  councilCommittee: { label: 'Ban của Hội đồng nhân dân tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  councilChair: { label: 'Chủ tịch Hội đồng nhân dân tỉnh', recordedBy: ['admin'], ownAgencyOnly: false },
  commenter: { label: 'Cơ quan, tổ chức, cá nhân góp ý', recordedBy: ROLES, ownAgencyOnly: false },
};

/**
 * Who a notification goes to. The shell maps each audience to users; for escalations it addresses
 * the head (lãnh đạo) of each audience.
 */
export type Audience = Exclude<Performer, 'commenter'> | 'mandatoryConsultees' | 'public';

/** Bodies a Chair decision must be sent to for an opinion (Decree 187 Art. 51a, REFERENCE §4.4 [S]). */
export const MANDATORY_CONSULTEES = ['finance', 'homeAffairs', 'justice', 'scienceTechnology'] as const;
export type MandatoryConsultee = (typeof MANDATORY_CONSULTEES)[number];

export const CONSULTEE_LABELS: Readonly<Record<MandatoryConsultee, string>> = {
  finance: 'Sở Tài chính',
  homeAffairs: 'Sở Nội vụ',
  justice: 'Sở Tư pháp',
  scienceTechnology: 'Sở Khoa học và Công nghệ',
};

/** Who wrote a comment on a posted draft (REFERENCE §1: agencies, the public, the Fatherland Front). */
export const COMMENT_AUTHOR_KINDS = ['agency', 'public', 'fatherlandFront'] as const;
export type CommentAuthorKind = (typeof COMMENT_AUTHOR_KINDS)[number];

/** Appraisal conclusion (REFERENCE §4.1); the middle value is a practical addition. */
export const APPRAISAL_CONCLUSIONS = ['ELIGIBLE', 'ELIGIBLE_WITH_REVISIONS', 'NOT_ELIGIBLE'] as const;
export type AppraisalConclusion = (typeof APPRAISAL_CONCLUSIONS)[number];

/** Vetting (thẩm tra) by a council committee concludes eligible for the session or not (REFERENCE §4.3). */
export const VETTING_CONCLUSIONS = ['ELIGIBLE', 'NOT_ELIGIBLE'] as const;
export type VettingConclusion = (typeof VETTING_CONCLUSIONS)[number];

/** How the provincial committee decides a draft decision (REFERENCE §4.2). */
export const DECISION_MODES = ['meeting', 'writtenConsultation'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

/** What closes a procedure; the workflow ends after the `finish` effect. */
export type ProcedureOutcome = 'rejected' | 'withdrawn' | 'inForce';

import { type OverlapClass } from '../../overlap/compare/types';
import { PayloadReader } from '../../procedures/machine/payload-reader';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseJson, type ControlCaseState } from '../case-state';
import { followUpCase } from '../follow-up';
import { type HandlingForm } from '../handling-forms';
import { type CaseAudience, type FindingKind } from '../vocabulary';

/** What opened a review (REFERENCE §4.10 triggers; petitions §5; systematisation campaigns §4.12). */
export const REVIEW_TRIGGERS = ['basisChange', 'petition', 'campaign'] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];

/** Per provision: what to do with it (Decree 79 Art. 38 forms; `keep` when it still fits). */
export const REVIEW_RESULTS = ['keep', 'amend', 'replace', 'repealWhole', 'repealPart', 'suspend', 'declareExpired', 'issueNew', 'correct'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

/** Why a provision no longer fits (REFERENCE §4.10: ANALYSED per provision). */
export const REVIEW_GROUNDS = ['CONTRADICTS', 'OVERLAPS', 'EXPIRED', 'UNFIT', 'BASIS_CITATION'] as const;
export type ReviewGround = (typeof REVIEW_GROUNDS)[number];

/** The handling form the review recommends (hình thức xử lý); `none` when every provision is kept. */
export const REVIEW_FORMS = ['amend', 'replace', 'repealWhole', 'repealPart', 'suspend', 'declareExpired', 'issueNew', 'correct'] as const;
export type ReviewForm = (typeof REVIEW_FORMS)[number];

/**
 * The handling case names findings with the inspection vocabulary: a citation of a changed basis is a
 * basis error (corrected); anything else is content that no longer agrees with its basis.
 */
const FINDING_KIND_OF_GROUND: Readonly<Record<ReviewGround, FindingKind>> = {
  CONTRADICTS: 'UNLAWFUL_CONTENT',
  OVERLAPS: 'UNLAWFUL_CONTENT',
  EXPIRED: 'UNLAWFUL_CONTENT',
  UNFIT: 'UNLAWFUL_CONTENT',
  BASIS_CITATION: 'BASIS_OR_FORMAT_ERROR',
};

/** The handling form asked of the handling case; issuing a new document or announcing expiry has none. */
const HANDLING_FORM_OF: Readonly<Record<ReviewForm, HandlingForm | null>> = {
  amend: 'amend',
  replace: 'replace',
  repealWhole: 'repeal',
  repealPart: 'repeal',
  suspend: 'suspendExecution',
  declareExpired: null,
  issueNew: null,
  correct: 'correct',
};

const GROUND_LABELS: Readonly<Record<ReviewGround, string>> = {
  CONTRADICTS: 'trái với văn bản là căn cứ',
  OVERLAPS: 'chồng chéo',
  EXPIRED: 'hết hiệu lực',
  UNFIT: 'không còn phù hợp',
  BASIS_CITATION: 'căn cứ ban hành đã thay đổi',
};

const OVERLAP_CLASSES: readonly Exclude<OverlapClass, 'unrelated'>[] = ['duplicate', 'overlap', 'conflict', 'related'];

/** A provision of the reviewed document that overlaps the changed text (from the overlap engine). */
export interface ReviewOverlap {
  [key: string]: CaseJson;
  pathKey: string;
  changedDocumentId: string | null;
  changedPathKey: string;
  class: Exclude<OverlapClass, 'unrelated'>;
  /** The overlap engine's score (0..1) as a whole percentage. */
  scorePercent: number;
}

export interface ReviewFinding {
  [key: string]: CaseJson;
  pathKey: string | null;
  result: ReviewResult;
  ground: ReviewGround | null;
  note: string | null;
}

export interface ReviewData {
  [key: string]: CaseJson;
  trigger: ReviewTrigger;
  changedDocumentId: string | null;
  /** Provisions citing or detailing what changed; empty: the document as a whole (its basis). */
  affectedProvisions: string[];
  overlaps: ReviewOverlap[];
  /** Soft target: the fix should take effect with the changed basis (REFERENCE §4.10, [U]). */
  targetFixDate: string | null;
  reportRef: string | null;
  findings: ReviewFinding[];
  recommendedForm: ReviewForm | null;
}

const REVIEWERS: CaseAudience = { role: 'reviewer', ofAssignee: true };
const PATHS_MAX = 2000;
const FINDINGS_MAX = 500;

/** `review-<documentId>-<changeKey>`: the same change reviewed twice is the same case. */
export const reviewCaseId = (documentId: string, changeKey: string) => `review-${documentId}-${changeKey}`;

/**
 * Rà soát (REFERENCE §4.10): opened for a document whose basis changed (or on a petition or in a
 * campaign) with the provisions concerned; runs for `reviewDays`. The reviewer records one result
 * per provision and, unless everything is kept, the recommended handling form, which opens a
 * handling case (§4.9) with the provisions to handle.
 */
export const REVIEW: CaseKindDefinition<ReviewData> = {
  initialStatus: 'OPEN',
  followers: [REVIEWERS],
  open(input) {
    const reader = new PayloadReader(input, 'input');
    const trigger = reader.choice('trigger', REVIEW_TRIGGERS);
    const changedDocumentId = reader.optionalText('changedDocumentId', 100);
    const affectedProvisions = reader.has('affectedProvisions') ? reader.texts('affectedProvisions', 0, PATHS_MAX, 200) : [];
    const overlaps = reader.list('overlaps', 0, PATHS_MAX, (entry) => ({
      pathKey: entry.text('pathKey', 200),
      changedDocumentId: entry.optionalText('changedDocumentId', 100),
      changedPathKey: entry.text('changedPathKey', 200),
      class: entry.choice('class', OVERLAP_CLASSES),
      scorePercent: entry.integer('scorePercent', 0, 100),
    }));
    const targetFixDate = reader.optionalDate('targetFixDate');
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The review cannot be opened: the input is invalid.');
    const data: ReviewData = { trigger, changedDocumentId, affectedProvisions, overlaps, targetFixDate, reportRef: null, findings: [], recommendedForm: null };
    const concerned = affectedProvisions.length > 0 ? `${affectedProvisions.length} provision(s) concerned` : 'the document as a whole';
    return { data, summary: `Review opened (${trigger}): ${concerned}, ${overlaps.length} overlap(s) with the changed text` };
  },
  actions: [
    {
      name: 'recordResult',
      from: ['OPEN'],
      roles: ['reviewer', 'drafter'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const reportRef = reader.text('reportRef', 200);
        // `findings`, so the API checks every path key against the document's provisions.
        const findings = reader.list('findings', 1, FINDINGS_MAX, (entry): ReviewFinding => {
          const result = entry.choice('result', REVIEW_RESULTS);
          const ground = entry.has('ground') ? entry.choice('ground', REVIEW_GROUNDS) : null;
          if (result !== 'keep' && ground === null) entry.fail('ground', `is required when the result is ${result}`);
          return { pathKey: entry.optionalText('pathKey', 200), result, ground, note: entry.optionalText('note', 2000) };
        });
        const changes = findings.filter((finding) => finding.result !== 'keep');
        const recommendedForm = reader.has('recommendedForm') ? reader.choice('recommendedForm', REVIEW_FORMS) : null;
        if (changes.length > 0 && recommendedForm === null) reader.fail('recommendedForm', 'is required when a provision is not kept');
        if (changes.length === 0 && recommendedForm !== null) reader.fail('recommendedForm', 'must be absent when every provision is kept');
        reader.throwIfInvalid();
        const data: ReviewData = { ...state.data, reportRef, findings, recommendedForm };
        if (recommendedForm === null) return { status: 'CLOSED', data, summary: `Every provision kept (${reportRef})`, ref: reportRef, outcome: 'noChange' };
        return {
          status: 'HANDLING',
          data,
          summary: `${changes.length} provision(s) to handle, recommended form ${recommendedForm}; handling opened (${reportRef})`,
          ref: reportRef,
          outcome: 'handlingOpened',
          effects: [handlingOf(state, { reportRef, recommendedForm, changes, date: at.date })],
        };
      },
    },
  ],
  deadlineOf(state) {
    if (state.status !== 'OPEN') return null;
    return {
      label: 'Rà soát văn bản',
      rule: { days: state.settings.reviewDays, unit: 'calendar', fromDate: state.openedOn, beforeDate: null, periodRule: 'calendarDaysAfter' },
      escalateTo: [REVIEWERS, { role: 'admin', ofAssignee: false }],
    };
  },
};

function handlingOf(state: ControlCaseState<ReviewData>, result: { reportRef: string; recommendedForm: ReviewForm; changes: ReviewFinding[]; date: string }) {
  return followUpCase(
    state,
    'handling',
    { reportRef: result.reportRef, recommendedForm: result.recommendedForm, changedDocumentId: state.data.changedDocumentId },
    {
      findings: result.changes.map((finding) => ({
        pathKey: finding.pathKey,
        kind: FINDING_KIND_OF_GROUND[finding.ground!],
        description: [`Rà soát: ${GROUND_LABELS[finding.ground!]}; đề xuất ${finding.result}`, finding.note].filter(Boolean).join('. '),
      })),
      conclusionRef: result.reportRef,
      conclusionDate: result.date,
      requestedForms: [HANDLING_FORM_OF[result.recommendedForm]].filter((form) => form !== null),
    },
  );
}

import { maskPersonalData, PETITION_CATEGORIES, petitionCaseTextOf, petitionRoute, PUBLISH_PETITION_ANSWER_ACTIVITY, type PetitionCaseText, type PetitionCategory, type PublishPetitionAnswerInput } from '../../petitions';
import { PayloadReader } from '../../procedures/machine/payload-reader';
import { type CaseKindDefinition, type CaseStep } from '../case-kind';
import { type CaseJson, type ControlCaseState } from '../case-state';
import { followUpCase } from '../follow-up';
import { type CaseAudience } from '../vocabulary';

/**
 * The case keeps references only: the petitioner's name and contacts and the petition's text stay
 * in the `petitions` tables, the classification's note and the answer in `petition_texts` (the API
 * stores them and sends their ids), so none of them reaches the workflow's history.
 */
export interface PetitionData {
  [key: string]: CaseJson;
  petitionId: string;
  receivedDate: string;
  pathKeys: string[];
  categoryHint: PetitionCategory | null;
  category: PetitionCategory | null;
  noteId: string | null;
  /** The inspection or review case the petition opened. */
  routedCaseId: string | null;
  forwardedTo: string | null;
  answerId: string | null;
  answerRef: string | null;
  answeredOn: string | null;
  publishedOn: string | null;
  /** Cases classified or answered before texts were kept by reference: the text, masked by pattern. */
  classificationNote: string | null;
  answer: string | null;
}

const REVIEWERS: CaseAudience = { role: 'reviewer', ofAssignee: true };
const INSPECTORS: CaseAudience = { role: 'inspector', ofAssignee: true };
const PATH_KEYS_MAX = 50;
const TEXT_ID_MAX = 100;
const NOTE = petitionCaseTextOf('classify')!;
const ANSWER = petitionCaseTextOf('answer')!;
const ANSWERABLE = ['IN_INSPECTION', 'IN_REVIEW', 'GUIDANCE', 'ANSWERED'] as const;

type PetitionState = ControlCaseState<PetitionData>;

/**
 * Phản ánh, kiến nghị (REFERENCE §5): received from the public about an issued document, classified
 * by a reviewer or inspector of the responsible agency (unlawful → inspection, conflicting,
 * overlapping or unfit → review, question → guidance, unrelated → forwarded), answered within the
 * configured working days, and the answer published next to the document.
 */
export const PETITION: CaseKindDefinition<PetitionData> = {
  initialStatus: 'RECEIVED',
  followers: [REVIEWERS, INSPECTORS],
  open(input) {
    const reader = new PayloadReader(input, 'input');
    const petitionId = reader.text('petitionId', 100);
    const receivedDate = reader.date('receivedDate');
    const pathKeys = reader.has('pathKeys') ? reader.texts('pathKeys', 0, PATH_KEYS_MAX, 200) : [];
    const categoryHint = reader.has('categoryHint') ? reader.choice('categoryHint', PETITION_CATEGORIES) : null;
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The petition case cannot be opened: the input is invalid.');
    return {
      data: { petitionId, receivedDate, pathKeys, categoryHint, category: null, noteId: null, routedCaseId: null, forwardedTo: null, answerId: null, answerRef: null, answeredOn: null, publishedOn: null, classificationNote: null, answer: null },
      summary: `Petition received on ${receivedDate}${pathKeys.length > 0 ? ` about ${pathKeys.join(', ')}` : ''}`,
    };
  },
  actions: [
    {
      name: 'classify',
      from: ['RECEIVED'],
      roles: ['reviewer', 'inspector'],
      apply({ state, payload }) {
        const reader = new PayloadReader(payload);
        const category = reader.choice('category', PETITION_CATEGORIES);
        const note = referenceOrLegacyText(reader, NOTE);
        const pathKeys = reader.has('pathKeys') ? reader.texts('pathKeys', 1, PATH_KEYS_MAX, 200) : state.data.pathKeys;
        const route = petitionRoute(category);
        const forwardedTo = route === 'forward' ? reader.text('forwardedTo', 300) : null;
        if (route === 'review' && pathKeys.length === 0) reader.fail('pathKeys', 'is required for a review: name the provisions concerned');
        reader.throwIfInvalid();
        return classified(state, category, note, pathKeys, forwardedTo);
      },
    },
    {
      name: 'answer',
      from: ANSWERABLE,
      roles: ['reviewer', 'inspector', 'drafter'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const answer = referenceOrLegacyText(reader, ANSWER);
        const answerRef = reader.optionalText('answerRef', 200);
        reader.throwIfInvalid();
        return {
          status: 'ANSWERED',
          data: { ...state.data, answerId: answer.id, answer: answer.legacy, answerRef, answeredOn: at.date },
          summary: `Answer drafted${answerRef ? ` (${answerRef})` : ''}`,
          ref: answerRef,
        };
      },
    },
    {
      name: 'publishAnswer',
      from: ['ANSWERED'],
      roles: ['reviewer', 'inspector'],
      apply({ state, at }) {
        const data = { ...state.data, publishedOn: at.date };
        // `?? null`: cases opened before texts were kept by reference have no `answerId`.
        const input: PublishPetitionAnswerInput = { petitionId: data.petitionId, caseId: state.caseId, category: data.category, answerId: data.answerId ?? null, answer: data.answer ?? null, answerRef: data.answerRef, publishedOn: at.date };
        return {
          status: 'PUBLISHED',
          data,
          summary: 'Answer published with the document',
          ref: data.answerRef,
          outcome: 'answered',
          effects: [{ kind: 'run', activity: PUBLISH_PETITION_ANSWER_ACTIVITY, input }],
        };
      },
    },
  ],
  deadlineOf(state) {
    if (state.status === 'PUBLISHED' || state.status === 'FORWARDED') return null;
    return {
      label: 'Trả lời phản ánh, kiến nghị',
      rule: { days: state.settings.petitionResponseWorkingDays, unit: 'working', fromDate: state.data.receivedDate, beforeDate: null, periodRule: 'workingDaysAfter' },
      escalateTo: [REVIEWERS, INSPECTORS, { role: 'admin', ofAssignee: false }],
    };
  },
};

/**
 * The id of a text the API stored, or, in histories recorded before texts were kept by reference
 * (their updates carried the text itself), that text masked by pattern as it was then: replaying
 * them must take the same steps. The API never sends the text.
 */
function referenceOrLegacyText(reader: PayloadReader, text: PetitionCaseText): { id: string | null; legacy: string | null } {
  const read = (field: string, max: number) => (text.required ? reader.text(field, max) : reader.optionalText(field, max));
  if (!reader.has(text.field)) return { id: read(text.reference, TEXT_ID_MAX), legacy: null };
  const legacy = read(text.field, text.maxLength);
  return { id: null, legacy: legacy === null ? null : maskPersonalData(legacy) };
}

function classified(state: PetitionState, category: PetitionCategory, note: { id: string | null; legacy: string | null }, pathKeys: string[], forwardedTo: string | null): CaseStep<PetitionData> {
  const data = { ...state.data, category, noteId: note.id, classificationNote: note.legacy, pathKeys };
  switch (petitionRoute(category)) {
    case 'inspection': {
      const opening = followUpCase(state, 'inspection', {}, { trigger: 'petition', receivedDate: state.data.receivedDate });
      const { caseId } = opening.opening;
      return { status: 'IN_INSPECTION', data: { ...data, routedCaseId: caseId }, summary: `Classified ${category}: inspection opened`, ref: caseId, effects: [opening] };
    }
    case 'review': {
      const opening = followUpCase(state, 'review', {}, { trigger: 'petition', affectedProvisions: pathKeys });
      const { caseId } = opening.opening;
      return { status: 'IN_REVIEW', data: { ...data, routedCaseId: caseId }, summary: `Classified ${category}: review opened`, ref: caseId, effects: [opening] };
    }
    case 'guidance':
      return { status: 'GUIDANCE', data, summary: 'Classified as a question: an application guidance answer follows' };
    case 'forward':
      return { status: 'FORWARDED', data: { ...data, forwardedTo }, summary: `Not about a normative document: forwarded to ${forwardedTo ?? '?'}`, ref: forwardedTo, outcome: 'forwarded' };
  }
}

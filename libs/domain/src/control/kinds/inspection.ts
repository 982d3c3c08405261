import { addDays, parseCivilDate } from '../../calendar';
import { DomainError } from '../../errors';
import { PayloadReader } from '../../procedures/machine/payload-reader';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseJson } from '../case-state';
import { readFindings } from '../findings';
import { followUpCase } from '../follow-up';
import { readForms, requestedFormProblems, type HandlingForm } from '../handling-forms';
import { type CaseAudience, type InspectionFinding } from '../vocabulary';

/** How the document reached the inspecting body (REFERENCE §4.8): sent by its issuer, found, or petitioned. */
export const INSPECTION_TRIGGERS = ['received', 'found', 'petition'] as const;
export type InspectionTrigger = (typeof INSPECTION_TRIGGERS)[number];

/** The conclusion's contents (Decree 79 Art. 18). */
export interface InspectionConclusion {
  [key: string]: CaseJson;
  ref: string;
  date: string;
  /** (a) the yardstick: higher-ranking documents (and provisions) the document breaches. */
  legalGrounds: { document: string; pathKey: string | null }[];
  /** (c) the handling demanded of the issuer, and by when. */
  requestedForms: HandlingForm[];
  handlingDueDate: string;
  /** (d) accountability of whoever advised, proposed or issued it. */
  accountability: string | null;
  /** (đ) review recommended for contradiction, overlap or obsolescence. */
  reviewRecommendation: string | null;
  /** (e) other recommendations (Law 64 Art. 5). */
  otherRecommendations: string | null;
}

export interface InspectionData {
  [key: string]: CaseJson;
  trigger: InspectionTrigger;
  receivedDate: string;
  inspectorUserId: string | null;
  sheetRef: string | null;
  /** (b) the unlawful content, per provision. */
  findings: InspectionFinding[];
  conclusion: InspectionConclusion | null;
}

const INSPECTORS: CaseAudience = { role: 'inspector', ofAssignee: true };

/**
 * Kiểm tra văn bản theo thẩm quyền (REFERENCE §4.8): a document received, found or petitioned is
 * assigned to an inspector, examined with an inspection sheet, and closed as lawful or concluded
 * (Decree 79 Art. 18); a conclusion opens the issuer's handling (§4.9).
 */
export const INSPECTION: CaseKindDefinition<InspectionData> = {
  initialStatus: 'RECEIVED',
  followers: [INSPECTORS],
  open(input) {
    const reader = new PayloadReader(input, 'input');
    const trigger = reader.choice('trigger', INSPECTION_TRIGGERS);
    const receivedDate = reader.date('receivedDate');
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The inspection cannot be opened: the input is invalid.');
    return {
      data: { trigger, receivedDate, inspectorUserId: null, sheetRef: null, findings: [], conclusion: null },
      summary: `Inspection of a document ${trigger === 'received' ? 'received' : trigger === 'found' ? 'found' : 'petitioned'} on ${receivedDate}`,
    };
  },
  actions: [
    {
      name: 'assign',
      from: ['RECEIVED', 'ASSIGNED'],
      roles: ['inspector'],
      apply({ state, payload }) {
        const reader = new PayloadReader(payload);
        const inspectorUserId = reader.text('inspectorUserId', 64);
        reader.throwIfInvalid();
        return { status: 'ASSIGNED', data: { ...state.data, inspectorUserId }, summary: `Assigned to inspector ${inspectorUserId}` };
      },
    },
    {
      name: 'recordConclusion',
      from: ['RECEIVED', 'ASSIGNED'],
      roles: ['inspector'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const sheetRef = reader.text('sheetRef', 200);
        const findings = readFindings(reader);
        if (findings.length === 0) {
          reader.throwIfInvalid();
          return { status: 'LAWFUL', data: { ...state.data, sheetRef, findings }, summary: `Found lawful (${sheetRef})`, ref: sheetRef, outcome: 'lawful' };
        }
        if (state.documentId === null) reader.fail('findings', 'need a document: this inspection is not tied to one, so it can only be found lawful');
        const ref = reader.text('conclusionRef', 200);
        const date = reader.date('conclusionDate');
        if (date !== '' && date > at.date) reader.fail('conclusionDate', `must not be after today (${at.date})`);
        const legalGrounds = reader.list('legalGrounds', 1, 50, (entry) => ({ document: entry.text('document', 500), pathKey: entry.optionalText('pathKey', 200) }));
        const requestedForms = readForms(reader, 'requestedForms', 1);
        const accountability = reader.optionalText('accountability', 4000);
        const reviewRecommendation = reader.optionalText('reviewRecommendation', 4000);
        const otherRecommendations = reader.optionalText('otherRecommendations', 4000);
        reader.throwIfInvalid();
        const misfits = requestedFormProblems(findings, requestedForms);
        if (misfits.length > 0) throw new DomainError('invalid', 'HANDLING_FORM_MISFIT', 'A requested handling form fits none of the findings.', { fieldErrors: misfits });
        const conclusion: InspectionConclusion = {
          ref,
          date,
          legalGrounds,
          requestedForms,
          handlingDueDate: addDays(parseCivilDate(date), state.settings.handlingDays),
          accountability,
          reviewRecommendation,
          otherRecommendations,
        };
        return {
          status: 'CONCLUDED',
          data: { ...state.data, sheetRef, findings, conclusion },
          summary: `${findings.length} finding(s); conclusion ${ref} of ${date}; handling demanded by ${conclusion.handlingDueDate}`,
          ref,
          outcome: 'handlingOpened',
          effects: [followUpCase(state, 'handling', { conclusionRef: ref }, { findings, conclusionRef: ref, conclusionDate: date, requestedForms })],
        };
      },
    },
  ],
  deadlineOf: () => null,
};

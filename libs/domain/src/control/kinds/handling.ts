import { DomainError } from '../../errors';
import { PayloadReader } from '../../procedures/machine/payload-reader';
import { PROCEDURE_DOC_TYPES, type ProcedureDocType } from '../../procedures/vocabulary';
import { type CaseActionDefinition, type CaseKindDefinition, type CaseStep } from '../case-kind';
import { type CaseEffect, type CaseJson } from '../case-state';
import { readFindings } from '../findings';
import { HANDLING_FORM_LABELS, measureFitProblems, readForms, readMeasures, REDRAFT_FORMS, requestedFormProblems, type HandlingForm, type HandlingMeasure, type RedraftForm } from '../handling-forms';
import { type CaseAudience, type InspectionFinding } from '../vocabulary';

/** Activities the handling case runs (`run` effects); the worker registers them under these names. */
export const HANDLING_ACTIVITIES = { applyResult: 'applyHandlingResult', startDraft: 'startHandlingDraft' } as const;

export interface HandlingAct {
  [key: string]: CaseJson;
  number: string;
  signedDate: string;
  measures: HandlingMeasure[];
  /** The issuer, or the competent authority after an escalation (Decree 79 Art. 24(2)). */
  by: 'issuer' | 'superior';
  publishedDate: string | null;
  publicationRef: string | null;
}

export interface HandlingData {
  [key: string]: CaseJson;
  findings: InspectionFinding[];
  conclusionRef: string | null;
  conclusionDate: string | null;
  requestedForms: HandlingForm[];
  /** The 30 days run from here: the conclusion date (the opening date when unknown), or a superior's decision. */
  limitFrom: string;
  redraft: { form: RedraftForm; draftDocumentId: string; docType: ProcedureDocType; title: string; draftingAgencyId: string; startedOn: string } | null;
  act: HandlingAct | null;
  escalation: { cause: 'overdue' | 'dispute'; on: string; ref: string | null; reason: string | null } | null;
  decision: { ref: string; outcome: 'issuerHandles' | 'noAction'; on: string } | null;
}

type Action = CaseActionDefinition<HandlingData>;

const INSPECTORS: CaseAudience = { role: 'inspector', ofAssignee: false };
const ADMINS: CaseAudience = { role: 'admin', ofAssignee: false };
const OPEN = ['REQUIRED', 'REDRAFTING'];

/** The handling act is recorded by the issuer, or after an escalation by the competent authority (admin only). */
function recordAct(from: string[], roles: Action['roles'], by: HandlingAct['by']): Action {
  return {
    name: 'recordHandlingAct',
    from,
    roles,
    apply({ state, payload, at }) {
      const reader = new PayloadReader(payload);
      const number = reader.text('number', 100);
      const signedDate = reader.date('signedDate');
      const measures = readMeasures(reader);
      if (signedDate !== '' && signedDate > at.date) reader.fail('signedDate', `must not be after today (${at.date})`);
      reader.throwIfInvalid();
      refuseMisfits(measureFitProblems(state.data.findings, measures));
      const act: HandlingAct = { number, signedDate, measures, by, publishedDate: null, publicationRef: null };
      const forms = [...new Set(measures.map((measure) => HANDLING_FORM_LABELS[measure.form]))].join(', ');
      return {
        status: 'ACT_SIGNED',
        data: { ...state.data, act },
        summary: `Handling act ${number} signed on ${signedDate}: ${forms}`,
        ref: number,
        effects: [{ kind: 'run', activity: HANDLING_ACTIVITIES.applyResult, input: { caseId: state.caseId, documentId: state.documentId, number, signedDate, measures, by } }],
      };
    },
  };
}

function refuseMisfits(problems: ReturnType<typeof measureFitProblems>): void {
  if (problems.length > 0) {
    throw new DomainError('invalid', 'HANDLING_FORM_MISFIT', 'The handling measures do not fit the findings of the conclusion.', { fieldErrors: problems });
  }
}

function escalated(data: HandlingData, escalation: NonNullable<HandlingData['escalation']>, summary: string, template: string): CaseStep<HandlingData> {
  const notice: CaseEffect = { kind: 'notify', audience: [INSPECTORS, ADMINS], template, data: { cause: escalation.cause, reason: escalation.reason, ref: escalation.ref } };
  return { status: 'ESCALATED', data: { ...data, escalation }, summary, ref: escalation.ref, effects: [notice] };
}

/**
 * Xử lý văn bản (REFERENCE §4.9): opened by a conclusion with findings (self-inspection or
 * inspection). The issuer handles within 30 days of the conclusion (suspend execution, repeal in
 * whole or in part, correct; amend or replace through a new draft); overdue or disputed, the case
 * goes to the competent authority. The signed handling act changes the document's validity and
 * relations and must be published within 3 days.
 */
export const HANDLING: CaseKindDefinition<HandlingData> = {
  initialStatus: 'REQUIRED',
  // Not the issuer's drafters: the case's assignee is the inspecting body's, so `ofAssignee` would reach every drafter.
  followers: [INSPECTORS],
  open(input, at) {
    const reader = new PayloadReader(input, 'input');
    const findings = readFindings(reader);
    if (findings.length === 0 && reader.errors.length === 0) reader.fail('findings', 'must name at least one finding (a clean result needs no handling)');
    const conclusionRef = reader.optionalText('conclusionRef', 200);
    const conclusionDate = reader.optionalDate('conclusionDate');
    const requestedForms = readForms(reader, 'requestedForms', 0);
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The handling cannot be opened: the input is invalid.');
    const limitFrom = conclusionDate ?? at.date;
    return {
      data: { findings, conclusionRef, conclusionDate, requestedForms, limitFrom, redraft: null, act: null, escalation: null, decision: null },
      summary: `Handling of ${findings.length} finding(s) of ${conclusionRef ?? 'the inspection'}; the time limit runs from ${limitFrom}`,
    };
  },
  actions: [
    recordAct(OPEN, ['drafter', 'inspector'], 'issuer'),
    recordAct(['ESCALATED'], [], 'superior'),
    {
      name: 'startRedraft',
      from: ['REQUIRED'],
      roles: ['drafter', 'inspector'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const form = reader.choice('form', REDRAFT_FORMS);
        const docType = reader.choice('docType', PROCEDURE_DOC_TYPES);
        const title = reader.text('title', 500);
        const draftingAgencyId = reader.text('draftingAgencyId', 64);
        const draftDocumentId = reader.text('draftDocumentId', 64);
        reader.throwIfInvalid();
        refuseMisfits(requestedFormProblems(state.data.findings, [form]).map((problem) => ({ ...problem, field: 'form' })));
        const redraft = { form, draftDocumentId, docType, title, draftingAgencyId, startedOn: at.date };
        return {
          status: 'REDRAFTING',
          data: { ...state.data, redraft },
          summary: `${HANDLING_FORM_LABELS[form]}: a new draft «${title}» started`,
          ref: draftDocumentId,
          effects: [{ kind: 'run', activity: HANDLING_ACTIVITIES.startDraft, input: { caseId: state.caseId, documentId: state.documentId, ...redraft } }],
        };
      },
    },
    {
      name: 'dispute',
      from: OPEN,
      roles: ['drafter'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const reason = reader.text('reason', 4000);
        const ref = reader.optionalText('ref', 200);
        reader.throwIfInvalid();
        return escalated(state.data, { cause: 'dispute', on: at.date, ref, reason }, `The issuer disputes the conclusion${ref ? ` (${ref})` : ''}; referred to the competent authority`, 'caseDisputed');
      },
    },
    {
      name: 'escalate',
      from: OPEN,
      roles: ['inspector'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const ref = reader.text('ref', 200);
        const reason = reader.optionalText('reason', 4000);
        reader.throwIfInvalid();
        if (state.deadline?.status !== 'breached') {
          throw new DomainError('invalid_state', 'HANDLING_NOT_OVERDUE', `The issuer still has until ${state.deadline?.dueDate ?? '?'} to handle the document.`, { extensions: { dueDate: state.deadline?.dueDate ?? null } });
        }
        return escalated(state.data, { cause: 'overdue', on: at.date, ref, reason }, `Not handled by ${state.deadline.dueDate ?? '?'}: referred to the competent authority (${ref})`, 'caseEscalated');
      },
    },
    {
      name: 'decide',
      from: ['ESCALATED'],
      roles: [],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const ref = reader.text('ref', 200);
        const outcome = reader.choice('outcome', ['issuerHandles', 'noAction'] as const);
        reader.throwIfInvalid();
        const decision = { ref, outcome, on: at.date };
        if (outcome === 'noAction') {
          return { status: 'CLOSED_NO_ACTION', data: { ...state.data, decision }, summary: `The competent authority closes the case without handling (${ref})`, ref, outcome: 'closedNoAction' };
        }
        // A draft already under way goes on; the issuer has the full limit again from the decision.
        const status = state.data.redraft === null ? 'REQUIRED' : 'REDRAFTING';
        return { status, data: { ...state.data, decision, limitFrom: at.date }, summary: `The competent authority orders the issuer to handle the document (${ref})`, ref };
      },
    },
    {
      name: 'recordPublication',
      from: ['ACT_SIGNED'],
      roles: ['drafter', 'inspector'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const publishedDate = reader.date('publishedDate');
        const publicationRef = reader.text('publicationRef', 300);
        const act = state.data.act!;
        if (publishedDate !== '' && (publishedDate < act.signedDate || publishedDate > at.date)) reader.fail('publishedDate', `must be from the signing date ${act.signedDate} to today (${at.date})`);
        reader.throwIfInvalid();
        return {
          status: 'HANDLED',
          data: { ...state.data, act: { ...act, publishedDate, publicationRef } },
          summary: `Handling act ${act.number} published on ${publishedDate} (${publicationRef})`,
          ref: publicationRef,
          outcome: act.by === 'superior' ? 'handledBySuperior' : 'handled',
        };
      },
    },
  ],
  deadlineOf(state) {
    const escalateTo = [INSPECTORS, ADMINS];
    if (OPEN.includes(state.status)) {
      return { label: 'Xử lý văn bản trái pháp luật', rule: { days: state.settings.handlingDays, unit: 'calendar', fromDate: state.data.limitFrom, beforeDate: null, periodRule: 'calendarDaysAfter' }, escalateTo };
    }
    if (state.status === 'ACT_SIGNED') {
      return {
        label: 'Đăng tải văn bản xử lý',
        rule: { days: state.settings.handlingPublicationDays, unit: 'calendar', fromDate: state.data.act!.signedDate, beforeDate: null, periodRule: 'calendarDaysAfter' },
        escalateTo,
      };
    }
    return null;
  },
};

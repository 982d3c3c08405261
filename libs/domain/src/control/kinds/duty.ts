import { addDays, parseCivilDate } from '../../calendar';
import { DUTY_ADDRESSEES, type DutyAddressee } from '../../duties/vocabulary';
import { PayloadReader } from '../../procedures/machine/payload-reader';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseJson } from '../case-state';
import { type CaseAudience } from '../vocabulary';

/** A local document linked to the duty: it details the delegated content. */
export interface DutyFulfilment {
  [key: string]: CaseJson;
  documentId: string;
  number: string | null;
  issuedDate: string | null;
  linkedOn: string;
  /** Issued by the due date; null when its issue date is not known. */
  onTime: boolean | null;
  /** `relation`: its BASED_ON / DETAILS relation names the delegating provision; `manual`: linked by hand. */
  how: 'relation' | 'manual';
}

export interface DutyData {
  [key: string]: CaseJson;
  sourceDocumentId: string;
  sourceNumber: string | null;
  pathKey: string;
  citationKey: string;
  addressee: DutyAddressee;
  /** detail | regulate | decide (detector vocabulary). */
  delegation: string;
  subject: string;
  phrases: string[];
  coveredPathKeys: string[];
  /** The delegating provision's effective date; the local document must take effect with it. */
  dueDate: string | null;
  dueDateSource: 'provision' | 'document' | null;
  draftingAgencyId: string | null;
  fulfilledBy: DutyFulfilment[];
  dismissedReason: string | null;
}

const OPEN_STATUSES = ['IDENTIFIED', 'ASSIGNED'] as const;
const TRACKERS: CaseAudience = { role: 'reviewer', ofAssignee: false };

/**
 * Văn bản quy định chi tiết được giao (REFERENCE §4.13): a central provision asks the province to
 * regulate; the duty is due on the day that provision takes effect. It is assigned to a drafting
 * agency, fulfilled when a local document detailing it is linked (by its relations or by hand), or
 * dismissed as no longer needed. Overdue is the framework's breached deadline.
 */
export const DUTY: CaseKindDefinition<DutyData> = {
  initialStatus: 'IDENTIFIED',
  followers: [TRACKERS],
  open(input) {
    const reader = new PayloadReader(input, 'input');
    const data: DutyData = {
      sourceDocumentId: reader.text('sourceDocumentId', 64),
      sourceNumber: reader.optionalText('sourceNumber', 100),
      pathKey: reader.text('pathKey', 200),
      citationKey: reader.text('citationKey', 300),
      addressee: reader.choice('addressee', DUTY_ADDRESSEES),
      delegation: reader.text('delegation', 16),
      subject: reader.text('subject', 2000),
      phrases: reader.texts('phrases', 1, 20, 300),
      coveredPathKeys: reader.texts('coveredPathKeys', 1, 50, 200),
      dueDate: reader.optionalDate('dueDate'),
      dueDateSource: reader.has('dueDate') ? reader.choice('dueDateSource', ['provision', 'document'] as const) : null,
      draftingAgencyId: null,
      fulfilledBy: [],
      dismissedReason: null,
    };
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The duty cannot be opened: the input is invalid.');
    return { data, summary: `Duty identified in ${data.citationKey}: ${data.subject}` };
  },
  actions: [
    {
      name: 'assign',
      from: OPEN_STATUSES,
      roles: ['reviewer'],
      apply({ state, payload }) {
        const reader = new PayloadReader(payload);
        const draftingAgencyId = reader.text('draftingAgencyId', 64);
        reader.throwIfInvalid();
        return { status: 'ASSIGNED', data: { ...state.data, draftingAgencyId }, summary: `Assigned to the drafting agency ${draftingAgencyId}`, ref: draftingAgencyId };
      },
    },
    {
      name: 'link',
      from: OPEN_STATUSES,
      roles: ['reviewer', 'drafter'],
      apply({ state, payload, at }) {
        const reader = new PayloadReader(payload);
        const documentId = reader.text('documentId', 64);
        const number = reader.optionalText('number', 100);
        const issuedDate = reader.optionalDate('issuedDate');
        const how = reader.has('how') ? reader.choice('how', ['relation', 'manual'] as const) : 'manual';
        reader.throwIfInvalid();
        const due = state.data.dueDate;
        const onTime = issuedDate === null || due === null ? null : issuedDate <= due;
        const fulfilment: DutyFulfilment = { documentId, number, issuedDate, linkedOn: at.date, onTime, how };
        const timing = onTime === null ? '' : onTime ? ' on time' : ' late';
        return {
          status: 'FULFILLED',
          data: { ...state.data, fulfilledBy: [...state.data.fulfilledBy, fulfilment] },
          summary: `Fulfilled${timing} by ${number ?? documentId}`,
          ref: number ?? documentId,
          outcome: onTime === false ? 'fulfilledLate' : 'fulfilled',
        };
      },
    },
    {
      name: 'dismiss',
      from: OPEN_STATUSES,
      roles: ['reviewer'],
      apply({ state, payload }) {
        const reader = new PayloadReader(payload);
        const reason = reader.text('reason', 1000);
        reader.throwIfInvalid();
        return { status: 'NOT_NEEDED', data: { ...state.data, dismissedReason: reason }, summary: `Not needed: ${reason}`, outcome: 'notNeeded' };
      },
    },
  ],
  deadlineOf(state) {
    const due = state.data.dueDate;
    if (due === null || !(OPEN_STATUSES as readonly string[]).includes(state.status)) return null;
    // A period of one day from the day before: due on the effective date (the next working day when that is a day off).
    return {
      label: 'Ban hành văn bản quy định chi tiết',
      rule: { days: 1, unit: 'calendar', fromDate: addDays(parseCivilDate(due), -1), beforeDate: null, periodRule: 'calendarDaysAfter' },
      escalateTo: [TRACKERS, { role: 'admin', ofAssignee: false }],
    };
  },
};

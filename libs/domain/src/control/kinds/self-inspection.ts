import { PayloadReader } from '../../procedures/machine/payload-reader';
import { type CaseKindDefinition } from '../case-kind';
import { type CaseJson } from '../case-state';
import { readFindings } from '../findings';
import { followUpCase } from '../follow-up';
import { type CaseAudience, type InspectionFinding } from '../vocabulary';

export interface SelfInspectionData {
  [key: string]: CaseJson;
  issuedDate: string;
  sheetRef: string | null;
  conclusionRef: string | null;
  findings: InspectionFinding[];
}

const INSPECTORS: CaseAudience = { role: 'inspector', ofAssignee: true };

/**
 * Tự kiểm tra (REFERENCE §4.7): opened when the document is issued, with a configurable deadline;
 * the inspector records the result with the inspection sheet (phiếu kiểm tra). A clean result
 * closes it; findings close it by opening a handling case (§4.9) with them.
 */
export const SELF_INSPECTION: CaseKindDefinition<SelfInspectionData> = {
  initialStatus: 'OPEN',
  followers: [INSPECTORS],
  open(input) {
    const reader = new PayloadReader(input, 'input');
    const issuedDate = reader.date('issuedDate');
    reader.throwIfInvalid('CASE_INPUT_INVALID', 'The self-inspection cannot be opened: the input is invalid.');
    return { data: { issuedDate, sheetRef: null, conclusionRef: null, findings: [] }, summary: `Self-inspection opened for the document issued on ${issuedDate}` };
  },
  actions: [
    {
      name: 'recordResult',
      from: ['OPEN'],
      roles: ['inspector'],
      apply({ state, payload }) {
        const reader = new PayloadReader(payload);
        const sheetRef = reader.text('sheetRef', 200);
        const findings = readFindings(reader);
        const conclusionRef = reader.optionalText('conclusionRef', 200);
        if (findings.length > 0 && conclusionRef === null) reader.fail('conclusionRef', 'is required when there are findings (the inspection conclusion)');
        reader.throwIfInvalid();
        const data = { ...state.data, sheetRef, conclusionRef, findings };
        if (findings.length === 0) return { status: 'CLEAN', data, summary: `No defect found (${sheetRef})`, ref: sheetRef, outcome: 'clean' };
        return {
          status: 'FINDINGS',
          data,
          summary: `${findings.length} finding(s); handling opened (${conclusionRef})`,
          ref: conclusionRef,
          outcome: 'handlingOpened',
          effects: [followUpCase(state, 'handling', { conclusionRef }, { findings, conclusionRef, conclusionDate: null })],
        };
      },
    },
  ],
  deadlineOf(state) {
    if (state.status !== 'OPEN') return null;
    return {
      label: 'Tự kiểm tra văn bản',
      rule: { days: state.settings.selfInspectionDays, unit: 'calendar', fromDate: state.data.issuedDate, beforeDate: null, periodRule: 'calendarDaysAfter' },
      escalateTo: [INSPECTORS, { role: 'admin', ofAssignee: false }],
    };
  },
};

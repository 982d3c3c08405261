import { type ActionName } from '../../actions';
import { type ActionHandler } from '../handler';
import { recordChairDecision, recordVetting, recordVote, scheduleDecision, scheduleSession, submit, submitToCouncil } from './adoption';
import { acceptForAppraisal, requestAppraisal, respondToAppraisal, returnIncomplete, submitAppraisalReport } from './appraisal';
import { recordConsulteeReply, requestConsulteeOpinions } from './consultees';
import { addComment, addVersion, closeConsultation, openConsultation } from './drafting';
import { approveProposal, planSchedule, rejectProposal, withdraw } from './proposal';
import { sign } from './signing';

export const HANDLERS: Readonly<Record<ActionName, ActionHandler>> = {
  approveProposal,
  rejectProposal,
  planSchedule,
  addVersion,
  openConsultation,
  addComment,
  closeConsultation,
  requestConsulteeOpinions,
  recordConsulteeReply,
  requestAppraisal,
  acceptForAppraisal,
  returnIncomplete,
  submitAppraisalReport,
  respondToAppraisal,
  submit,
  scheduleDecision,
  submitToCouncil,
  recordVetting,
  scheduleSession,
  recordVote,
  recordChairDecision,
  sign,
  withdraw,
};

import { STATE_LABELS, type Audience, type DraftState, type NotificationData, type NotificationTemplate } from '@legis/domain';
import type { NotificationKind } from '@legis/db';

/** A field of the notification data as text (lists joined). */
const text = (value: NotificationData[string] | undefined): string => (Array.isArray(value) ? value.join('; ') : String(value ?? ''));

/** What a notification says about one step; the state label and document title come with every one. */
const HEADLINES: Partial<Record<NotificationTemplate, (data: NotificationData) => string>> = {
  startDraft: () => 'New drafting proposal awaiting approval',
  approveProposal: () => 'Proposal approved: drafting may start',
  rejectProposal: (d) => `Proposal rejected: ${text(d.reason)}`,
  openConsultation: (d) => `Draft posted for comments for ${text(d.periodDays)} days`,
  consultationPeriodElapsed: () => 'Posting period over: comments may be closed',
  requestConsulteeOpinions: (d) => `Opinion requested within ${text(d.replyDays)} days`,
  requestAppraisal: (d) => `Appraisal requested (version ${text(d.versionNo)}, round ${text(d.round)})`,
  acceptForAppraisal: () => 'Dossier accepted for appraisal',
  returnIncomplete: (d) => `Dossier returned as incomplete: ${text(d.reasons)}`,
  submitAppraisalReport: (d) => `Appraisal report: ${text(d.conclusion)} (${text(d.items)} comments)`,
  respondToAppraisal: (d) => `Appraisal comments answered: ${text(d.accepted)} accepted, ${text(d.explained)} explained`,
  submit: () => 'Draft submitted',
  scheduleDecision: (d) => `Decision scheduled (${text(d.mode)}) on ${text(d.date)}`,
  submitToCouncil: (d) => `Submitted to the council; vetting by ${text(d.committee)}`,
  recordVetting: (d) => `Vetting report: ${text(d.conclusion)}`,
  scheduleSession: (d) => `On the agenda of the council session of ${text(d.sessionDate)}`,
  recordVote: (d) => `Vote: ${text(d.inFavour)} of ${text(d.members)} in favour, ${d.passed ? 'passed' : 'not passed'}`,
  recordChairDecision: (d) => `Chairperson's decision: ${text(d.outcome)}`,
  sign: (d) => `Signed as ${text(d.number)} on ${text(d.signedDate)}, effective ${text(d.effectiveDate)}`,
  withdraw: (d) => `Draft withdrawn: ${text(d.reason)}`,
  recordPublication: () => 'Publication recorded',
  enterIntoForce: (d) => `In force from ${text(d.effectiveDate)}`,
  deadlineReminder: (d) => `Reminder: ${text(d.label)} is due on ${text(d.dueDate)}`,
  deadlineEscalation: (d) => `Overdue: ${text(d.label)} was due on ${text(d.dueDate)}`,
};

export function noticeKind(template: NotificationTemplate): NotificationKind {
  if (template === 'deadlineReminder') return 'reminder';
  if (template === 'deadlineEscalation') return 'escalation';
  return 'action';
}

export function renderNotice(template: NotificationTemplate, data: NotificationData): { title: string; body: string } {
  const headline = HEADLINES[template]?.(data) ?? template;
  const state = STATE_LABELS[data.state as DraftState] ?? text(data.state);
  return { title: `${headline}: ${text(data.title)}`, body: `«${text(data.title)}» — ${headline}. Now: ${state}.` };
}

/** The office records the acts of the collegial bodies and chairpersons, so its admins hear of them. */
export const ROLE_OF_AUDIENCE: Readonly<Record<Exclude<Audience, 'public'>, 'drafter' | 'appraiser' | 'admin'>> = {
  draftingAgency: 'drafter',
  doj: 'appraiser',
  office: 'admin',
  committee: 'admin',
  committeeChair: 'admin',
  council: 'admin',
  councilStandingCommittee: 'admin',
  councilCommittee: 'admin',
  councilChair: 'admin',
  mandatoryConsultees: 'admin',
};

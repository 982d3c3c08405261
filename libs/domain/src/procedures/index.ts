/**
 * The drafting procedure of provincial legal normative documents as a pure state machine, and its
 * rulebook as data (REFERENCE §4.1–§4.6). See README.md for the design.
 */
export { ACTION_NAMES, isActionName, type ActionName, type ActionPayload, type AppraisalItemInput, type AppraisalResponseInput, type DossierEntry, type DraftAction, type SignPayload } from './actions';
export {
  APPRAISAL_CONCLUSIONS,
  COMMENT_AUTHOR_KINDS,
  CONSULTEE_LABELS,
  DECISION_MODES,
  DOC_TYPE_LABELS,
  DRAFT_STATES,
  MANDATORY_CONSULTEES,
  PERFORMER_INFO,
  PERFORMERS,
  PROCEDURE_DOC_TYPES,
  PROCEDURE_LABELS,
  PROCEDURES,
  STATE_LABELS,
  VETTING_CONCLUSIONS,
  type AppraisalConclusion,
  type Audience,
  type CommentAuthorKind,
  type DecisionMode,
  type DraftState,
  type MandatoryConsultee,
  type Performer,
  type PerformerInfo,
  type Procedure,
  type ProcedureDocType,
  type ProcedureOutcome,
  type VettingConclusion,
} from './vocabulary';
export {
  DEFAULT_PROCEDURE_SETTINGS,
  resolveProcedureSettings,
  SETTING_KEYS,
  type ProcedureSettings,
  type SettingDescriptor,
  type SettingKey,
} from './settings';

export { rulebookFor, ruleSetOf } from './rulebook/rulebook-for';
export { describeRulebook, type RulebookDescription, type SettingDescription } from './rulebook/describe-rulebook';
export { ACTION_MOVES, type ActionMove } from './rulebook/action-catalog';
export {
  DOSSIER_ITEM_LABELS,
  DOSSIER_ITEMS,
  FILED_DOSSIER_ITEMS,
  type DossierCondition,
  type DossierItem,
  type DossierRequirement,
  type DossierStage,
  type FiledDossierItem,
} from './rulebook/dossier-items';
export { SIMPLIFIED_GROUNDS_2020, SIMPLIFIED_GROUNDS_2025, type SimplifiedGround } from './rulebook/simplified-grounds';
export { type Confidence, type Sourced } from './rulebook/sources';
export {
  DEADLINE_STEPS,
  type AnchorDate,
  type AnchorEvent,
  type DeadlineAnchor,
  type DeadlineRule,
  type DeadlineStep,
  type PublicationChannel,
  type Rulebook,
  type RulebookStep,
  type RulebookStepMove,
  type RuleSet,
} from './rulebook/types';

export { startDraft, type StartDraftInput } from './machine/start-draft';
export { applyAction } from './machine/apply-action';
export { allowedActions } from './machine/access';
export { deadlineResolved, onDeadline, onReminder } from './machine/timers';
export { enterIntoForce, recordPublication, type PublicationRecord } from './machine/publication';
export { describeState, type DeadlineDescription, type DossierItemStatus, type DraftStateDescription } from './machine/describe-state';
export { historyOf } from './machine/history-query';
export { LIMITS as PROCEDURE_LIMITS } from './machine/limits';
export type { DeadlinePeriod, NotificationData, NotificationTemplate, ProcedureEffect, ProcedureTransition } from './machine/effects';
export type {
  AppraisalItem,
  AppraisalRound,
  AppraisalRoundStatus,
  AppraisalRoundSummary,
  BreachRecord,
  CommentSummary,
  ConsultationRound,
  DeadlineRecord,
  DraftProcedureState,
  HistoryEntry,
  Moment,
  ProcedureActor,
  SigningRecord,
  SystemEvent,
  VersionRef,
  VoteRecord,
} from './machine/state';
export { DOCUMENT_TYPE_OF, issuerNameOf } from './issuer-of';

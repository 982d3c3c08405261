/**
 * Control of issued documents (REFERENCE §4.7–§5) as pure case machines: self-inspection,
 * inspection, handling, review, petitions and detailed-regulation duties. Each case runs in its own
 * workflow (`<kind>-<id>`); see README.md.
 */
export { CASE_KIND_LABELS, CASE_KINDS, FINDING_KIND_LABELS, FINDING_KINDS, type CaseAudience, type CaseKind, type InspectionFinding, type FindingKind } from './vocabulary';
export { CONTROL_SETTING_KEYS, DEFAULT_CONTROL_SETTINGS, resolveControlSettings, type ControlSettingKey, type ControlSettings } from './settings';
export type { CaseActor, CaseDeadline, CaseEffect, CaseHistoryEntry, CaseJson, CaseOpening, CaseTransition, ControlCaseState } from './case-state';
export type { CaseActionContext, CaseActionDefinition, CaseDeadlineRule, CaseKindDefinition, CaseStep } from './case-kind';
export { allowedCaseActions, applyCaseAction, caseDeadlineResolved, onCaseDeadline, onCaseReminder, openCase } from './machine';
export { readFindings } from './findings';
export { formFits, HANDLING_FORM_LABELS, HANDLING_FORM_RELATIONS, HANDLING_FORMS, measureFitProblems, REDRAFT_FORMS, type HandlingForm, type HandlingMeasure, type RedraftForm } from './handling-forms';
export { HANDLING, HANDLING_ACTIVITIES, type HandlingAct, type HandlingData } from './kinds/handling';
export { INSPECTION, INSPECTION_TRIGGERS, type InspectionConclusion, type InspectionData, type InspectionTrigger } from './kinds/inspection';
export { REVIEW_FORMS, REVIEW_GROUNDS, REVIEW_RESULTS, REVIEW_TRIGGERS, reviewCaseId, type ReviewData, type ReviewFinding, type ReviewForm, type ReviewOverlap, type ReviewTrigger } from './kinds/review';

/** Detailed-regulation duties (REFERENCE §4.13): what central documents ask the province to regulate, and what fulfils it. */
export { detectDuties, isDutySource, type DetectDutiesOptions, type DetectedDuty, type DutySourceDocument, type DutySourceProvision } from './detect-duties';
export { dutiesFulfilledBy, localBodyOf, type FulfilmentRelation, type OpenDuty } from './match-fulfilment';
export { provisionEffectiveDates } from './provision-effective-dates';
export { ADDRESSEE_OF, DUTY_ADDRESSEE_LABELS, DUTY_ADDRESSEES, dutyCaseId, type DutyAddressee } from './vocabulary';

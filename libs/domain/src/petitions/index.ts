/** Petitions about issued documents (phản ánh, kiến nghị, REFERENCE §5): pure helpers. */
export { knownPersonalData, maskPersonalData, MASKS, type KnownPersonalData } from './masking';
export { normalizeTrackingCode, TRACKING_CODE_RANDOM_BYTES, trackingCodeFrom } from './tracking-code';
export { PETITION_CATEGORIES, PETITION_CATEGORY_LABELS, petitionRoute, type PetitionCategory, type PetitionRoute } from './classification';
export { PUBLISH_PETITION_ANSWER_ACTIVITY, type PublishPetitionAnswerInput } from './publication';
export { petitionCaseTextOf, readPetitionCaseText, type PetitionCaseText } from './case-texts';

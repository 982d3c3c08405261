import type { RelationType } from '@legis/domain';

/**
 * Directional relation labels in the style of vbpl.vn (REFERENCE §2.5, a secondary source: the
 * exact list of 27 labels is unconfirmed). Each pair reads "source <label> target" and, from the
 * target's record, "target <inverseLabel> source".
 */
export const NATIONAL_DB_RELATION_LABELS = [
  'basis',
  'basisOf',
  'detailAndGuides',
  'detailedAndGuided',
  'guides',
  'guided',
  'amends',
  'amended',
  'replaces',
  'replaced',
  'abrogates',
  'abrogated',
  'suspendExecution',
  'executionSuspended',
  'temporarilySuspends',
  'temporarilySuspended',
  'publish',
  'published',
  'corrects',
  'corrected',
  'consolidates',
  'consolidated',
  'references',
  'referenced',
  'relatedContent',
] as const;
export type NationalDbRelationLabel = (typeof NATIONAL_DB_RELATION_LABELS)[number];

export interface RelationLabelPair {
  label: NationalDbRelationLabel;
  inverseLabel: NationalDbRelationLabel;
}

const PAIRS: Readonly<Record<RelationType, RelationLabelPair>> = {
  BASED_ON: { label: 'basis', inverseLabel: 'basisOf' },
  DETAILS: { label: 'detailAndGuides', inverseLabel: 'detailedAndGuided' },
  IMPLEMENTS: { label: 'guides', inverseLabel: 'guided' },
  AMENDS: { label: 'amends', inverseLabel: 'amended' },
  REPLACES: { label: 'replaces', inverseLabel: 'replaced' },
  REPEALS: { label: 'abrogates', inverseLabel: 'abrogated' },
  SUSPENDS_EXECUTION: { label: 'suspendExecution', inverseLabel: 'executionSuspended' },
  SUSPENDS: { label: 'temporarilySuspends', inverseLabel: 'temporarilySuspended' },
  // Công bố hết hiệu lực is an announcement, which vbpl.vn files under "publish".
  DECLARES_EXPIRED: { label: 'publish', inverseLabel: 'published' },
  CORRECTS: { label: 'corrects', inverseLabel: 'corrected' },
  CONSOLIDATES: { label: 'consolidates', inverseLabel: 'consolidated' },
  CITES: { label: 'references', inverseLabel: 'referenced' },
};

/** Codes this version does not know still travel, as the neutral "relatedContent". */
const UNKNOWN: RelationLabelPair = { label: 'relatedContent', inverseLabel: 'relatedContent' };

/** The vbpl.vn-style label pair of one of our relation codes. */
export function relationLabels(type: string): RelationLabelPair {
  return Object.hasOwn(PAIRS, type) ? PAIRS[type as RelationType] : UNKNOWN;
}

import { flattenProvisions } from '../legal-text';
import { legalBasisFindings } from './basis/legal-basis-findings';
import { delegationFindings } from './delegation/delegation-findings';
import { draftRank } from './draft-issuer';
import { effectiveDateFindings } from './drafting/effective-date-checks';
import { numberingFindings } from './drafting/numbering-checks';
import { parserWarningFindings } from './drafting/parser-warnings';
import { finishPrecheck } from './findings';
import { overlapFindings } from './overlap-report/overlap-findings';
import type { AppraisalPrecheck, AppraisalPrecheckInput } from './types';

/**
 * The automated appraisal pre-check of a draft (REFERENCE §4.1): drafting technique, legal basis,
 * overlaps and conflicts with the law in force, and fit with the delegating provision. Pure: the
 * caller gathers the inputs (basis documents, overlap report, delegation targets and duties).
 */
export function buildAppraisalPrecheck(input: AppraisalPrecheckInput): AppraisalPrecheck {
  const { draft, parsed } = input;
  const drafts = [
    ...parserWarningFindings(parsed.warnings),
    ...numberingFindings(parsed.provisions),
    ...effectiveDateFindings(parsed.provisions, draft.plannedEffectiveDate),
    ...legalBasisFindings(input.basis, draftRank(draft), draft.plannedEffectiveDate),
    ...(input.overlapReport === null ? [] : overlapFindings(input.overlapReport)),
    ...delegationFindings(input.delegation, draft, input.basis),
  ];
  const order = new Map(flattenProvisions(parsed.provisions).map((node) => [node.pathKey, node.order] as const));
  return finishPrecheck(drafts, order);
}

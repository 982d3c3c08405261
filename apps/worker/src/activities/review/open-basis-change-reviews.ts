import { reviewCaseId, vietnamDateOf, type CaseOpening, type ReviewOverlap } from '@legis/domain';
import { RelationGraphRepository, type Dependent } from '@legis/db';
import type { BasisChangeInput, BasisChangeOutcome } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { changedTextOverlaps } from './changed-text-overlaps';
import { changesToReview } from './changes-to-review';
import { listOpenedCases } from './list-opened-cases';
import { startCases } from './start-cases';

/** Central documents walked through between the changed document and the local ones resting on it. */
const MAX_DEPTH = 4;

/**
 * Review on basis change (REFERENCE §4.10): the local documents resting on what changed get a
 * review case each (`review-<documentId>-<changeKey>`), naming the provisions that cite or detail
 * the changed ones and those overlapping the changed text, due `reviewDays` after opening, with
 * the changed basis's effective date as the soft target for the fix.
 */
export async function openBasisChangeReviews(deps: ActivityDependencies, input: BasisChangeInput): Promise<BasisChangeOutcome> {
  const started = performance.now();
  const changes = await changesToReview(deps, input);
  const outcome = { changes: changes.length, dependents: 0, opened: 0, alreadyOpen: 0, overlaps: 0 };
  if (changes.length === 0) return { ...outcome, durationMs: Math.round(performance.now() - started) };
  const by = input.byDocumentId === null ? null : await deps.documents.findById(input.byDocumentId);
  const effectiveDate = input.effectiveDate ?? by?.effectiveDate ?? vietnamDateOf(Date.now());
  const exclude = input.byDocumentId === null ? [] : [input.byDocumentId];

  const bases = changes.map((change) => ({ documentId: change.changedDocumentId, pathKeys: change.changedProvisionPaths }));
  const dependents = (await new RelationGraphRepository(deps.dataSource).dependentsOf(bases, MAX_DEPTH)).filter((dependent) => !exclude.includes(dependent.documentId));
  const overlaps = await changedTextOverlaps(deps, changes, new Set(dependents.map((d) => d.documentId)), effectiveDate, exclude);
  const relationOf = new Map(changes.map((change) => [change.changedDocumentId, change.relation]));
  const openings = dependents.map((dependent) => ({
    opening: reviewOpening(dependent, { ...input, effectiveDate, relation: relationOf.get(dependent.changedDocumentId) ?? null }, overlaps.get(dependent.documentId) ?? []),
    settings: deps.procedures.controlSettings,
    clock: input.clock,
  }));
  await listOpenedCases(deps, openings);
  const { opened, alreadyOpen } = await startCases(openings);
  return {
    ...outcome,
    dependents: dependents.length,
    opened,
    alreadyOpen,
    overlaps: [...overlaps.values()].reduce((sum, list) => sum + list.length, 0),
    durationMs: Math.round(performance.now() - started),
  };
}

function reviewOpening(dependent: Dependent, change: BasisChangeInput & { effectiveDate: string; relation: string | null }, overlaps: ReviewOverlap[]): CaseOpening {
  return {
    kind: 'review',
    caseId: reviewCaseId(dependent.documentId, change.changeKey),
    documentId: dependent.documentId,
    title: [dependent.number, dependent.title].filter(Boolean).join(' ') || dependent.documentId,
    assigneeAgencyId: dependent.draftingAgencyId,
    source: {
      trigger: 'basisChange',
      changeKey: change.changeKey,
      byDocumentId: change.byDocumentId,
      relation: change.relation,
      changedDocumentId: dependent.changedDocumentId,
      basisDocumentId: dependent.basisDocumentId,
    },
    input: {
      trigger: 'basisChange',
      changedDocumentId: dependent.changedDocumentId,
      affectedProvisions: dependent.affectedProvisions,
      overlaps,
      targetFixDate: change.effectiveDate,
    },
  };
}

import { daysBetween, isCivilDate } from '../../calendar';
import { normalizeDocumentNumber } from '../../legal-text';
import { assigneeLabel, draftAssignee } from '../draft-issuer';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import { pathLabel } from '../path-label';
import type { AppraisalDraft, BasisLine, DelegatingTarget, DelegationDuty, DelegationInput, FindingSeverity, JsonValue } from '../types';
import { coveredPathKeys, pathsOverlap } from './delegation-scope';
import { detectDelegations, type DetectedDelegation } from './detect-delegations';
import type { DetailsClaim } from './details-claims';
import { ownerContext } from './owner-context';

interface Located extends DetectedDelegation {
  hostPathKey: string;
  covers: string[];
}

/**
 * Fit with the delegating provision (REFERENCE §4.1, §4.13), per claim of the draft to detail a
 * provision: does that provision delegate to this issuer, is the duty on record, is the delegating
 * document among the basis lines, and does the draft take effect with the delegated content?
 */
export function delegationFindings(input: DelegationInput, draft: AppraisalDraft, basis: readonly BasisLine[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const checkedDocuments = new Set<string>();
  for (const { claim, target } of input.claims) {
    const finding = claimFinding(claim);
    if (target === null) {
      findings.push(
        finding('delegation_target_unresolved', 'info', `The draft says it details ${citedLabel(claim)}, which is not in the database: the delegation could not be verified.`, LEGAL_REFERENCES.competence, {}),
      );
      continue;
    }
    findings.push(fitFinding(claim, target, draft, finding), ...dutyFindings(claim, target, draft, input.duties, finding));
    if (checkedDocuments.has(target.documentId)) continue;
    checkedDocuments.add(target.documentId);
    findings.push(...basisFindings(claim, target, basis, finding), ...effectiveDateFindings(claim, target, draft, input.duties, finding));
  }
  return findings;
}

type MakeFinding = (rule: string, severity: FindingSeverity, message: string, legalReference: string, details: Record<string, JsonValue>) => FindingDraft;

function claimFinding(claim: DetailsClaim): MakeFinding {
  return (rule, severity, message, legalReference, details) => ({
    category: 'delegation',
    rule,
    severity,
    pathKey: claim.sourcePathKey,
    message,
    details: { claim: claim.raw, targetPathKey: claim.targetPathKey, ...details },
    legalReference,
    key: claim.key,
  });
}

function fitFinding(claim: DetailsClaim, target: DelegatingTarget, draft: AppraisalDraft, finding: MakeFinding): FindingDraft {
  const assignee = draftAssignee(draft);
  const issuer = assigneeLabel(assignee, draft.issuerLevel);
  const cited = citedLabel(claim, target);
  const byPath = new Map(target.provisions.map((provision) => [provision.pathKey, provision]));
  const found = target.provisions.flatMap(({ pathKey, text }) =>
    detectDelegations(text, { owner: ownerContext(pathKey, byPath) }).map(
      (delegation): Located => ({ ...delegation, hostPathKey: pathKey, covers: coveredPathKeys(delegation, pathKey) }),
    ),
  );
  const isOurs = (d: Located) => d.assignee === assignee && d.level === draft.issuerLevel;
  const covering = found.filter((d) => d.covers.some((key) => pathsOverlap(key, claim.targetPathKey)));
  const describe = (d: Located): JsonValue => ({ assignee: d.assignee, level: d.level, kind: d.kind, phrase: d.phrase, subject: d.subject, at: d.hostPathKey, covers: d.covers });
  const ours = covering.find(isOurs);
  if (ours) {
    return finding('delegation_confirmed', 'info', `${cited} delegates to the ${issuer}: "${ours.phrase} ${ours.subject}".`, LEGAL_REFERENCES.competence, {
      delegation: describe(ours),
    });
  }
  if (covering.length > 0) {
    const other = covering[0];
    return finding(
      'delegation_wrong_assignee',
      'blocking',
      `${cited} delegates to the ${assigneeLabel(other.assignee, other.level)} ("${other.phrase}"), not to the ${issuer}: the draft's issuer lacks the competence to detail it.`,
      LEGAL_REFERENCES.competence,
      { delegations: covering.map(describe) },
    );
  }
  const elsewhere = found.filter(isOurs);
  if (elsewhere.length > 0) {
    const keys = [...new Set(elsewhere.flatMap((d) => d.covers))].map(pathLabel).join(', ');
    return finding(
      'delegation_scope_mismatch',
      'warning',
      `${pathLabel(articleOf(claim.targetPathKey))} of ${documentOf(claim, target)} delegates to the ${issuer} only ${keys}, not the cited ${pathLabel(claim.targetPathKey)}: a detailed regulation details only the delegated content.`,
      LEGAL_REFERENCES.competence,
      { delegations: elsewhere.map(describe) },
    );
  }
  return finding(
    'delegation_not_found',
    'warning',
    `No delegation to a provincial or commune body was found in ${pathLabel(articleOf(claim.targetPathKey))} of ${documentOf(claim, target)}: check that it delegates the cited content to the ${issuer}.`,
    LEGAL_REFERENCES.competence,
    { delegations: found.map(describe) },
  );
}

function dutyFindings(claim: DetailsClaim, target: DelegatingTarget, draft: AppraisalDraft, duties: readonly DelegationDuty[], finding: MakeFinding): FindingDraft[] {
  const matching = dutiesFor(claim, target, duties);
  const cited = citedLabel(claim, target);
  if (matching.length === 0) {
    return [finding('delegation_duty_missing', 'info', `No delegation duty is on record for ${cited}; record it so that the backlog report counts it.`, LEGAL_REFERENCES.delegationDuties, {})];
  }
  const assignee = draftAssignee(draft);
  if (matching.some((duty) => duty.assignee === assignee)) return [];
  return [
    finding(
      'delegation_duty_assignee',
      'warning',
      `The delegation duty on record for ${cited} is assigned to ${matching.map((duty) => duty.assignee).join(', ')}, not to ${assignee}.`,
      LEGAL_REFERENCES.delegationDuties,
      { duties: matching.map((duty) => ({ sourcePathKey: duty.sourcePathKey, assignee: duty.assignee, subject: duty.subject, dueDate: duty.dueDate })) },
    ),
  ];
}

function basisFindings(claim: DetailsClaim, target: DelegatingTarget, basis: readonly BasisLine[], finding: MakeFinding): FindingDraft[] {
  const number = target.documentNumber === null ? null : normalizeDocumentNumber(target.documentNumber);
  const cited = basis.some(
    ({ basis: line, resolved }) =>
      resolved?.documentId === target.documentId || (number !== null && line.number !== null && normalizeDocumentNumber(line.number) === number),
  );
  if (cited) return [];
  return [
    finding(
      'delegation_basis_missing',
      'warning',
      `The draft details ${citedLabel(claim, target)} but does not cite that document in its "Căn cứ" lines; the basis includes the higher-ranking document that gives the content to detail.`,
      LEGAL_REFERENCES.basis,
      { documentId: target.documentId },
    ),
  ];
}

/** Law 64/2025 Art. 53(2): a detailed regulation takes effect when the delegated content does. */
function effectiveDateFindings(claim: DetailsClaim, target: DelegatingTarget, draft: AppraisalDraft, duties: readonly DelegationDuty[], finding: MakeFinding): FindingDraft[] {
  const due = target.effectiveDate ?? dutiesFor(claim, target, duties).find((duty) => duty.dueDate !== null)?.dueDate ?? null;
  const planned = draft.plannedEffectiveDate;
  const cited = citedLabel(claim, target);
  if (due === null) return [];
  if (planned === null) {
    return [finding('delegation_effective_unplanned', 'info', `${cited} takes effect on ${due}; the draft has no planned effective date to compare.`, LEGAL_REFERENCES.detailedEffect, { due })];
  }
  if (planned === due || !isCivilDate(planned) || !isCivilDate(due)) return [];
  const days = daysBetween(due, planned);
  if (days < 0) {
    return [
      finding(
        'delegation_effective_early',
        'blocking',
        `The draft is planned to take effect on ${planned}, ${-days} days before ${cited} (${due}); it cannot take effect before the content it details.`,
        LEGAL_REFERENCES.detailedEffect,
        { due, planned, days },
      ),
    ];
  }
  return [
    finding(
      'delegation_effective_late',
      'warning',
      `The draft is planned to take effect on ${planned}, ${days} days after ${cited} (${due}); a detailed regulation must take effect together with the delegated content.`,
      LEGAL_REFERENCES.detailedEffect,
      { due, planned, days },
    ),
  ];
}

function dutiesFor(claim: DetailsClaim, target: DelegatingTarget, duties: readonly DelegationDuty[]): DelegationDuty[] {
  if (target.documentNumber === null) return [];
  const number = normalizeDocumentNumber(target.documentNumber);
  return duties.filter((duty) => normalizeDocumentNumber(duty.sourceDocumentNumber) === number && pathsOverlap(duty.sourcePathKey, claim.targetPathKey));
}

/** "khoản 3 Điều 12 of 31/2024/QH15". */
function citedLabel(claim: DetailsClaim, target?: DelegatingTarget): string {
  return `${pathLabel(claim.targetPathKey)} of ${documentOf(claim, target)}`;
}

function documentOf(claim: DetailsClaim, target?: DelegatingTarget): string {
  return target?.documentNumber ?? claim.document.number ?? claim.document.name ?? 'the cited document';
}

/** "d12.k3.a" → "d12" (with the prefix of an attached instrument, if any). */
function articleOf(pathKey: string): string {
  const segments = pathKey.split('.');
  const article = segments.findIndex((segment) => /^d\d/u.test(segment));
  return article < 0 ? pathKey : segments.slice(0, article + 1).join('.');
}

import type { CitedDocument } from '@legis/db';
import {
  buildAppraisalPrecheck as precheckOf,
  DOCUMENT_TYPE_OF,
  documentRank,
  documentTitleKey,
  findDetailsClaims,
  normalizeDocumentNumber,
  parseLegalText,
  type AppraisalPrecheck,
  type BasisLine,
  type DelegatingTarget,
  type DocType,
  type DraftIssuerKind,
  type IssuerLevel,
  type OverlapReportFinding,
  type ProcedureDocType,
  type ResolvedBasisDocument,
} from '@legis/domain';
import { ApplicationFailure } from '@temporalio/activity';
import type { ActivityDependencies } from '../activity-dependencies';

const ISSUER_KIND: Readonly<Record<ProcedureDocType, DraftIssuerKind>> = { COUNCIL_RESOLUTION: 'council', COMMITTEE_DECISION: 'committee', CHAIR_DECISION: 'chair' };
/** After this long without an overlap report the pre-check goes ahead without one (and says so). */
const OVERLAP_REPORT_WAIT_MS = 10 * 60_000;

/**
 * Builds and stores the automated pre-check of the version sent for appraisal: drafting technique,
 * legal basis resolved against the database, overlaps from the stored overlap report, delegation
 * fit. Waits (by failing retryably) while the version's intake is still running.
 */
export async function buildAppraisalPrecheck(deps: ActivityDependencies, input: { documentId: string; versionId: string }): Promise<{ findings: number }> {
  const version = await deps.documents.findVersionById(input.versionId);
  if (!version) throw ApplicationFailure.nonRetryable(`No version ${input.versionId}`, 'VERSION_NOT_FOUND');
  const procedure = await deps.draftProcedures.find(input.documentId);
  if (!procedure) throw ApplicationFailure.nonRetryable(`No draft procedure for ${input.documentId}`, 'DRAFT_NOT_FOUND');

  let precheck: AppraisalPrecheck;
  if (version.status === 'failed' || version.status === 'needs_ocr' || version.text === null) {
    if (version.status !== 'failed' && version.status !== 'needs_ocr') throw ApplicationFailure.retryable(`Version ${version.versionNo} is still being read`, 'VERSION_NOT_READY');
    precheck = unreadable(version.versionNo, version.status, version.statusReason);
  } else {
    if (version.status !== 'indexed') throw ApplicationFailure.retryable(`Version ${version.versionNo} is still being indexed`, 'VERSION_NOT_READY');
    const report = await deps.overlapReports.find(version.id);
    if (!report && (await overlapReportMayCome(deps, input.documentId)) && Date.now() - version.updatedAt.getTime() < OVERLAP_REPORT_WAIT_MS) {
      throw ApplicationFailure.retryable(`The overlap report of version ${version.versionNo} is not ready`, 'OVERLAP_REPORT_NOT_READY');
    }
    const docType = procedure.procedureType as ProcedureDocType;
    const parsed = parseLegalText(version.text);
    precheck = precheckOf({
      draft: {
        documentId: input.documentId,
        docType: DOCUMENT_TYPE_OF[docType],
        issuerLevel: 'provincial',
        issuerKind: ISSUER_KIND[docType],
        number: null,
        plannedEffectiveDate: procedure.plannedEffectiveDate,
        versionNo: version.versionNo,
      },
      parsed,
      basis: await Promise.all(parsed.legalBasis.map(async (basis): Promise<BasisLine> => ({ basis, resolved: resolvedBasis(await cited(deps, basis)) }))),
      overlapReport: report ? { findings: report.findings as OverlapReportFinding[] } : null,
      delegation: {
        claims: await Promise.all(findDetailsClaims(parsed).map(async (claim) => ({ claim, target: await delegatingTarget(deps, claim.document, claim.targetPathKey) }))),
        // Delegation duties are not recorded yet; the pre-check reports the claims it could verify from the texts.
        duties: [],
      },
    });
  }
  await deps.appraisalPrechecks.save({ versionId: version.id, documentId: input.documentId, summary: precheck.summary, findings: precheck.findings });
  return { findings: precheck.findings.length };
}

/**
 * Intake checks overlaps for drafts only: a document signed before the intake of its version got
 * that far (the procedure does not wait for its pre-check) never gets an overlap report for it.
 */
async function overlapReportMayCome(deps: ActivityDependencies, documentId: string): Promise<boolean> {
  return (await deps.documents.findById(documentId))?.kind === 'draft';
}

function cited(deps: ActivityDependencies, ref: { number: string | null; docType: DocType | null; title?: string | null; name?: string | null }) {
  return deps.appraisalSources.findCited({
    numberKey: ref.number ? normalizeDocumentNumber(ref.number) : null,
    titleKey: ref.number ? null : documentTitleKey(ref.docType, ref.title ?? ref.name ?? null),
  });
}

function resolvedBasis(document: CitedDocument | null): ResolvedBasisDocument | null {
  if (!document) return null;
  const docType = document.docType;
  return {
    documentId: document.id,
    number: document.number,
    docType,
    title: document.title,
    issuerCode: document.numberIssuerCode,
    authorityRank: document.isNormative ? documentRank({ docType, numberIssuerCode: document.numberIssuerCode, issuerLevel: document.issuerLevel as IssuerLevel | null }) : null,
    validityStatus: document.validityStatus ?? 'NOT_YET_EFFECTIVE',
    effectiveDate: document.effectiveDate,
    expiryDate: document.expiryDate,
    issuedDate: document.issuedDate,
    adoptedOrSigned: document.kind === 'issued',
  };
}

async function delegatingTarget(deps: ActivityDependencies, ref: { number: string | null; docType: DocType | null; name: string | null }, targetPathKey: string): Promise<DelegatingTarget | null> {
  const document = await cited(deps, ref);
  if (!document?.currentVersionId) return null;
  const article = targetPathKey.split('.')[0];
  const provisions = await deps.appraisalSources.articleOf(document.currentVersionId, article);
  return {
    documentId: document.id,
    documentNumber: document.number,
    docType: document.docType,
    title: document.title,
    provisions: provisions.map((provision) => ({ pathKey: provision.pathKey, heading: provision.heading, text: provision.text })),
    effectiveDate: document.effectiveDate,
  };
}

/** A version whose text could not be read gets a pre-check that says so instead of none. */
function unreadable(versionNo: number, status: string, reason: string | null): AppraisalPrecheck {
  return {
    summary: { blocking: 0, warnings: 1, info: 0 },
    findings: [
      {
        id: `text_unavailable:v${versionNo}`,
        category: 'drafting_technique',
        rule: 'text_unavailable',
        severity: 'warning',
        pathKey: null,
        message: `The text of version ${versionNo} could not be read (${status}${reason ? `: ${reason}` : ''}); upload a readable version for the automated checks.`,
        details: { versionNo, status },
        legalReference: '',
      },
    ],
  };
}

import { DOCUMENT_TYPE_OF, DomainError, issuerNameOf, normalizeDocumentNumber, parseDocumentNumber, regimeVersionOn, type VersionStatus } from '@legis/domain';
import type { SignedDocument } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ActivityDependencies } from '../activity-dependencies';
import { indexVersion } from '../intake-index.activity';
import { refusal } from './domain-refusal';

const UNIQUE_VIOLATION = '23505';

function numberTaken(number: string, holder: string | null): DomainError {
  return new DomainError('conflict', 'NUMBER_TAKEN', `Number ${number} is already used by this issuer for this type and year${holder ? ` (document ${holder})` : ''}.`, {
    extensions: holder ? { existingId: holder } : {},
    fieldErrors: [{ field: 'number', message: 'is already used by this issuer for this type and year' }],
  });
}

/** The signed draft becomes an issued document and is reindexed as such, in one activity. */
export async function issueSignedDocument(deps: ActivityDependencies, input: SignedDocument): Promise<void> {
  await recordSignedDocument(deps, input);
  await indexSignedDocument(deps, input.documentId);
}

/** Where a version's intake has ended: read and indexed, or unreadable. */
const INTAKE_OVER: readonly VersionStatus[] = ['indexed', 'needs_ocr', 'failed'];

/**
 * Reindexes the current version of an issued document (its number, issuer and status) once the
 * intake of its text is over: the procedure does not wait for it, so a draft may be signed while
 * its last upload is still being read, and its publication (the next effect) needs that text.
 */
export async function indexSignedDocument(deps: ActivityDependencies, documentId: string): Promise<void> {
  // Versions come oldest first; the current one is set only once the last upload has been parsed.
  const latest = (await deps.documents.listVersions(documentId)).at(-1);
  if (latest && !INTAKE_OVER.includes(latest.status)) throw ApplicationFailure.retryable(`Version ${latest.versionNo} is still being read`, 'VERSION_NOT_READY');
  const document = await deps.documents.findById(documentId);
  if (document?.currentVersionId) await indexVersion(deps, document.currentVersionId);
}

/**
 * The signed draft becomes an issued document (not yet in effect) under its issuer. The number is
 * unique per issuer, type and year: the check gives a clear refusal, the unique index settles a
 * race. Idempotent for the same document.
 */
export async function recordSignedDocument(deps: ActivityDependencies, input: SignedDocument): Promise<void> {
  const parsed = parseDocumentNumber(input.number);
  if (!parsed.ok || parsed.value.year == null) {
    throw refusal(new DomainError('invalid', 'DOCUMENT_NUMBER_INVALID', `The number ${input.number} cannot be read.`, { fieldErrors: [{ field: 'number', message: 'must read like 12/2026/QĐ-UBND' }] }));
  }
  const number = parsed.value;
  const docType = DOCUMENT_TYPE_OF[input.docType];
  const workflowId = Context.current().info.workflowExecution?.workflowId ?? null;
  const document = await deps.documents.findById(input.documentId);
  if (!document) throw ApplicationFailure.nonRetryable(`No document ${input.documentId}`, 'DOCUMENT_NOT_FOUND');

  try {
    await deps.dataSource.transaction(async (manager) => {
      const issuer = await deps.issuers.ensure(issuerNameOf(input.docType, deps.publication.provinceName), manager);
      const holder = await deps.documents.numberHolder(manager, { issuerId: issuer.id, docType, year: number.year!, seq: String(number.seqValue) }, input.documentId);
      if (holder) throw refusal(numberTaken(input.number, holder));
      const fields = {
        kind: 'issued',
        docType,
        number: input.number,
        numberKey: normalizeDocumentNumber(input.number),
        numberSeq: String(number.seqValue),
        numberYear: number.year,
        numberTypeCode: number.typeCode,
        numberIssuerCode: number.issuerCode,
        issuerId: issuer.id,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        signingCapacity: input.signingCapacity,
        issuedDate: input.signedDate,
        effectiveDate: input.effectiveDate,
        validityStatus: 'NOT_YET_EFFECTIVE',
        regimeVersion: document.regimeVersion ?? regimeVersionOn(input.signedDate),
      };
      await manager.update('documents', { id: input.documentId }, fields);
      await deps.audit.record(manager, {
        actorType: input.actor.userId ? 'user' : 'workflow',
        actorId: input.actor.userId ?? null,
        action: 'document.signed',
        entityType: 'document',
        entityId: input.documentId,
        before: { kind: document.kind, number: document.number },
        after: { number: input.number, signedDate: input.signedDate, effectiveDate: input.effectiveDate, signer: input.signerName },
        workflowId,
        idempotencyKey: `${workflowId ?? input.documentId}:signed`,
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw refusal(numberTaken(input.number, null));
    throw error;
  }
}

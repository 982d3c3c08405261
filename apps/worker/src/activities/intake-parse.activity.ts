import {
  deriveColumns,
  type DocumentFields,
  fieldsFromText,
  mergeFields,
  parseLegalText,
  relationCandidates,
  vietnamDateOf,
} from '@legis/domain';
import type { DocumentEntity, DocumentVersionEntity } from '@legis/db';
import type { ParseOutcome } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { EntityManager } from 'typeorm';
import type { ActivityDependencies } from './activity-dependencies';

/**
 * Parses a version's text and, in one transaction, replaces its provisions and relations, fills the
 * document fields the uploader did not set, links references in both directions, and records the
 * result. Running it again replaces everything it wrote; it never duplicates.
 */
export async function parseVersion(deps: ActivityDependencies, versionId: string): Promise<ParseOutcome> {
  const info = Context.current().info;
  return deps.dataSource.transaction(async (manager) => {
    const version = await deps.documents.findVersionById(versionId, manager);
    if (!version?.text) throw ApplicationFailure.nonRetryable(`Version ${versionId} has no extracted text`, 'NO_TEXT');
    const document = (await deps.documents.findById(version.documentId, manager))!;
    const parsed = parseLegalText(version.text);
    const fields = mergeFields(currentFields(document), document.providedFields, fieldsFromText(parsed, version.text));
    const issuer = document.providedFields.includes('issuerName') || !fields.issuerName ? document.issuer : await deps.issuers.ensure(fields.issuerName, manager);
    const derived = deriveColumns(
      fields,
      {
        kind: document.kind,
        expiryDate: document.expiryDate,
        validityStatus: document.validityStatus,
        validityProvided: document.providedFields.includes('validityStatus'),
        normativeProvided: document.providedFields.includes('isNormative'),
        isNormative: document.isNormative,
      },
      vietnamDateOf(Date.now()),
    );

    const numbered = derived.parsedNumber?.year != null && issuer != null && fields.docType != null;
    if (numbered) {
      const key = { issuerId: issuer.id, docType: fields.docType!, year: derived.parsedNumber!.year!, seq: String(derived.parsedNumber!.seqValue) };
      const holder = await deps.documents.numberHolder(manager, key, document.id);
      if (holder) {
        const reason = `NUMBER_TAKEN: ${fields.number} of ${issuer.name} already belongs to document ${holder}.`;
        await deps.documents.setVersionStatus(versionId, 'failed', reason, manager);
        return { outcome: 'failed', reason };
      }
    }

    const isLatest = await isLatestVersion(manager, version);
    if (isLatest) {
      await manager.update('documents', { id: document.id }, {
        docType: fields.docType,
        number: fields.number,
        numberKey: derived.numberKey,
        numberSeq: numbered ? String(derived.parsedNumber!.seqValue) : null,
        numberYear: derived.parsedNumber?.year ?? null,
        numberTypeCode: derived.parsedNumber?.typeCode ?? null,
        numberIssuerCode: derived.parsedNumber?.issuerCode ?? null,
        issuerId: issuer?.id ?? null,
        title: fields.title,
        titleKey: derived.titleKey,
        signerName: fields.signerName,
        signerTitle: fields.signerTitle,
        signingCapacity: fields.signingCapacity,
        issuedDate: fields.issuedDate,
        effectiveDate: fields.effectiveDate,
        validityStatus: derived.validityStatus,
        regimeVersion: document.regimeVersion ?? derived.regimeVersion,
        isNormative: derived.isNormative,
        currentVersionId: version.id,
      });
    }
    await manager.update('document_versions', { id: versionId }, {
      status: 'parsed',
      statusReason: null,
      warnings: parsed.warnings,
      parsedMetadata: { ...parsed.metadata, legalBasis: parsed.legalBasis.length, amendments: parsed.amendments.length, notes: parsed.notes },
    });
    const provisions = await deps.provisions.replaceForVersion(manager, { documentId: document.id, versionId, documentNumber: fields.number }, parsed.provisions);
    const relations = await deps.relations.replaceParsedForVersion(manager, { documentId: document.id, versionId }, relationCandidates(parsed));
    if (isLatest) {
      await deps.relations.resolvePendingTo(manager, { id: document.id, numberKey: derived.numberKey, titleKey: derived.titleKey, issuerId: issuer?.id ?? null, issuedDate: fields.issuedDate });
    }
    await deps.audit.record(manager, {
      actorType: 'workflow',
      action: 'document.version.parsed',
      entityType: 'document',
      entityId: document.id,
      after: { versionNo: version.versionNo, number: fields.number, provisions, relations, warnings: parsed.warnings.length },
      workflowId: info.workflowExecution?.workflowId ?? null,
      idempotencyKey: `${info.workflowExecution?.runId ?? versionId}:parsed`,
    });
    return { outcome: 'parsed', documentId: document.id, kind: document.kind, provisions, relations, warnings: parsed.warnings.length };
  });
}

function currentFields(document: DocumentEntity): DocumentFields {
  return {
    docType: document.docType,
    number: document.number,
    title: document.title,
    issuerName: document.issuer?.name ?? null,
    signerName: document.signerName,
    signerTitle: document.signerTitle,
    signingCapacity: document.signingCapacity,
    issuedDate: document.issuedDate,
    effectiveDate: document.effectiveDate,
  };
}

async function isLatestVersion(manager: EntityManager, version: DocumentVersionEntity): Promise<boolean> {
  const rows: { latest: number }[] = await manager.query('SELECT max(version_no) AS latest FROM document_versions WHERE document_id = $1', [version.documentId]);
  return rows[0]?.latest === version.versionNo;
}

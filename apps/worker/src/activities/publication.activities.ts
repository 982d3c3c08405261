import { createHash } from 'node:crypto';
import { buildNationalDbRecord, NationalDbConnector, PermanentPublicationError, publicationDocumentOf } from '@legis/national-db';
import type { ChannelOutcome, PublicationActivities } from '@legis/workflows/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';

/**
 * Publication activities. The provincial e-Gazette is this system's own public record (the issued
 * document, readable without an account); the National Legal Database is an external receiver
 * reached through the connector, idempotent on the document key, so a retry never publishes twice.
 */
export function createPublicationActivities(deps: ActivityDependencies): PublicationActivities {
  const connector = deps.publication.nationalDb ? new NationalDbConnector({ ...deps.publication.nationalDb, maxAttempts: 3 }) : null;
  const workflowId = () => Context.current().info.workflowExecution?.workflowId ?? null;

  return {
    async publishToGazette({ documentId, publishedOn }) {
      const existing = (await deps.publications.ofDocument(documentId)).find((p) => p.channel === 'gazette' && p.status === 'published');
      if (existing) return { outcome: 'published', externalId: existing.externalId!, url: existing.url };
      const document = await deps.documents.findById(documentId);
      if (!document) throw ApplicationFailure.nonRetryable(`No document ${documentId}`, 'DOCUMENT_NOT_FOUND');
      const issue = await deps.publications.nextGazetteIssue(Number(publishedOn.slice(0, 4)));
      const url = `/api/v1/documents/${documentId}`;
      // The issue's date (noon in Vietnam, so the UTC date is the same day).
      const publishedAt = new Date(`${publishedOn}T12:00:00+07:00`);
      await deps.publications.upsert(documentId, 'gazette', { status: 'published', externalId: issue, url, publishedAt, lastError: null });
      await audit(deps, documentId, 'document.published.gazette', { issue }, workflowId());
      return { outcome: 'published', externalId: issue, url };
    },

    async publishToNationalDb({ documentId }): Promise<ChannelOutcome> {
      if (!connector) {
        await deps.publications.upsert(documentId, 'national_db', { status: 'pending', lastError: 'NATIONAL_DB_URL is not configured' });
        await deps.adminTasks.open({
          kind: 'national_db_not_configured',
          title: 'Set NATIONAL_DB_URL and credentials, then retry the publication of this document',
          detail: { documentId },
          entityType: 'document',
          entityId: documentId,
          idempotencyKey: `national-db-not-configured:${documentId}`,
        });
        return { outcome: 'not_configured' };
      }
      const source = await deps.publicationSources.load(documentId);
      if (!source) throw ApplicationFailure.nonRetryable(`Document ${documentId} has no parsed version`, 'NOT_PARSED');
      const record = buildNationalDbRecord(publicationDocumentOf(source, { defaultTerritorialScope: deps.publication.provinceName }));
      try {
        const receipt = await connector.publish(record, { signal: Context.current().cancellationSignal });
        await deps.publications.upsert(documentId, 'national_db', {
          status: 'published',
          externalId: receipt.publicationId,
          url: receipt.url,
          revision: receipt.revision,
          publishedAt: new Date(),
          lastError: null,
        });
        await audit(deps, documentId, 'document.published.nationalDb', { publicationId: receipt.publicationId, outcome: receipt.outcome, attempts: receipt.attempts }, workflowId());
        return { outcome: 'published', externalId: receipt.publicationId, url: receipt.url };
      } catch (error) {
        if (!(error instanceof PermanentPublicationError)) throw error;
        const reason = `${error.code} (${error.status}): ${error.message}${error.fieldErrors.length ? ` — ${error.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}` : ''}`;
        await deps.publications.upsert(documentId, 'national_db', { status: 'failed', lastError: reason });
        await deps.adminTasks.open({
          kind: 'national_db_rejected',
          title: 'The National Legal Database refused the record of this document',
          detail: { documentId, reason, fieldErrors: error.fieldErrors },
          entityType: 'document',
          entityId: documentId,
          idempotencyKey: `national-db-rejected:${documentId}:${createHash('sha256').update(reason).digest('hex').slice(0, 16)}`,
        });
        return { outcome: 'rejected', reason };
      }
    },
  };
}

async function audit(deps: ActivityDependencies, documentId: string, action: string, after: Record<string, unknown>, workflowId: string | null): Promise<void> {
  await deps.dataSource.transaction((manager) =>
    deps.audit.record(manager, { actorType: 'workflow', action, entityType: 'document', entityId: documentId, after, workflowId, idempotencyKey: `${workflowId ?? documentId}:${action}` }),
  );
}

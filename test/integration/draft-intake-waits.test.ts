import { createHash, randomUUID } from 'node:crypto';
import { createDataSource, DocumentEntity, DocumentRepository, DocumentVersionEntity, DraftProcedureRepository, IdentityRepository } from '@legis/db';
import { DOCUMENT_FIELD_NAMES, DOCUMENT_TYPE_OF, type VersionStatus } from '@legis/domain';
import { createMeiliClient, indexUid } from '@legis/search';
import { draftWorkflowId } from '@legis/workflows/contracts';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { buildActivityDependencies, type ActivityDependencies } from '../../apps/worker/src/activities';
import { buildAppraisalPrecheck } from '../../apps/worker/src/activities/drafts/appraisal-precheck';
import { indexSignedDocument } from '../../apps/worker/src/activities/drafts/issue-signed-document';
import { corpusDocument } from '../support/corpus';
import { DRAFT_TEXT } from '../support/draft-flow';
import { sharedStack } from '../support/shared-stack';

/**
 * The procedure does not wait for the intake of an uploaded version, so under load a draft may be
 * sent for appraisal, or even signed, while its text is still being read. What needs that text
 * waits for it (by failing retryably, so Temporal tries again), and stops waiting for what cannot
 * come anymore.
 */
describe('draft activities waiting for the intake of a version', () => {
  let dataSource: DataSource;
  let deps: ActivityDependencies;

  beforeAll(async () => {
    const shared = sharedStack();
    dataSource = createDataSource({ url: shared.appEnv.DATABASE_URL! });
    await dataSource.initialize();
    const search = { url: shared.meiliUrl, apiKey: shared.appEnv.MEILI_MASTER_KEY, indexPrefix: '' };
    deps = buildActivityDependencies(dataSource, createMeiliClient(search), search, 'precheck-test');
  });

  afterAll(async () => dataSource?.destroy());

  /** A committee decision's draft with one version at `status` of its intake, without an overlap report. */
  async function draftWithVersion(status: VersionStatus): Promise<{ documentId: string; versionId: string }> {
    const documentId = randomUUID();
    const agencyId = (await new IdentityRepository(dataSource).findAgencyByCode('SNNMT'))!.id;
    const title = `Quy định thử nghiệm ${documentId.slice(0, 6)}`;
    await dataSource.getRepository(DocumentEntity).insert({ id: documentId, kind: 'draft', docType: DOCUMENT_TYPE_OF.COMMITTEE_DECISION, title, draftingAgencyId: agencyId, isNormative: true, providedFields: [...DOCUMENT_FIELD_NAMES] });
    await dataSource.transaction((manager) =>
      new DraftProcedureRepository(dataSource).createPending(manager, {
        documentId,
        workflowId: draftWorkflowId(documentId),
        procedureType: 'COMMITTEE_DECISION',
        procedure: 'normal',
        regimeVersion: 'LAW64_87_2025',
        state: 'UNDER_APPRAISAL',
        draftingAgencyId: agencyId,
        appraiserUserId: null,
        title,
        plannedEffectiveDate: null,
        nextDueDate: null,
        nextDueStep: null,
        overdue: false,
        outcome: null,
        startInput: {},
      }),
    );
    const bytes = Buffer.from(`${documentId} bản dự thảo`);
    const file = { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: 'du-thao.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    const version = await dataSource.transaction((manager) => new DocumentRepository(dataSource).addVersion(manager, documentId, file, null));
    await dataSource.getRepository(DocumentVersionEntity).update({ id: version.id }, { text: corpusDocument(DRAFT_TEXT).text, status });
    return { documentId, versionId: version.id };
  }

  async function failureOf(work: Promise<unknown>): Promise<unknown> {
    return work.then(
      () => null,
      (error: unknown) => error,
    );
  }

  it('pre-check: waits for the overlap report while the document is a draft', async () => {
    const { documentId, versionId } = await draftWithVersion('indexed');
    const failure = await failureOf(buildAppraisalPrecheck(deps, { documentId, versionId }));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'OVERLAP_REPORT_NOT_READY', nonRetryable: false });
    expect(await deps.appraisalPrechecks.latest(documentId)).toBeNull();
  });

  it('pre-check: goes ahead without the report once the document has been issued (intake checks overlaps of drafts only)', async () => {
    const { documentId, versionId } = await draftWithVersion('indexed');
    await dataSource.getRepository(DocumentEntity).update({ id: documentId }, { kind: 'issued' });
    await buildAppraisalPrecheck(deps, { documentId, versionId });
    expect(await deps.appraisalPrechecks.latest(documentId)).toMatchObject({ versionId });
  });

  it('index of the signed document: waits while the text is being read, then indexes it as issued', async () => {
    const { documentId, versionId } = await draftWithVersion('extracting');
    await dataSource.getRepository(DocumentEntity).update({ id: documentId }, { kind: 'issued' });
    expect(await failureOf(indexSignedDocument(deps, documentId))).toMatchObject({ type: 'VERSION_NOT_READY', nonRetryable: false });
    expect((await deps.documents.findVersionById(versionId))?.status).toBe('extracting');

    // The intake ends: the version parsed (the document's current one) and indexed.
    await dataSource.getRepository(DocumentEntity).update({ id: documentId }, { currentVersionId: versionId });
    await deps.documents.setVersionStatus(versionId, 'indexed');
    await indexSignedDocument(deps, documentId);
    expect(await deps.meili.index(indexUid(deps.search, 'documents')).getDocument(documentId)).toMatchObject({ id: documentId, kind: 'issued' });
  });
});

import { randomUUID } from 'node:crypto';
import { DocumentEntity, RelationEntity } from '@legis/db';
import { normalizeDocumentNumber, type CaseActor, type CaseOpening } from '@legis/domain';
import { toIndexId } from '@legis/search';
import { basisChangeWorkflowId, caseActionUpdate, caseViewQuery, CONTROL_CASE_WORKFLOW, draftWorkflowId, handlingCaseId, inspectionCaseId, REAL_DAY_MS, type CaseView } from '@legis/workflows/contracts';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { corpusDocument } from '../support/corpus';
import { DraftHarness } from '../support/draft-harness';
import { eventually } from '../support/wait';

/**
 * Inspection by competence and handling (REFERENCE §4.8–§4.9) on the time-skipping test server
 * with the real activities: the 30-day limit and its escalation, a dispute, a repeal that changes
 * validity in PostgreSQL and Meilisearch, and an amendment that starts a new draft.
 */
describe('inspection and handling cases (time-skipping)', () => {
  let harness: DraftHarness;
  let issuer: CaseActor;
  const inspector: CaseActor = { userId: randomUUID(), roles: ['inspector'], agencyId: null };
  const admin: CaseActor = { userId: randomUUID(), roles: ['admin'], agencyId: null };
  const text = corpusDocument('tnt305-33afd0d9738224e1').text;
  const year = new Date().getUTCFullYear();
  const number = () => `${6000 + Math.floor(Math.random() * 3000)}/${year}/QĐ-UBND`;

  beforeAll(async () => {
    harness = await DraftHarness.start();
    issuer = { userId: randomUUID(), roles: ['drafter'], agencyId: await harness.agencyId('SNNMT') };
  }, 120_000);

  afterAll(async () => harness?.stop());

  /** A document in force with its real provisions, indexed (intake of a corpus text, then issued). */
  async function issuedDocument() {
    const documentId = await harness.newDocument({ docType: 'COMMITTEE_DECISION', title: `Quy định kiểm tra ${randomUUID().slice(0, 6)}`, draftingAgencyId: issuer.agencyId! });
    const version = await harness.uploadVersion(documentId, text);
    expect(version.status).toBe('indexed');
    const docNumber = number();
    await harness.dataSource.getRepository(DocumentEntity).update({ id: documentId }, { kind: 'issued', number: docNumber, numberKey: normalizeDocumentNumber(docNumber), validityStatus: 'IN_FORCE', issuedDate: '2026-01-05', effectiveDate: '2026-01-15' });
    const provisions = await harness.deps.provisions.ofVersion(version.versionId);
    const article = provisions.find((provision) => provision.level === 'article' && provisions.some((child) => child.parentId === provision.id))!;
    return { documentId, versionId: version.versionId, provisions, article };
  }

  /** How the worker's activities open a case: with the settings left for the case to load. */
  const startOptions = (opening: CaseOpening) => ({
    workflowId: opening.caseId,
    taskQueue: harness.taskQueue,
    args: [{ opening, settings: null, clock: { origin: new Date(Date.now()).toISOString(), dayMs: REAL_DAY_MS } }],
  });

  /** Starts a case and waits until it answers (its view is there once the settings are loaded). */
  async function start(opening: CaseOpening): Promise<WorkflowHandle> {
    const handle = await harness.env.client.workflow.start(CONTROL_CASE_WORKFLOW, startOptions(opening));
    await answering(handle);
    return handle;
  }

  const answering = (handle: WorkflowHandle) => eventually(() => view(handle).catch(() => null), (current) => current !== null);

  const act = (handle: WorkflowHandle, action: string, payload: unknown, actor: CaseActor) => handle.executeUpdate(caseActionUpdate, { args: [action, { payload, actor }] });
  const view = (handle: WorkflowHandle): Promise<CaseView> => handle.query(caseViewQuery);

  async function refusal(action: Promise<unknown>) {
    const error = await action.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const failure = (error as WorkflowUpdateFailedError).cause as unknown as { type: string; details: { kind: string; fieldErrors?: { field: string }[] }[] };
    return { code: failure.type, ...failure.details[0] };
  }

  /** A handling case's workflow, once its parent has started it. */
  async function handlingOf(caseId: string): Promise<WorkflowHandle> {
    const handle = harness.env.client.workflow.getHandle(handlingCaseId(caseId));
    await answering(handle);
    return handle;
  }

  it('takes an action sent in the same instant the case opens, while the case still loads its settings', async () => {
    const opening: CaseOpening = { kind: 'inspection', caseId: `inspection-${randomUUID()}`, documentId: null, title: 'Kiểm tra', assigneeAgencyId: null, source: { reason: 'test' }, input: { trigger: 'received', receivedDate: '2026-02-01' } };
    // Start and action reach the workflow together, in its first task, before the settings are loaded.
    const result = await harness.env.client.workflow.executeUpdateWithStart(caseActionUpdate, {
      args: ['assign', { payload: { inspectorUserId: inspector.userId }, actor: inspector }],
      startWorkflowOperation: new WithStartWorkflowOperation(CONTROL_CASE_WORKFLOW, { ...startOptions(opening), workflowIdConflictPolicy: 'FAIL' }),
    });
    expect(result).toMatchObject({ status: 'ASSIGNED', entry: { event: 'assign' } });
    const handle = harness.env.client.workflow.getHandle(opening.caseId);
    expect((await answering(handle))!.state).toMatchObject({ status: 'ASSIGNED', data: { inspectorUserId: inspector.userId } });
    await harness.recordHistory('case-inspection-action-as-opened', opening.caseId);
  });

  it('concludes an inspection with findings, escalates the overdue handling, and the repeal by the superior changes validity and search', async () => {
    const { documentId, provisions, article } = await issuedDocument();
    const caseId = inspectionCaseId(documentId);
    const inspection = await start({ kind: 'inspection', caseId, documentId, title: 'QĐ kiểm tra', assigneeAgencyId: null, source: { reason: 'test' }, input: { trigger: 'found', receivedDate: '2026-02-01' } });
    const today = (await view(inspection)).today;
    const findings = [{ pathKey: article.pathKey, kind: 'UNLAWFUL_CONTENT', description: 'Quy định trái Luật Đất đai.' }];
    await act(inspection, 'recordConclusion', {
      sheetRef: 'PKT-3/STP',
      findings,
      conclusionRef: 'KL-3/KL-STP',
      conclusionDate: today,
      legalGrounds: [{ document: 'Luật Đất đai 31/2024/QH15', pathKey: 'd3' }],
      requestedForms: ['repeal'],
    }, inspector);
    await eventually(() => harness.deps.controlCases.find(caseId), (row) => row?.outcome === 'handlingOpened');

    const handling = await handlingOf(caseId);
    expect((await view(handling)).state).toMatchObject({ kind: 'handling', status: 'REQUIRED', data: { findings, conclusionDate: today, requestedForms: ['repeal'] } });
    expect(await refusal(act(handling, 'escalate', { ref: 'CV-1/STP' }, inspector))).toMatchObject({ code: 'HANDLING_NOT_OVERDUE' });

    // Nobody handles it within 30 days of the conclusion: a breach, escalation notices, then the inspector refers it up.
    await harness.skip(32);
    const handlingId = handlingCaseId(caseId);
    await eventually(() => harness.deps.controlCases.find(handlingId), (row) => row?.overdue === true);
    expect((await harness.deps.breaches.ofDocument(documentId)).map((breach) => breach.step)).toContain('handling: Xử lý văn bản trái pháp luật');
    const escalations: { recipient_role: string }[] = await harness.dataSource.query(`SELECT recipient_role FROM notifications WHERE workflow_id = $1 AND kind = 'escalation'`, [handlingId]);
    expect(new Set(escalations.map((row) => row.recipient_role))).toEqual(new Set(['inspector', 'admin']));
    await act(handling, 'escalate', { ref: 'CV-2/STP', reason: 'Quá hạn xử lý.' }, inspector);
    expect((await view(handling)).state).toMatchObject({ status: 'ESCALATED', data: { escalation: { cause: 'overdue' } } });

    // The competent authority repeals the article itself; its act is in the database.
    const actNumber = number();
    const actId = randomUUID();
    await harness.dataSource.getRepository(DocumentEntity).insert({ id: actId, kind: 'issued', docType: 'DECISION', number: actNumber, numberKey: normalizeDocumentNumber(actNumber), title: 'Bãi bỏ', isNormative: true, providedFields: [] });
    const signedDate = (await view(handling)).today;
    const misfit = await refusal(act(handling, 'recordHandlingAct', { number: actNumber, signedDate, measures: [{ form: 'correct', pathKeys: [article.pathKey] }] }, admin));
    expect(misfit).toMatchObject({ code: 'HANDLING_FORM_MISFIT', kind: 'invalid' });
    await act(handling, 'recordHandlingAct', { number: actNumber, signedDate, measures: [{ form: 'repeal', pathKeys: [article.pathKey] }] }, admin);

    await eventually(() => harness.deps.documents.findById(documentId), (document) => document?.validityStatus === 'PARTIALLY_EXPIRED');
    const ended = (await harness.deps.provisions.ofVersion((await harness.deps.documents.findById(documentId))!.currentVersionId!)).filter((p) => p.validityStatus === 'FULLY_EXPIRED');
    const underArticle = provisions.filter((p) => p.pathKey === article.pathKey || p.pathKey.startsWith(`${article.pathKey}.`));
    expect(ended.map((p) => p.pathKey).sort()).toEqual(underArticle.map((p) => p.pathKey).sort());
    expect(ended.every((p) => p.validUntil === signedDate)).toBe(true);
    const relations = await harness.dataSource.getRepository(RelationEntity).findBy({ sourceDocumentId: actId, targetDocumentId: documentId });
    expect(relations).toEqual([expect.objectContaining({ type: 'REPEALS', targetPathKey: article.pathKey, origin: 'workflow' })]);
    const indexed = await eventually(
      () => harness.deps.meili.index('provisions').getDocument(toIndexId(article.id)),
      (document) => document.validityStatus === 'FULLY_EXPIRED',
    );
    expect(indexed.validityStatus).toBe('FULLY_EXPIRED');
    await eventually(() => harness.deps.meili.index('documents').getDocument(toIndexId(documentId)), (document) => document.validityStatus === 'PARTIALLY_EXPIRED');
    const audit: { action: string }[] = await harness.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND workflow_id = $2`, [documentId, handlingId]);
    expect(audit.map((entry) => entry.action)).toEqual(['document.validity.changed']);

    // What rests on the handled document is reviewed (REFERENCE §4.10), once per handling.
    const review = await eventually(() => harness.env.client.workflow.getHandle(basisChangeWorkflowId(handlingId)).describe().catch(() => null), (description) => description !== null);
    expect(review?.type).toBe('basisChangeReview');

    // The act must be published within 3 days.
    await act(handling, 'recordPublication', { publishedDate: signedDate, publicationRef: 'Công báo tỉnh số 7' }, issuer);
    await eventually(() => harness.deps.controlCases.find(handlingId), (row) => row?.outcome === 'handledBySuperior');
    await harness.recordHistory('case-handling-escalated-repeal', handlingId);
  }, 240_000);

  it('escalates a disputed conclusion; the authority sends it back and the issuer starts a replacing draft', async () => {
    const { documentId } = await issuedDocument();
    const sourceCaseId = `self-inspection-${documentId}`;
    const handling = await start({
      kind: 'handling',
      caseId: handlingCaseId(sourceCaseId),
      documentId,
      title: 'QĐ tự kiểm tra',
      assigneeAgencyId: issuer.agencyId,
      source: { caseId: sourceCaseId, kind: 'selfInspection' },
      input: { findings: [{ pathKey: null, kind: 'UNLAWFUL_COMPETENCE', description: 'Ban hành sai thẩm quyền.' }], conclusionRef: 'KL-9/STP', conclusionDate: null },
    });
    const opened = await view(handling);
    expect(opened.state.data).toMatchObject({ limitFrom: opened.today });

    await act(handling, 'dispute', { reason: 'Văn bản ban hành đúng thẩm quyền theo Luật 72/2025/QH15.', ref: 'CV-40/SNN' }, issuer);
    expect((await view(handling)).state).toMatchObject({ status: 'ESCALATED', deadline: null, data: { escalation: { cause: 'dispute', ref: 'CV-40/SNN' } } });
    expect(await refusal(act(handling, 'decide', { ref: 'VB-1', outcome: 'noAction' }, inspector))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
    const notices = await eventually(
      (): Promise<{ recipient_role: string }[]> => harness.dataSource.query(`SELECT recipient_role FROM notifications WHERE workflow_id = $1 AND title LIKE '%caseDisputed%'`, [handling.workflowId]),
      (rows) => rows.length >= 2,
    );
    expect(new Set(notices.map((row) => row.recipient_role))).toEqual(new Set(['inspector', 'admin']));

    await act(handling, 'decide', { ref: 'VB-77/UBND', outcome: 'issuerHandles' }, admin);
    const decided = await view(handling);
    expect(decided.state).toMatchObject({ status: 'REQUIRED', data: { limitFrom: decided.today, decision: { outcome: 'issuerHandles' } }, deadline: { id: 'deadline-2' } });

    const draftDocumentId = randomUUID();
    await act(handling, 'startRedraft', { form: 'replace', docType: 'COMMITTEE_DECISION', title: 'Quy định thay thế', draftingAgencyId: issuer.agencyId, draftDocumentId }, issuer);
    const draft = await eventually(() => harness.env.client.workflow.getHandle(draftWorkflowId(draftDocumentId)).describe().catch(() => null), (description) => description?.status.name === 'RUNNING');
    expect(draft?.type).toBe('draft');
    expect(await harness.deps.draftProcedures.find(draftDocumentId)).toMatchObject({ documentId: draftDocumentId, procedureType: 'COMMITTEE_DECISION' });
    expect(await harness.dataSource.getRepository(RelationEntity).findBy({ sourceDocumentId: draftDocumentId })).toEqual([
      expect.objectContaining({ type: 'REPLACES', targetDocumentId: documentId, targetPathKey: null, detail: { caseId: handling.workflowId, form: 'replace' } }),
    ]);
    expect((await view(handling)).state).toMatchObject({ status: 'REDRAFTING', data: { redraft: { draftDocumentId, form: 'replace' } }, deadline: { id: 'deadline-2' } });
    await harness.recordHistory('case-handling-disputed-redraft', handling.workflowId);
  }, 240_000);
});

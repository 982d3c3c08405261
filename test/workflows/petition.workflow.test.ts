import { randomUUID } from 'node:crypto';
import { DocumentEntity, PetitionEntity, PetitionRepository } from '@legis/db';
import { resolveControlSettings, type CaseActor, type CaseOpening } from '@legis/domain';
import { caseActionUpdate, caseViewQuery, CONTROL_CASE_WORKFLOW, REAL_DAY_MS, type CaseView } from '@legis/workflows/contracts';
import type { WorkflowHandle } from '@temporalio/client';
import { DraftHarness } from '../support/draft-harness';
import { historyText } from '../support/history-text';
import { eventually } from '../support/wait';

const PETITIONER = { name: 'Lê Văn Tám', email: 'le.van.tam@example.vn', phone: '0987 111 222', address: null };

/**
 * A petition case on the time-skipping test server with the real activities: its note and answer
 * are stored in PostgreSQL as the API stores them, the case gets their ids, and the answer is
 * published masked; nothing personal enters the history.
 */
describe('petition cases (time-skipping)', () => {
  let harness: DraftHarness;
  let agencyId: string;

  beforeAll(async () => {
    harness = await DraftHarness.start();
    agencyId = await harness.agencyId('SNNMT');
  }, 120_000);

  afterAll(async () => harness?.stop());

  const act = (handle: WorkflowHandle, action: string, payload: unknown, actor: CaseActor) => handle.executeUpdate(caseActionUpdate, { args: [action, { payload, actor }] });
  const view = (handle: WorkflowHandle): Promise<CaseView> => handle.query(caseViewQuery);

  it('classifies, answers and publishes a petition by reference to its stored texts; its history holds none of them', async () => {
    const documentId = randomUUID();
    await harness.dataSource.getRepository(DocumentEntity).insert({ id: documentId, kind: 'issued', title: 'Quy định mức hỗ trợ', number: `${randomUUID().slice(0, 4)}/2026/QĐ-UBND`, draftingAgencyId: agencyId, isNormative: true, providedFields: [] });
    const petitions = new PetitionRepository(harness.dataSource);
    const petitionId = randomUUID();
    const caseId = `petition-${petitionId}`;
    await harness.dataSource.transaction((manager) =>
      petitions.create(
        manager,
        { id: petitionId, trackingCode: randomUUID().slice(0, 14), caseId, documentId, pathKeys: ['d2.k1'], content: `Tôi là ${PETITIONER.name}, đề nghị hướng dẫn Khoản 1 Điều 2.`, categoryHint: 'question', publicationConsent: true, assigneeAgencyId: agencyId, receivedDate: '2026-03-02' },
        PETITIONER,
      ),
    );
    const noteId = randomUUID();
    const answerId = randomUUID();
    await harness.dataSource.transaction(async (manager) => {
      await petitions.addText(manager, { id: noteId, petitionId, field: 'note', body: `${PETITIONER.name} hỏi về thời điểm áp dụng.`, writtenBy: null });
      await petitions.addText(manager, { id: answerId, petitionId, field: 'answer', body: `Kính gửi ${PETITIONER.name} (${PETITIONER.phone}): Khoản 1 Điều 2 áp dụng từ ngày ký.`, writtenBy: null });
    });
    const opening: CaseOpening = {
      kind: 'petition',
      caseId,
      documentId,
      title: 'Phản ánh, kiến nghị về Quy định mức hỗ trợ',
      assigneeAgencyId: agencyId,
      source: { channel: 'portal', petitionId },
      input: { petitionId, receivedDate: '2026-03-02', pathKeys: ['d2.k1'], categoryHint: 'question' },
    };
    const handle = await harness.env.client.workflow.start(CONTROL_CASE_WORKFLOW, {
      workflowId: caseId,
      taskQueue: harness.taskQueue,
      args: [{ opening, settings: resolveControlSettings(), clock: { origin: new Date(Date.now()).toISOString(), dayMs: REAL_DAY_MS } }],
    });
    await eventually(() => view(handle).catch(() => null), (current) => current !== null && current.state.deadline?.dueDate != null);
    const reviewer: CaseActor = { userId: randomUUID(), roles: ['reviewer'], agencyId };

    await act(handle, 'classify', { category: 'question', noteId }, reviewer);
    await act(handle, 'answer', { answerId, answerRef: '45/SNN-PC' }, reviewer);
    expect(await act(handle, 'publishAnswer', {}, reviewer)).toMatchObject({ status: 'PUBLISHED' });
    await handle.result();

    const published = await harness.dataSource.getRepository(PetitionEntity).findOneByOrFail({ id: petitionId });
    expect(published).toMatchObject({ publishedAnswer: 'Kính gửi [họ tên] ([số điện thoại]): Khoản 1 Điều 2 áp dụng từ ngày ký.', answerRef: '45/SNN-PC', category: 'question' });
    const history = historyText(await handle.fetchHistory());
    expect([PETITIONER.name, PETITIONER.email, PETITIONER.phone, 'Tôi là', 'Kính gửi', 'hỏi về'].filter((text) => history.includes(text))).toEqual([]);
    expect(history).toContain(answerId);
    await harness.recordHistory('case-petition-answered', caseId);
  });
});

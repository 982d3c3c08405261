import { randomUUID } from 'node:crypto';
import { reviewCaseId, type ProcedureActor } from '@legis/domain';
import { caseActionUpdate, caseViewQuery, selfInspectionCaseId, intakeWorkflowId, type DraftWorkflowResult } from '@legis/workflows/contracts';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { corpusDocument } from '../support/corpus';
import { DraftHarness, plusDays } from '../support/draft-harness';
import { GraphFixture } from '../support/graph-fixture';
import { eventually } from '../support/wait';

/**
 * The drafting procedure end to end on the time-skipping test server, with the real activities:
 * every document type, the simplified procedure, a missed appraisal limit and the NOT_ELIGIBLE
 * loop. Weeks of legal time pass in seconds.
 */
/** Four whole procedures with real activities: minutes on a busy 2-core machine. */
jest.setTimeout(300_000);
/**
 * The time-skipping test server sometimes stops skipping time after a draft completes (README,
 * Limitations); the harness's `skip` releases the stuck lock. Should a procedure still stall, each
 * test has a server of its own, so a second attempt starts clean; the first attempt's errors, with
 * the harness's report of what the workflows were doing, are printed.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('draft workflow (time-skipping)', () => {
  let harness: DraftHarness;
  let drafter: ProcedureActor;
  let office: ProcedureActor;
  const appraiser: ProcedureActor = { userId: randomUUID(), roles: ['appraiser'], agencyId: null };
  const decisionText = corpusDocument('tnt305-33afd0d9738224e1').text;
  const resolutionText = corpusDocument('tnt305-03741adae8c7c410').text;
  /** A number nobody else in this database has (numbers are unique per issuer, type and year). */
  const seq = () => 5000 + Math.floor(Math.random() * 4000);

  // A test server of its own per procedure: a procedure's leftovers must not slow another's skips.
  beforeEach(async () => {
    harness = await DraftHarness.start();
    drafter = { userId: randomUUID(), roles: ['drafter'], agencyId: await harness.agencyId('SNNMT') };
    office = { userId: randomUUID(), roles: ['admin'], agencyId: await harness.agencyId('VPUBND') };
  }, 120_000);

  afterEach(async () => harness?.stop());

  async function begin(docType: 'COMMITTEE_DECISION' | 'COUNCIL_RESOLUTION' | 'CHAIR_DECISION', procedure: 'normal' | 'simplified' = 'normal') {
    const title = `Quy định thử nghiệm ${randomUUID().slice(0, 6)}`;
    const documentId = await harness.newDocument({ docType, title, draftingAgencyId: drafter.agencyId! });
    const handle = await harness.startDraft({
      documentId,
      docType,
      procedure,
      regime: 'LAW64_87_2025',
      draftingAgencyId: drafter.agencyId!,
      title,
      ...(procedure === 'simplified' ? { simplifiedGround: 'b' } : {}),
      registeredBy: drafter,
    });
    return { documentId, handle };
  }

  async function addVersion(handle: WorkflowHandle, documentId: string, text: string, recordIntakeAs?: string) {
    const version = await harness.uploadVersion(documentId, text);
    expect(version.status).toBe('indexed');
    if (recordIntakeAs) await harness.recordHistory(recordIntakeAs, intakeWorkflowId(version.versionId));
    await harness.act(handle, 'addVersion', { versionId: version.versionId, versionNo: version.versionNo }, drafter);
    return version;
  }

  async function refusal(action: Promise<unknown>) {
    const error = await action.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const failure = (error as WorkflowUpdateFailedError).cause as unknown as { type: string; details: { kind: string; extensions?: Record<string, unknown> }[] };
    return { code: failure.type, ...failure.details[0] };
  }

  async function consult(handle: WorkflowHandle, days: number) {
    await harness.act(handle, 'openConsultation', {}, drafter);
    expect(await refusal(harness.act(handle, 'closeConsultation', { feedbackReportRef: 'BC-1/SNN' }, drafter))).toMatchObject({ code: 'ACTION_NOT_ALLOWED', kind: 'invalid_state' });
    await harness.act(handle, 'addComment', { authorKind: 'public', text: 'Đề nghị làm rõ đối tượng áp dụng.', pathKey: 'd1' }, drafter);
    // The posting period ends on a working day: depending on the weekday the test starts on, a
    // weekend or holiday may push it further, so days pass one at a time until it has elapsed.
    await harness.skip(days + 1);
    const elapsed = async () => (await harness.view(handle)).description.consultation.current?.periodElapsed === true;
    for (let extra = 0; extra < 6 && !(await eventually(elapsed, (done) => done, 5_000).catch(() => false)); extra++) await harness.skip(1);
    expect(await elapsed()).toBe(true);
    await harness.act(handle, 'closeConsultation', { feedbackReportRef: 'BC-1/SNN', commentCopiesRef: 'file-comments-1' }, drafter);
  }

  /** Signs, waits for both publications, lets the effective date come, and returns the workflow's result. */
  async function signAndEnterIntoForce(handle: WorkflowHandle, documentId: string, sign: { number: string; signingCapacity: 'TM' | null; delayDays: number; recordAs: string }) {
    const today = (await harness.view(handle)).today;
    const effectiveDate = plusDays(today, sign.delayDays);
    await harness.act(handle, 'sign', { number: sign.number, signerName: 'Nguyễn Văn A', signerTitle: 'Chủ tịch', signingCapacity: sign.signingCapacity, signedDate: today, effectiveDate }, office);
    await eventually(
      async () => (await harness.view(handle)).description.publication,
      (publication) => publication.gazette !== null && publication.nationalDatabase !== null,
      60_000,
    );
    if (sign.delayDays > 0) await harness.skip(sign.delayDays + 1);
    const result = await harness.result<DraftWorkflowResult>(handle);
    await harness.recordHistory(`draft-${sign.recordAs}`, handle.workflowId);
    await harness.recordHistory(`publication-${sign.recordAs}`, `publication-${documentId}`);
    const document = await harness.deps.documents.findById(documentId);
    expect(document).toMatchObject({ kind: 'issued', number: sign.number, validityStatus: 'IN_FORCE', effectiveDate, issuedDate: today });
    expect(harness.nationalDb.records.filter((record) => (record.record as { number?: string }).number === sign.number)).toHaveLength(1);
    return result;
  }

  it('takes a committee decision through a missed appraisal limit and the NOT_ELIGIBLE loop to entry into force', async () => {
    const { documentId, handle } = await begin('COMMITTEE_DECISION');
    await harness.act(handle, 'approveProposal', { actRef: '1523/UBND-KT' }, office);
    await addVersion(handle, documentId, decisionText, 'intake-draft');
    await consult(handle, 20);
    expect((await harness.deps.draftComments.list(documentId, {}, 1, 10)).items).toEqual([expect.objectContaining({ commentId: 'c1', authorKind: 'public', pathKey: 'd1' })]);

    await harness.act(handle, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-45/SNN' }] }, drafter);
    await harness.act(handle, 'acceptForAppraisal', {}, appraiser);
    await eventually(() => harness.deps.appraisalPrechecks.latest(documentId), (precheck) => precheck !== null, 60_000);

    // The appraisal limit (10 days) passes: a breach and an escalation, never an automatic approval.
    await harness.skip(12);
    const workflowId = handle.workflowId;
    await eventually(
      () => harness.deps.breaches.ofDocument(documentId),
      (breaches) => breaches.some((breach) => breach.step === 'appraisal'),
    );
    const escalations: { n: number }[] = await harness.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE workflow_id = $1 AND kind = 'escalation'`, [workflowId]);
    expect(escalations[0].n).toBeGreaterThan(0);
    expect((await harness.view(handle)).description.state).toBe('UNDER_APPRAISAL');

    await harness.act(handle, 'submitAppraisalReport', { reportRef: 'BC-210/STP', conclusion: 'NOT_ELIGIBLE', items: [{ id: 'a1', pathKey: 'd1', text: 'Phạm vi điều chỉnh chưa rõ.', severity: 'major' }] }, appraiser);
    expect((await harness.view(handle)).description.state).toBe('DRAFTING');
    expect(await refusal(harness.act(handle, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-46/SNN' }] }, drafter))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });

    await addVersion(handle, documentId, `${decisionText}\n`);
    await harness.act(handle, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-46/SNN' }] }, drafter);
    await harness.act(handle, 'acceptForAppraisal', {}, appraiser);
    await harness.act(handle, 'submitAppraisalReport', { reportRef: 'BC-230/STP', conclusion: 'ELIGIBLE_WITH_REVISIONS', items: [{ id: 'b1', pathKey: 'd2', text: 'Rà soát kỹ thuật trình bày.' }] }, appraiser);
    await harness.act(handle, 'respondToAppraisal', { responseReportRef: 'BC-95/SNN', responses: [{ itemId: 'b1', response: 'explained', note: 'Đã đúng mẫu.' }] }, drafter);
    await harness.act(handle, 'submit', {}, drafter);
    const today = (await harness.view(handle)).today;
    await harness.act(handle, 'scheduleDecision', { mode: 'meeting', date: today, actRef: 'TB-301/VP' }, office);
    await harness.act(handle, 'recordVote', { inFavour: 20, members: 27, actRef: 'BB-12/UBND' }, office);

    const number = `${seq()}/${today.slice(0, 4)}/QĐ-UBND`;
    expect(await refusal(harness.act(handle, 'sign', { number, signerName: 'A', signerTitle: 'Chủ tịch', signingCapacity: 'TM', signedDate: today, effectiveDate: plusDays(today, 3) }, office))).toMatchObject({
      code: 'EFFECTIVE_DATE_TOO_EARLY',
    });
    expect(await signAndEnterIntoForce(handle, documentId, { number, signingCapacity: 'TM', delayDays: 10, recordAs: 'committee-decision' })).toEqual({ outcome: 'inForce', state: 'IN_FORCE' });

    const path = (await harness.view(handle)).history.map((entry) => entry.event);
    expect(path).toEqual(
      expect.arrayContaining(['approveProposal', 'openConsultation', 'consultationPeriodElapsed', 'closeConsultation', 'deadlineBreached', 'submitAppraisalReport', 'recordVote', 'sign', 'recordPublication', 'enterIntoForce']),
    );
    const projected = await harness.deps.draftProcedures.find(documentId);
    expect(projected).toMatchObject({ state: 'IN_FORCE', outcome: 'inForce', overdue: false });

    // Issuing opened the self-inspection; a clean inspection sheet closes it.
    const inspection = harness.env.client.workflow.getHandle(selfInspectionCaseId(documentId));
    expect((await inspection.query(caseViewQuery)).state).toMatchObject({ kind: 'selfInspection', status: 'OPEN', documentId });
    const inspector: ProcedureActor = { userId: randomUUID(), roles: ['inspector'], agencyId: null };
    await inspection.executeUpdate(caseActionUpdate, { args: ['recordResult', { payload: { sheetRef: 'PKT-01/STP', findings: [] }, actor: inspector }] });
    await eventually(() => harness.deps.controlCases.find(selfInspectionCaseId(documentId)), (row) => row?.outcome === 'clean');
    await harness.recordHistory('case-self-inspection-clean', selfInspectionCaseId(documentId));
  });

  it('takes a council resolution through vetting, the session vote and the Chairperson’s signature', async () => {
    const { documentId, handle } = await begin('COUNCIL_RESOLUTION');
    await harness.act(handle, 'approveProposal', { actRef: 'TB-12/TTHĐND' }, office);
    await addVersion(handle, documentId, resolutionText);
    await consult(handle, 20);
    const today = (await harness.view(handle)).today;
    await harness.act(handle, 'planSchedule', { councilSessionDate: plusDays(today, 40) }, office);
    await harness.act(handle, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-7/SNN' }] }, drafter);
    await harness.act(handle, 'acceptForAppraisal', {}, appraiser);
    await harness.act(handle, 'submitAppraisalReport', { reportRef: 'BC-300/STP', conclusion: 'ELIGIBLE', items: [] }, appraiser);
    await harness.act(handle, 'respondToAppraisal', { responseReportRef: 'BC-96/SNN', responses: [] }, drafter);
    await harness.act(handle, 'submit', {}, drafter);
    await harness.act(handle, 'submitToCouncil', { actRef: 'TTr-512/UBND', vettingCommittee: 'Ban Kinh tế - Ngân sách' }, office);
    await harness.act(handle, 'recordVetting', { reportRef: 'BC-40/BKTNS', conclusion: 'ELIGIBLE' }, office);
    const sessionDay = (await harness.view(handle)).today;
    await harness.act(handle, 'scheduleSession', { sessionDate: sessionDay, sessionName: 'Kỳ họp thứ 5' }, office);
    await harness.act(handle, 'recordVote', { inFavour: 40, members: 50, actRef: 'NQ-KH5' }, office);
    const number = `${seq()}/${sessionDay.slice(0, 4)}/NQ-HĐND`;
    expect(await signAndEnterIntoForce(handle, documentId, { number, signingCapacity: null, delayDays: 10, recordAs: 'council-resolution' })).toEqual({ outcome: 'inForce', state: 'IN_FORCE' });

    // Nobody self-inspects within the limit (30 days from signing): a breach and an escalation, the case stays open.
    await harness.skip(25);
    const caseId = selfInspectionCaseId(documentId);
    await eventually(() => harness.deps.controlCases.find(caseId), (row) => row?.overdue === true);
    expect((await harness.deps.breaches.ofDocument(documentId)).map((breach) => breach.step)).toContain('selfInspection: Tự kiểm tra văn bản');
    expect(await harness.deps.controlCases.find(caseId)).toMatchObject({ status: 'OPEN', outcome: null, breaches: 1 });
    await harness.recordHistory('case-self-inspection-overdue', caseId);
  });

  it('takes a Chairperson’s decision through the four mandatory consultees without formal appraisal', async () => {
    const { documentId, handle } = await begin('CHAIR_DECISION');
    await harness.act(handle, 'approveProposal', { actRef: 'VB-900/UBND' }, office);
    await addVersion(handle, documentId, decisionText);
    await harness.act(handle, 'requestConsulteeOpinions', { requestRef: 'CV-77/SNN' }, drafter);
    for (const consultee of ['finance', 'homeAffairs', 'justice', 'scienceTechnology'] as const) {
      await harness.act(handle, 'recordConsulteeReply', { consultee, replyRef: `CV-${consultee}` }, drafter);
    }
    await consult(handle, 10);
    await harness.act(handle, 'submit', { dossier: [{ item: 'submission', ref: 'TTr-60/SNN' }] }, drafter);
    await harness.act(handle, 'recordChairDecision', { outcome: 'approved', actRef: 'PG-12/VP' }, office);
    const today = (await harness.view(handle)).today;
    const result = await signAndEnterIntoForce(handle, documentId, { number: `${seq()}/${today.slice(0, 4)}/QĐ-CTUBND`, signingCapacity: null, delayDays: 10, recordAs: 'chair-decision' });
    expect(result.outcome).toBe('inForce');
    expect((await harness.view(handle)).history.map((entry) => entry.event)).not.toContain('requestAppraisal');
  });

  it('runs the simplified procedure: no posting, a 7-day appraisal, effect on the signing day, and a review of what rests on the decision it replaces', async () => {
    const { documentId, handle } = await begin('COMMITTEE_DECISION', 'simplified');
    await harness.act(handle, 'approveProposal', { actRef: 'QĐ-1990/QĐ-UBND' }, office);
    await addVersion(handle, documentId, decisionText);
    await harness.act(handle, 'requestAppraisal', { dossier: [{ item: 'submission', ref: 'TTr-9' }] }, drafter);
    const appraisal = (await harness.view(handle)).description.deadlines.find((deadline) => deadline.step === 'appraisal');
    expect(appraisal).toMatchObject({ days: 7 });
    await harness.act(handle, 'acceptForAppraisal', {}, appraiser);
    await harness.act(handle, 'submitAppraisalReport', { reportRef: 'BC-1/STP', conclusion: 'ELIGIBLE', items: [] }, appraiser);
    await harness.act(handle, 'respondToAppraisal', { responseReportRef: 'BC-2', responses: [] }, drafter);
    await harness.act(handle, 'submit', {}, drafter);
    const today = (await harness.view(handle)).today;
    await harness.act(handle, 'scheduleDecision', { mode: 'writtenConsultation', date: today }, office);
    await harness.act(handle, 'recordVote', { inFavour: 25, members: 27, actRef: 'PLYK-9' }, office);
    // The decision replaces an older one, on which a third rests (REFERENCE §4.10).
    const graph = new GraphFixture(harness.dataSource);
    const province = await graph.issuer('Ủy ban nhân dân tỉnh thử', 'provincial');
    const replaced = await graph.document('thay thế', province);
    const resting = await graph.document('căn cứ', province);
    await graph.relate('BASED_ON', resting, replaced);
    await graph.relate('REPLACES', documentId, replaced);
    const result = await signAndEnterIntoForce(handle, documentId, { number: `${seq()}/${today.slice(0, 4)}/QĐ-UBND`, signingCapacity: 'TM', delayDays: 0, recordAs: 'simplified-decision' });
    expect(result).toEqual({ outcome: 'inForce', state: 'IN_FORCE' });

    expect(await harness.deps.documents.findById(replaced)).toMatchObject({ validityStatus: 'FULLY_EXPIRED', expiryDate: today });
    const review = await eventually(() => harness.deps.controlCases.find(reviewCaseId(resting, documentId)), (row) => row !== null, 60_000);
    expect(review).toMatchObject({ kind: 'review', status: 'OPEN', documentId: resting });
    // Listed before its workflow starts: the workflow answers once it runs.
    const view = await eventually(() => harness.env.client.workflow.getHandle(review!.caseId).query(caseViewQuery).catch(() => null), (answer) => answer !== null, 60_000);
    expect(view!.state).toMatchObject({
      source: { trigger: 'basisChange', changeKey: documentId, byDocumentId: documentId, relation: 'REPLACES', changedDocumentId: replaced },
      data: { trigger: 'basisChange', changedDocumentId: replaced, targetFixDate: today },
    });
    expect(await harness.deps.controlCases.find(reviewCaseId(replaced, documentId))).toBeNull();
  });
});

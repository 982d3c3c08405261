import { randomInt } from 'node:crypto';
import { parseCivilDate, startOfVietnamDay } from '@legis/domain';
import { Client, Connection } from '@temporalio/client';
import { ApiClient, unique } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { addDays } from '../support/draft-flow';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';
import { amendingText, lawText, provincialText } from '../support/night-market-law';

const api = new ApiClient(sharedStack().apiUrl);

async function load(admin: ApiClient, text: string, metadata: Record<string, unknown>): Promise<string> {
  const created = await admin.post('/documents', { text, metadata: { kind: 'issued', ...metadata } });
  expect({ status: created.status, problem: created.status === 202 ? null : created.body }).toEqual({ status: 202, problem: null });
  expect((await intakeFinished(admin, created.body.statusUrl)).status).toBe('indexed');
  return created.body.id;
}

async function reviewCasesOf(admin: ApiClient, documentId: string, timeoutMs = 30_000): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = (await admin.get(`/cases?kind=review&documentId=${documentId}&pageSize=50`)).body.items;
    if (items.length > 0 || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * A central law is amended; the provincial decisions based on it get a review case each, naming the
 * provisions citing the amended clause and those overlapping it; the relation graph shows it all.
 */
describe('review on basis change', () => {
  let admin: ApiClient;
  const seq = randomInt(100, 900);
  const law = `${seq}/2024/QH15`;
  const amending = `${seq + 1}/2025/QH15`;
  const province = `tỉnh ${unique('Rà soát')}`;
  let ids: { law: string; amending: string; market: string; street: string; unrelated: string };

  beforeAll(async () => {
    admin = await signInAdmin(api);
    const central = { issuerName: 'Quốc hội', issuedDate: '2024-06-20' };
    const local = { issuerName: `Ủy ban nhân dân ${province}`, issuedDate: '2025-02-05', effectiveDate: '2025-02-15' };
    const lawId = await load(admin, lawText(law), { ...central, number: law, effectiveDate: '2025-01-01' });
    const market = await load(admin, provincialText(province, '3/2025/QĐ-UBND', law, 'chợ đêm trung tâm'), { ...local, number: '3/2025/QĐ-UBND' });
    const street = await load(admin, provincialText(province, '4/2025/QĐ-UBND', law, 'phố đi bộ ban đêm'), { ...local, number: '4/2025/QĐ-UBND' });
    const unrelated = await load(admin, provincialText(province, '5/2025/QĐ-UBND', '1/2001/QH10', 'chợ phiên'), { ...local, number: '5/2025/QĐ-UBND' });
    const amendingId = await load(admin, amendingText(amending, law), { ...central, number: amending, issuedDate: '2026-01-10', effectiveDate: '2026-07-01' });
    ids = { law: lawId, amending: amendingId, market, street, unrelated };
  }, 240_000);

  it('loading the amending law opens a review for every provincial document based on the amended law, once', async () => {
    // Nobody asks for it: intake of the issued amendment starts the review.
    for (const documentId of [ids.market, ids.street]) {
      const [summary] = await reviewCasesOf(admin, documentId);
      expect(summary).toMatchObject({ caseId: `review-${documentId}-${ids.amending}`, kind: 'review', status: 'OPEN' });
      // Listed with its due date before its workflow has resolved its own: its live view gets there next.
      const detail = (await eventually(() => admin.get(`/cases/${summary.caseId}`), (response) => response.body.dueDate != null)).body;
      expect(detail.state.data).toMatchObject({ trigger: 'basisChange', changedDocumentId: ids.law, targetFixDate: '2026-07-01' });
      expect(detail.state.source).toMatchObject({ relation: 'AMENDS', byDocumentId: ids.amending, changedDocumentId: ids.law });
      // The clause copying the amended one overlaps it.
      expect(detail.state.data.overlaps).toEqual(expect.arrayContaining([expect.objectContaining({ pathKey: 'd1.k2', changedDocumentId: ids.law, changedPathKey: 'd2.k2' })]));
      // reviewDays (30) calendar days, moved past a weekend or holiday.
      expect([0, 1, 2, 3].map((extra) => addDays(detail.openedOn, 30 + extra))).toContain(detail.dueDate);
      expect(detail.allowedActions).toContain('recordResult');
    }
    expect(await reviewCasesOf(admin, ids.unrelated, 1_000)).toEqual([]);

    // Asking for it again reviews the same change: nothing new opens.
    const repeated = await admin.post(`/documents/${ids.amending}/basis-change-review`, {});
    expect(repeated.status).toBe(202);
    expect(repeated.body).toEqual({ workflowId: `basis-change-${ids.amending}`, changeKey: ids.amending, startsAt: expect.any(String) });
    expect(Date.parse(repeated.body.startsAt)).toBeLessThanOrEqual(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await admin.get(`/cases?kind=review&documentId=${ids.market}`)).body.total).toBe(1);
  }, 90_000);

  it('ends with a per-provision result; unknown provisions and missing grounds are refused', async () => {
    const caseId = `review-${ids.market}-${ids.amending}`;
    const unknown = await admin.post(`/cases/${caseId}/actions/recordResult`, { reportRef: 'BC-RS-1', findings: [{ pathKey: 'd9.k9', result: 'keep' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'findings[0].pathKey' })]);
    const groundless = await admin.post(`/cases/${caseId}/actions/recordResult`, { reportRef: 'BC-RS-1', findings: [{ pathKey: 'd1.k2', result: 'amend' }] });
    expect(groundless.status).toBe(422);
    expect((await admin.get(`/cases/${caseId}`)).body.status).toBe('OPEN');

    const kept = await admin.post(`/cases/${caseId}/actions/recordResult`, { reportRef: 'BC-RS-1', findings: [{ pathKey: 'd1.k1', result: 'keep' }, { pathKey: 'd1.k2', result: 'keep', note: 'Vẫn phù hợp với mức 01 giờ.' }] });
    expect(kept.status).toBe(200);
    expect((await admin.get(`/cases/${caseId}`)).body).toMatchObject({ status: 'CLOSED', outcome: 'noChange' });

    // A provision that no longer fits: handling opens with it and the recommended form.
    const other = `review-${ids.street}-${ids.amending}`;
    const amend = await admin.post(`/cases/${other}/actions/recordResult`, {
      reportRef: 'BC-RS-2',
      findings: [{ pathKey: 'd1.k2', result: 'amend', ground: 'CONTRADICTS', note: 'Giờ kéo dài vượt mức 01 giờ sáng.' }],
      recommendedForm: 'amend',
    });
    expect(amend.status).toBe(200);
    expect((await admin.get(`/cases/${other}`)).body).toMatchObject({ status: 'HANDLING', outcome: 'handlingOpened' });
    const handling = await eventually(() => admin.get(`/cases/handling-${other}`), (response) => response.status === 200);
    expect(handling.body).toMatchObject({
      kind: 'handling',
      documentId: ids.street,
      state: { source: { kind: 'review', recommendedForm: 'amend' }, data: { findings: [{ pathKey: 'd1.k2', kind: 'UNLAWFUL_CONTENT' }], conclusionRef: 'BC-RS-2', requestedForms: ['amend'] } },
    });
  }, 60_000);

  it('returns the relation graph both ways, to the depth asked', async () => {
    const one = (await api.get(`/documents/${ids.market}/relations`)).body;
    expect(one.depth).toBe(1);
    expect(nodeIds(one)).toEqual(new Set([ids.market, ids.law]));
    expect(one.edges).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'BASED_ON', source: ids.market, target: ids.law, sourcePathKey: null })]));
    expect(one.nodes.find((node: { id: string }) => node.id === ids.law)).toMatchObject({ number: law, issuerLevel: 'central', validityStatus: expect.any(String), distance: 1 });

    const two = (await api.get(`/documents/${ids.market}/relations?depth=2`)).body;
    expect(nodeIds(two)).toEqual(new Set([ids.market, ids.law, ids.street, ids.amending]));
    expect(two.edges).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'AMENDS', source: ids.amending, target: ids.law, targetPathKey: 'd2.k2' })]));
    expect(two.nodes.find((node: { id: string }) => node.id === ids.amending)).toMatchObject({ distance: 2 });

    const unresolved = (await api.get(`/documents/${ids.unrelated}/relations`)).body;
    expect(unresolved.edges).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'BASED_ON', target: null, cited: expect.objectContaining({ number: '1/2001/QH10' }) })]));

    for (const depth of ['0', '6', 'two']) expect((await api.get(`/documents/${ids.market}/relations?depth=${depth}`)).status).toBe(422);
    expect((await api.get('/documents/00000000-0000-4000-8000-000000000000/relations')).status).toBe(404);
    expect((await api.post(`/documents/${ids.amending}/basis-change-review`, {})).status).toBe(401);
  });

  it('an amendment loaded before its effective day is reviewed from that day, and a request meanwhile waits with it', async () => {
    const effectiveDate = addDays(new Date().toISOString().slice(0, 10), 45);
    const later = await load(admin, amendingText(`${seq + 2}/2026/QH15`, law), { issuerName: 'Quốc hội', number: `${seq + 2}/2026/QH15`, issuedDate: '2026-11-20', effectiveDate });
    const dayStart = startOfVietnamDay(parseCivilDate(effectiveDate));

    const connection = await Connection.connect({ address: sharedStack().appEnv.TEMPORAL_ADDRESS });
    try {
      const review = new Client({ connection, namespace: sharedStack().appEnv.TEMPORAL_NAMESPACE || 'default' }).workflow.getHandle(`basis-change-${later}`);
      const waiting = await eventually(() => review.describe().catch(() => null), (description) => description !== null);
      expect(waiting!.status.name).toBe('RUNNING');
      // The server counts the delay from its own receipt of the start: a few milliseconds apart.
      expect(Math.abs(waiting!.executionTime!.getTime() - dayStart.getTime())).toBeLessThan(60_000);

      const asked = await admin.post(`/documents/${later}/basis-change-review`, {});
      expect(asked.body).toEqual({ workflowId: `basis-change-${later}`, changeKey: later, startsAt: dayStart.toISOString() });
      expect((await review.describe()).runId).toBe(waiting!.runId);
    } finally {
      await connection.close();
    }
    for (const documentId of [ids.market, ids.street]) expect((await admin.get(`/cases/review-${documentId}-${later}`)).status).toBe(404);
  }, 90_000);
});

function nodeIds(graph: { nodes: Array<{ id: string }> }): Set<string> {
  return new Set(graph.nodes.map((node) => node.id));
}

import { randomUUID } from 'node:crypto';
import type { RelationType } from '@legis/domain';
import { BASIS_CHANGE_WORKFLOW, basisChangesOf, caseViewQuery, REAL_DAY_MS, type BasisChangeInput, type BasisChangeOutcome } from '@legis/workflows/contracts';
import { DraftHarness } from '../support/draft-harness';
import { GraphFixture } from '../support/graph-fixture';
import { eventually } from '../support/wait';

/**
 * The fan-out of review on basis change with the real activity and case workflows: who is reached
 * backwards along BASED_ON and DETAILS (through central documents, not past local ones, not to
 * expired documents or drafts, cycles included), what each case names, and that a repeat opens
 * nothing.
 */
describe('review on basis change (workflow)', () => {
  let harness: DraftHarness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    harness = await DraftHarness.start();
    const graph = new GraphFixture(harness.dataSource);
    const central = await graph.issuer('Quốc hội thử', 'central');
    const province = await graph.issuer('Ủy ban nhân dân tỉnh thử', 'provincial');
    for (const key of ['law', 'decree']) ids[key] = await graph.document(key, central);
    for (const key of ['citing', 'viaDecree', 'detailsOther', 'detailsChanged', 'onLocal']) ids[key] = await graph.document(key, province);
    ids.expired = await graph.document('expired', province, 'issued', 'FULLY_EXPIRED');
    ids.draft = await graph.document('draft', province, 'draft', null);
    const relate = (type: RelationType, source: string, target: string, sourcePathKey: string | null = null, targetPathKey: string | null = null) =>
      graph.relate(type, ids[source], ids[target], sourcePathKey, targetPathKey);
    await relate('BASED_ON', 'decree', 'law');
    await relate('BASED_ON', 'law', 'decree'); // a cycle
    await relate('BASED_ON', 'citing', 'law');
    await relate('CITES', 'citing', 'law', 'd3.k1', 'd2.k2');
    await relate('CITES', 'citing', 'law', 'd4', 'd7');
    await relate('BASED_ON', 'viaDecree', 'decree');
    await relate('DETAILS', 'detailsOther', 'law', 'd1', 'd5');
    await relate('DETAILS', 'detailsChanged', 'law', 'd2', 'd2');
    await relate('BASED_ON', 'onLocal', 'citing');
    await relate('BASED_ON', 'expired', 'law');
    await relate('BASED_ON', 'draft', 'law');
  }, 120_000);

  afterAll(async () => harness?.stop());

  const run = async (changeKey: string): Promise<BasisChangeOutcome> => {
    // What the draft workflow passes on when the amending document enters into force.
    const changes = basisChangesOf([
      { documentId: randomUUID(), relation: 'ENTERS_INTO_FORCE', before: { validityStatus: null }, after: { validityStatus: 'IN_FORCE' } },
      { documentId: ids.law, relation: 'AMENDS', before: { validityStatus: 'IN_FORCE' }, after: { validityStatus: 'IN_FORCE', provisions: ['d2.k2', 'd2.k2.a'] } },
    ]);
    const input: BasisChangeInput = { changeKey, byDocumentId: null, effectiveDate: '2026-07-01', changes, clock: { origin: new Date().toISOString(), dayMs: REAL_DAY_MS } };
    return harness.env.client.workflow.execute(BASIS_CHANGE_WORKFLOW, { workflowId: `basis-change-${changeKey}`, taskQueue: harness.taskQueue, args: [input] });
  };

  it('opens one review per local document resting on the change, naming the provisions concerned', async () => {
    const changeKey = `t-${randomUUID().slice(0, 8)}`;
    expect(await run(changeKey)).toMatchObject({ changes: 1, dependents: 3, opened: 3, alreadyOpen: 0, overlaps: 0 });

    const view = (key: string) => harness.env.client.workflow.getHandle(`review-${ids[key]}-${changeKey}`).query(caseViewQuery);
    const citing = await eventually(() => view('citing'), (v) => v.state.deadline?.dueDate != null);
    expect(citing.state).toMatchObject({
      kind: 'review',
      status: 'OPEN',
      documentId: ids.citing,
      source: { trigger: 'basisChange', changeKey, relation: 'AMENDS', changedDocumentId: ids.law, basisDocumentId: ids.law },
      data: { trigger: 'basisChange', changedDocumentId: ids.law, affectedProvisions: ['d3.k1'], overlaps: [], targetFixDate: '2026-07-01' },
    });
    // Through the central decree resting on the law; the decree itself is the ministry's to review.
    expect((await view('viaDecree')).state).toMatchObject({ source: { changedDocumentId: ids.law, basisDocumentId: ids.decree }, data: { affectedProvisions: [] } });
    expect((await view('detailsChanged')).state.data).toMatchObject({ affectedProvisions: ['d2'] });

    const reviewed = await harness.dataSource.query(`SELECT document_id FROM control_cases WHERE kind = 'review' AND source->>'changeKey' = $1`, [changeKey]);
    expect(new Set(reviewed.map((row: { document_id: string }) => row.document_id))).toEqual(new Set([ids.citing, ids.viaDecree, ids.detailsChanged]));
  }, 120_000);

  it('opens nothing twice for the same change', async () => {
    const changeKey = `t-${randomUUID().slice(0, 8)}`;
    await run(changeKey);
    expect(await run(changeKey)).toMatchObject({ dependents: 3, opened: 0, alreadyOpen: 3 });
  }, 120_000);
});

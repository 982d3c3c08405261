import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { ApiClient, unique } from '../support/api-client';
import { signIn, signInAdmin } from '../support/actors';
import { withDatabase } from '../support/database';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

const entry = (event: string, date: string, to = 'DRAFTING') => ({ seq: 1, at: `${date}T03:00:00Z`, date, actor: null, performer: null, event, from: 'X', to, summary: event, ref: null });

/** Read-model rows of one fresh agency: three drafts, three self-inspections, two publications. */
async function seed(db: Client, agencyId: string): Promise<{ documents: string[] }> {
  const documents = [randomUUID(), randomUUID(), randomUUID()];
  for (const id of documents) {
    await db.query(`INSERT INTO documents (id, kind, doc_type, title, drafting_agency_id) VALUES ($1, 'issued', 'DECISION', 'Quyết định thử', $2)`, [id, agencyId]);
  }
  const procedure = (id: string, type: string, procedure: string, history: unknown[], extra: { overdue?: boolean; outcome?: string | null; created?: string } = {}) =>
    db.query(
      `INSERT INTO draft_procedures (document_id, workflow_id, procedure_type, procedure, regime_version, state, drafting_agency_id, title, overdue, outcome, history, revision, created_at, next_due_step, next_due_date)
       VALUES ($1, $2, $3, $4, 'LAW64_87_2025', 'DRAFTING', $5, 'Dự thảo', $6, $7, $8, 1, $9, 'appraisal', '2026-03-01')`,
      [id, `draft-${id}`, type, procedure, agencyId, extra.overdue ?? false, extra.outcome ?? null, JSON.stringify(history), extra.created ?? '2026-02-01T03:00:00Z'],
    );
  await procedure(documents[0], 'COMMITTEE_DECISION', 'normal', [entry('requestAppraisal', '2026-03-02', 'APPRAISAL_REQUESTED'), entry('submitAppraisalReport', '2026-03-10', 'DRAFTING'), entry('sign', '2026-05-04', 'SIGNED')], { outcome: 'inForce' });
  await procedure(documents[1], 'COMMITTEE_DECISION', 'simplified', [entry('requestAppraisal', '2026-03-05', 'APPRAISAL_REQUESTED'), entry('submitAppraisalReport', '2026-03-12', 'APPRAISED'), entry('sign', '2026-04-01', 'SIGNED')], { outcome: 'inForce' });
  await procedure(documents[2], 'COUNCIL_RESOLUTION', 'normal', [entry('requestAppraisal', '2025-12-20', 'APPRAISAL_REQUESTED')], { overdue: true, created: '2025-12-01T03:00:00Z' });
  await db.query(`INSERT INTO deadline_breaches (workflow_id, deadline_id, document_id, agency_id, step, due_date, breached_at) VALUES ($1, 'appraisal-1', $2, $3, 'appraisal', '2026-03-01', '2026-03-02T03:00:00Z')`, [`draft-${documents[2]}`, documents[2], agencyId]);

  const selfInspection = (caseId: string, documentId: string, opened: string, closed: string | null, outcome: string | null, overdue: boolean) =>
    db.query(
      `INSERT INTO control_cases (case_id, kind, document_id, title, status, outcome, assignee_agency_id, opened_on, closed_on, due_date, overdue, detail, revision)
       VALUES ($1, 'selfInspection', $2, 'Tự kiểm tra', $3, $4, $5, $6, $7, '2026-06-01', $8, '{}', 1)`,
      [caseId, documentId, closed ? 'CLOSED' : 'OPEN', outcome, agencyId, opened, closed, overdue],
    );
  await selfInspection(`self-inspection-${documents[0]}`, documents[0], '2026-05-04', '2026-05-20', 'clean', false);
  await selfInspection(`self-inspection-${documents[1]}`, documents[1], '2026-04-01', '2026-04-20', 'handlingOpened', false);
  await selfInspection(`self-inspection-${documents[2]}`, documents[2], '2026-05-01', null, null, true);

  await db.query(`INSERT INTO publications (document_id, channel, status, due_date, published_at) VALUES ($1, 'gazette', 'published', '2026-05-07', '2026-05-06T03:00:00Z')`, [documents[0]]);
  await db.query(`INSERT INTO publications (document_id, channel, status, due_date, published_at) VALUES ($1, 'gazette', 'published', '2026-04-04', '2026-04-09T03:00:00Z')`, [documents[1]]);
  return { documents };
}

describe('reports', () => {
  let admin: ApiClient;
  let agencyId: string;
  let documents: string[];

  beforeAll(async () => {
    admin = await signInAdmin(api);
    agencyId = (await admin.post('/admin/agencies', { code: unique('RP').toUpperCase(), name: 'Sở báo cáo thử' })).body.id;
    ({ documents } = await withDatabase((db) => seed(db, agencyId)));
  });

  it('counts drafting, appraisal, self-inspection and publication per agency and document type', async () => {
    const drafting = await admin.get(`/reports/drafting?year=2026&agencyId=${agencyId}`);
    expect(drafting.status).toBe(200);
    expect(drafting.body.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(drafting.body.rows).toEqual([
      expect.objectContaining({ agency: expect.objectContaining({ id: agencyId }), docType: 'COMMITTEE_DECISION', metrics: { registered: 2, signed: 2, signedSimplified: 1, withdrawn: 0, inProgress: 0, overdue: 0, breaches: 0 } }),
      expect.objectContaining({ docType: 'COUNCIL_RESOLUTION', metrics: { registered: 0, signed: 0, signedSimplified: 0, withdrawn: 0, inProgress: 1, overdue: 1, breaches: 1 } }),
    ]);
    expect(drafting.body.totals.metrics).toMatchObject({ signed: 2, inProgress: 1 });

    // A statistical year from 01/10: the request of 20/12/2025 falls in 2026.
    const appraisal = await admin.get(`/reports/appraisal?year=2026&yearStart=10-01&agencyId=${agencyId}`);
    expect(appraisal.body.period).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(appraisal.body.totals.metrics).toEqual({ requested: 3, accepted: 0, returnedIncomplete: 0, reported: 2, notEligible: 1 });

    const inspections = await admin.get(`/reports/self-inspection?from=2026-01-01&to=2026-05-10&agencyId=${agencyId}`);
    expect(inspections.body.totals).toEqual({ metrics: { opened: 3, closed: 1, pending: 2, overdue: 1, breaches: 0 }, outcomes: { handlingOpened: 1 } });

    const publication = await admin.get(`/reports/publication?year=2026&agencyId=${agencyId}`);
    expect(publication.body.rows).toEqual([expect.objectContaining({ channel: 'gazette', metrics: { due: 2, published: 2, onTime: 1, late: 1, pending: 0 } })]);
  });

  it('counts the documents of the systematisation campaigns of the period and the lists they ended in', async () => {
    await withDatabase(async (db) => {
      const campaign = async (referenceDate: string, periodStart: string) =>
        (
          await db.query(
            `INSERT INTO systematisation_campaigns (cycle_label, reference_date, period_start, period_end, scope, scope_key, plan_ref, phase, total, answered)
             VALUES ('thử', $1, $2, $1, '{}', $3, 'KH-1/UBND', 'COMPLETED', 3, 2) RETURNING id`,
            [referenceDate, periodStart, randomUUID()],
          )
        ).rows[0].id as string;
      const assign = (campaignId: string, documentId: string, docType: string, result: string | null, lists: string[]) =>
        db.query(`INSERT INTO systematisation_assignments (campaign_id, document_id, agency_id, doc_type, proposed, result, lists) VALUES ($1, $2, $3, $4, 'IN_FORCE', $5, $6)`, [
          campaignId,
          documentId,
          agencyId,
          docType,
          result,
          lists,
        ]);
      const cycle = await campaign('2025-12-31', '2021-01-01');
      await assign(cycle, documents[0], 'COMMITTEE_DECISION', 'IN_FORCE', ['inForce', 'compilation']);
      await assign(cycle, documents[1], 'COMMITTEE_DECISION', 'NEEDS_AMENDMENT', ['inForce', 'compilation', 'needsAction']);
      await assign(cycle, documents[2], 'COUNCIL_RESOLUTION', null, ['expiredOrSuspended', 'unanswered']);
      // The previous cycle's reference date lies outside the period asked for.
      await assign(await campaign('2020-12-31', '2016-01-01'), documents[0], 'COMMITTEE_DECISION', 'IN_FORCE', ['inForce', 'compilation']);
    });

    const report = await admin.get(`/reports/systematisation?year=2025&agencyId=${agencyId}`);
    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual([
      expect.objectContaining({ agency: expect.objectContaining({ id: agencyId }), docType: 'COMMITTEE_DECISION', metrics: { documents: 2, answered: 2, unanswered: 0, inForce: 2, expiredOrSuspended: 0, needsAction: 1, compilation: 2 } }),
      expect.objectContaining({ docType: 'COUNCIL_RESOLUTION', metrics: { documents: 1, answered: 0, unanswered: 1, inForce: 0, expiredOrSuspended: 1, needsAction: 0, compilation: 0 } }),
    ]);
    expect(report.body.totals.metrics).toEqual({ documents: 3, answered: 2, unanswered: 1, inForce: 2, expiredOrSuspended: 1, needsAction: 1, compilation: 2 });
    expect((await admin.get(`/reports/systematisation?year=2025&agencyId=${agencyId}&docType=COUNCIL_RESOLUTION`)).body.totals.metrics).toMatchObject({ documents: 1, unanswered: 1 });
    const csv = await admin.get<string>(`/reports/systematisation?year=2025&agencyId=${agencyId}&format=csv`);
    expect(csv.body.replace(/^\uFEFF/u, '').trim().split('\r\n').at(-1)).toBe('TOTAL,,,3,2,1,2,1,1,2');
  });

  it('exports a report and the overdue list as CSV', async () => {
    const csv = await admin.get<string>(`/reports/self-inspection?year=2026&agencyId=${agencyId}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/u, '').trim().split('\r\n');
    expect(lines[0]).toBe('agencyCode,agencyName,docType,opened,closed,pending,overdue,breaches,outcome:clean,outcome:handlingOpened');
    expect(lines.at(-1)).toBe('TOTAL,,,3,2,1,1,0,1,1');

    const overdue = await admin.get(`/reports/overdue?agencyId=${agencyId}`);
    expect(overdue.body).toMatchObject({ total: 2 });
    expect(overdue.body.items.map((item: { kind: string; documentId: string }) => [item.kind, item.documentId])).toEqual([
      ['draft', documents[2]],
      ['selfInspection', documents[2]],
    ]);
    const onlyCases = await admin.get<string>(`/reports/overdue?agencyId=${agencyId}&kind=selfInspection&format=csv`);
    expect(onlyCases.body.trim().split('\r\n')).toHaveLength(2);
  });

  it('refuses unknown reports, bad periods, other roles and anonymous callers', async () => {
    const unknown = await admin.get('/reports/budget');
    expect(unknown.body).toMatchObject({ status: 404, code: 'REPORT_UNKNOWN' });
    expect(unknown.body.reports).toContain('drafting');
    const badPeriod = await admin.get('/reports/drafting?from=2026-05-01&to=2026-04-01');
    expect(badPeriod.body).toMatchObject({ status: 422, code: 'REPORT_PERIOD_INVALID' });
    expect((await admin.get('/reports/drafting?format=xlsx')).status).toBe(422);
    const drafter = await signIn(api, 'drafter@legis.local');
    expect((await drafter.get('/reports/drafting')).status).toBe(403);
    expect((await api.get('/reports')).status).toBe(401);
    expect((await admin.get('/reports')).body.map((report: { code: string }) => report.code)).toEqual(
      expect.arrayContaining(['drafting', 'appraisal', 'self-inspection', 'inspection', 'handling', 'review', 'petitions', 'duties', 'publication', 'systematisation']),
    );
  });
});

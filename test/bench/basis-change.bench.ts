import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDataSource } from '@legis/db';
import { basisChangeWorkflowId, type BasisChangeOutcome } from '@legis/workflows/contracts';
import { Client, Connection } from '@temporalio/client';
import { ApiClient } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { intakeFinished } from '../support/intake';
import { amendingText, lawText, provincialText } from '../support/night-market-law';
import { startTestStack } from '../support/test-stack';
import { cpuBetween, cpuSnapshot, progress } from './drafts-stats';

/**
 * `npm run bench:basis-change [-- --dependents 1000] [-- --timeout-seconds 600]`
 *
 * A central law with `--dependents` provincial decisions BASED_ON it (one loaded through intake, the
 * others copied from it in SQL with the same relations: the whole preamble basis and a clause citing
 * the law's Điều 2 khoản 2), then an amending law that changes that clause. From the moment the
 * amendment is reported in force (POST /documents/{id}/basis-change-review, which starts the same
 * workflow a draft starts on entering into force) it measures the time until every review case
 * exists in the case list with its due date (target ≤ 10 s for 1,000), and until every case workflow
 * has run its first step (projected itself).
 * Progress on stderr, one JSON document on stdout.
 */

const LAW = '911/2024/QH15';
const AMENDING = '912/2025/QH15';

const law = lawText(LAW);
const amending = amendingText(AMENDING, LAW);
const provincial = provincialText('tỉnh Đo Tải', '1/2025/QĐ-UBND', LAW, 'chợ đêm trên địa bàn tỉnh');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const dependents = option('dependents', 1000);
  const timeoutMs = option('timeout-seconds', 600) * 1000;
  const stack = await startTestStack({ apps: ['worker', 'api'] });
  const dataSource = createDataSource({ url: stack.appEnv.DATABASE_URL!, poolMax: 2 });
  try {
    await dataSource.initialize();
    const api = new ApiClient(stack.urls.api);
    const admin = await signInAdmin(api);
    const load = async (text: string, metadata: Record<string, unknown>) => {
      const created = await admin.post('/documents', { text, metadata: { kind: 'issued', ...metadata } });
      if (created.status !== 202) throw new Error(`loading failed: ${JSON.stringify(created.body)}`);
      await intakeFinished(admin, created.body.statusUrl);
      return created.body.id as string;
    };
    const lawId = await load(law, { issuerName: 'Quốc hội', issuedDate: '2024-06-20', effectiveDate: '2025-01-01' });
    // Loaded before its dependents: the review its intake starts finds none, and the POST below runs the whole fan-out.
    const amendingId = await load(amending, { issuerName: 'Quốc hội', issuedDate: '2026-01-10', effectiveDate: '2026-07-01' });
    const template = await load(provincial, { issuerName: 'Ủy ban nhân dân tỉnh Đo Tải', issuedDate: '2025-02-05', effectiveDate: '2025-02-15' });
    await copyDependents(dataSource, template, lawId, dependents - 1);
    progress(`${dependents} provincial documents rest on ${LAW}; ${AMENDING} amends its Điều 2 khoản 2`);

    const cpu = cpuSnapshot();
    const started = Date.now();
    const accepted = await admin.post(`/documents/${amendingId}/basis-change-review`, {});
    if (accepted.status !== 202) throw new Error(`fan-out refused: ${JSON.stringify(accepted.body)}`);
    const reported = { listed: null as number | null, dueDates: null as number | null, running: null as number | null };
    let counts = { listed: 0, dueDates: 0, running: 0 };
    while (Date.now() - started < timeoutMs && reported.running === null) {
      counts = await caseCounts(dataSource, amendingId);
      const ms = Date.now() - started;
      if (reported.listed === null && counts.listed >= dependents) reported.listed = ms;
      if (reported.dueDates === null && counts.dueDates >= dependents) reported.dueDates = ms;
      if (counts.running >= dependents) reported.running = ms;
      if (reported.listed !== null && reported.listed === ms) progress(`every case listed after ${ms} ms; waiting for every case workflow to run its first step`);
      await sleep(reported.listed === null ? 50 : 1000);
    }
    const cpuUsed = cpuBetween(cpu, cpuSnapshot());
    const connection = await Connection.connect({ address: stack.appEnv.TEMPORAL_ADDRESS! });
    const temporal = new Client({ connection, namespace: stack.appEnv.TEMPORAL_NAMESPACE ?? 'default' });
    const fanOut: BasisChangeOutcome = await temporal.workflow.getHandle(basisChangeWorkflowId(amendingId)).result();
    progress(`every case workflow projected after ${reported.running} ms`);

    // The same change again: nothing new may open.
    const again = Date.now();
    await admin.post(`/documents/${amendingId}/basis-change-review`, {});
    await sleep(500);
    const repeat: BasisChangeOutcome = await temporal.workflow.getHandle(basisChangeWorkflowId(amendingId)).result();
    const repeatMs = Date.now() - again;
    await connection.close();

    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'basis-change',
          dependents,
          targetMs: 10_000,
          msUntilEveryCaseListed: reported.listed,
          msUntilEveryDueDate: reported.dueDates,
          msUntilEveryCaseWorkflowProjected: reported.running,
          pass: reported.listed !== null && reported.listed <= 10_000,
          casesListed: counts.listed,
          caseWorkflowsProjected: counts.running,
          fanOut,
          repeat: { ...repeat, totalMs: repeatMs },
          cpu: cpuUsed,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stack.stop();
  }
}

/** Copies of the loaded provincial decision with its two relations to the law, numbered 1001, 1002, … */
async function copyDependents(dataSource: ReturnType<typeof createDataSource>, templateId: string, lawId: string, copies: number): Promise<void> {
  await dataSource.query(
    `WITH t AS (SELECT * FROM documents WHERE id = $1),
          copies AS (
            INSERT INTO documents (kind, doc_type, number, number_key, number_seq, number_year, number_type_code, number_issuer_code, issuer_id,
                                   title, title_key, issued_date, effective_date, validity_status, regime_version, is_normative)
            SELECT t.kind, t.doc_type, (1000 + g) || '/2025/QĐ-UBND', regexp_replace(t.number_key, '^[^/]+', (1000 + g)::text), (1000 + g)::text, t.number_year,
                   t.number_type_code, t.number_issuer_code, t.issuer_id, t.title || ' (' || g || ')', t.title_key, t.issued_date, t.effective_date,
                   t.validity_status, t.regime_version, t.is_normative
              FROM t, generate_series(1, $3::int) g
            RETURNING id)
     INSERT INTO relations (type, source_document_id, source_path_key, target_document_id, target_path_key, origin)
     SELECT v.type, copies.id, v.source_path, $2::uuid, v.target_path, 'manual'
       FROM copies CROSS JOIN (VALUES ('BASED_ON', NULL, NULL), ('CITES', 'd1.k2', 'd2.k2')) AS v(type, source_path, target_path)`,
    [templateId, lawId, copies],
  );
}

/** Listed (by the fan-out, revision 0), with a due date, and projected by their own workflow (revision 1 and up). */
async function caseCounts(dataSource: ReturnType<typeof createDataSource>, changeKey: string): Promise<{ listed: number; dueDates: number; running: number }> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS listed, count(due_date)::int AS "dueDates", count(*) FILTER (WHERE revision > 0)::int AS running
       FROM control_cases WHERE kind = 'review' AND source->>'changeKey' = $1`,
    [changeKey],
  );
  return row;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

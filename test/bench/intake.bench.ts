import 'reflect-metadata';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { intakeWorkflowId } from '@legis/workflows/contracts';
import { Client, Connection } from '@temporalio/client';
import { PDFParse } from 'pdf-parse';
import { ApiClient } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { corpusDocuments } from '../support/corpus';
import { startTestStack } from '../support/test-stack';
import { sharedPath } from '../fixtures/shared-material';
import { historyFacts, mergeFacts, summarizeFacts } from './drafts-history';
import { cpuBetween, cpuSnapshot, distribution, LoadSampler, loadAverage } from './drafts-stats';
import { residentMemory } from './process-tree';

/**
 * `npm run bench:intake [-- --rounds 3] [-- --bulk 500]`
 * 1. End-to-end intake throughput of the corpus's text PDFs through the API and the intake workflow
 *    (upload → extract → parse → persist → index), against raw pdf-parse on the same files in the
 *    same run (target ≥ 0.6× raw).
 * 2. Peak resident memory of the worker (with its parser and OCR children) during a bulk load of
 *    corpus documents through POST /documents/bulk (target ≤ 1 GB).
 * For each phase it also reports the CPU seconds of each stack component and the machine's load,
 * and for intake where the time went according to the workflows' histories (activity queue and
 * run times, local activities, workflow tasks).
 */
const TEXT_PDFS = fs
  .readdirSync(sharedPath('corpus', 'pdf'))
  .filter((name) => name.endsWith('.pdf') && !name.includes('scanned') && !name.includes('35-2024'))
  .map((name) => ({ name, bytes: fs.readFileSync(sharedPath('corpus', 'pdf', name)) }));

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function rawPdfParse(rounds: number): Promise<{ ms: number; pages: number }> {
  const started = performance.now();
  let pages = 0;
  for (let round = 0; round < rounds; round++) {
    for (const pdf of TEXT_PDFS) {
      const parser = new PDFParse({ data: new Uint8Array(pdf.bytes) });
      const result = await parser.getText();
      pages += result.total;
      await parser.destroy();
    }
  }
  return { ms: performance.now() - started, pages };
}

async function waitIndexed(admin: ApiClient, versionIds: string[], onTick?: () => void): Promise<{ statuses: Record<string, number> }> {
  for (;;) {
    const statuses: Record<string, number> = {};
    for (let i = 0; i < versionIds.length; i += 500) {
      const { body } = await admin.post('/documents/versions/status', { versionIds: versionIds.slice(i, i + 500) });
      for (const item of body as { status: string }[]) statuses[item.status] = (statuses[item.status] ?? 0) + 1;
    }
    onTick?.();
    const done = (statuses.indexed ?? 0) + (statuses.failed ?? 0) + (statuses.needs_ocr ?? 0);
    if (done === versionIds.length) return { statuses };
    await sleep(250);
  }
}

async function main(): Promise<void> {
  const rounds = option('rounds', 3);
  const bulk = option('bulk', 500);
  const stack = await startTestStack({ apps: ['worker', 'api'], env: { UPLOAD_MAX_BYTES: String(50 * 1024 * 1024) } });
  try {
    const raw = await rawPdfParse(rounds);
    // Signed in after the raw parse: a keep-alive connection left idle longer than the API's
    // keep-alive timeout breaks (EPIPE) under the first upload.
    const admin = await signInAdmin(new ApiClient(stack.urls.api));
    const connection = await Connection.connect({ address: stack.appEnv.TEMPORAL_ADDRESS! });
    const temporal = new Client({ connection, namespace: stack.appEnv.TEMPORAL_NAMESPACE ?? 'default' });

    // Distinct bytes and issuer per round, so duplicates and number clashes do not short-cut intake.
    const intakeLoadAtStart = loadAverage();
    const intakeLoad = new LoadSampler(1000);
    const intakeCpu = cpuSnapshot();
    const started = performance.now();
    const versionIds: string[] = [];
    const uploadMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const pdf of TEXT_PDFS) {
        const form = new FormData();
        form.append('file', new Blob([Buffer.concat([pdf.bytes, Buffer.from(`\n% bench ${round}\n`)])]), pdf.name);
        form.append('metadata', JSON.stringify({ kind: 'issued', issuerName: `Ủy ban nhân dân tỉnh Bench ${round} ${pdf.name}` }));
        const sent = performance.now();
        const response = await admin.request<{ versionId: string }>('POST', '/documents', form);
        uploadMs.push(performance.now() - sent);
        if (response.status !== 202) throw new Error(`upload of ${pdf.name} failed: ${response.status} ${JSON.stringify(response.body)}`);
        versionIds.push(response.body.versionId);
      }
    }
    const intake = await waitIndexed(admin, versionIds);
    const intakeMs = performance.now() - started;
    const intakeCpuUsed = cpuBetween(intakeCpu, cpuSnapshot());
    const intakeLoadDuring = intakeLoad.stop();
    const documents = rounds * TEXT_PDFS.length;

    const workerPid = (stack.services.worker as { pid?: number }).pid!;
    const sample = corpusDocuments().slice(0, bulk);
    const bulkStarted = performance.now();
    const peak = { totalMiB: 0, workerProcessMiB: 0, atSecond: 0 };
    const sampler = setInterval(() => {
      const memory = residentMemory(workerPid);
      if (memory.totalMiB <= peak.totalMiB) return;
      Object.assign(peak, { totalMiB: memory.totalMiB, workerProcessMiB: residentMemory(workerPid, { children: false }).totalMiB, atSecond: Math.round((performance.now() - bulkStarted) / 1000) });
    }, 200);
    const bulkLoad = new LoadSampler(1000);
    const bulkCpu = cpuSnapshot();
    const lines = sample.map((d) => JSON.stringify(d));
    const accepted: string[] = [];
    for (let i = 0; i < lines.length; i += 100) {
      const response = await admin.request<{ accepted: { versionId: string }[] }>('POST', '/documents/bulk', lines.slice(i, i + 100).join('\n'), { 'content-type': 'application/x-ndjson' });
      if (response.status !== 202) throw new Error(`bulk load failed: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
      accepted.push(...response.body.accepted.map((a) => a.versionId));
    }
    const bulkResult = await waitIndexed(admin, accepted);
    const bulkMs = performance.now() - bulkStarted;
    clearInterval(sampler);
    const bulkCpuUsed = cpuBetween(bulkCpu, cpuSnapshot());
    const histories = summarizeFacts(mergeFacts(await Promise.all(versionIds.map((id) => historyFacts(temporal, intakeWorkflowId(id))))), versionIds.length);
    await connection.close();

    process.stdout.write(
      `${JSON.stringify(
        {
          textPdfs: TEXT_PDFS.map((p) => p.name),
          rounds,
          intake: {
            documents,
            pages: raw.pages,
            ms: Math.round(intakeMs),
            documentsPerSecond: round2(documents / (intakeMs / 1000)),
            pagesPerSecond: round2(raw.pages / (intakeMs / 1000)),
            statuses: intake.statuses,
            uploadMs: distribution(uploadMs),
            loadAverageAtStart: intakeLoadAtStart,
            loadAverageDuring: intakeLoadDuring,
            cpu: intakeCpuUsed,
            workflowHistories: histories,
          },
          rawPdfParse: { ms: Math.round(raw.ms), pagesPerSecond: round2(raw.pages / (raw.ms / 1000)) },
          ratioToRaw: round2(raw.ms / intakeMs),
          ratioTarget: 0.6,
          bulkLoad: {
            documents: sample.length,
            accepted: accepted.length,
            ms: Math.round(bulkMs),
            statuses: bulkResult.statuses,
            loadAverageDuring: bulkLoad.stop(),
            cpu: bulkCpuUsed,
            peakWorkerMiB: peak.totalMiB,
            /** The worker process alone, without its parser and OCR children, and when the peak came. */
            peakWorkerProcessMiB: peak.workerProcessMiB,
            peakAtSecond: peak.atSecond,
            targetMiB: 1024,
          },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await stack.stop();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

void main();

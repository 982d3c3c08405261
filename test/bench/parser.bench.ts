import { parseLegalText } from '@legis/domain';
import { corpusDocuments } from '../support/corpus';

/**
 * `npm run bench:parser`: the legal-text parser alone over the whole corpus, three passes after a
 * warm-up pass. Prints MB/s (UTF-8 bytes of input per second of parsing) and the slowest document.
 */
function main(): void {
  const documents = corpusDocuments().map((d) => ({ id: d.id, text: d.text, bytes: Buffer.byteLength(d.text, 'utf8') }));
  const totalBytes = documents.reduce((sum, d) => sum + d.bytes, 0);
  for (const d of documents) parseLegalText(d.text);
  const passes: number[] = [];
  let slowest = { id: '', ms: 0, bytes: 0 };
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const d of documents) {
      const t = performance.now();
      parseLegalText(d.text);
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { id: d.id, ms, bytes: d.bytes };
    }
    passes.push(performance.now() - started);
  }
  const best = Math.min(...passes);
  process.stdout.write(
    `${JSON.stringify(
      {
        documents: documents.length,
        megabytes: Math.round(totalBytes / 1e4) / 100,
        passesMs: passes.map(Math.round),
        megabytesPerSecond: Math.round((totalBytes / 1e6 / (best / 1000)) * 10) / 10,
        medianMegabytesPerSecond: Math.round((totalBytes / 1e6 / ([...passes].sort((a, b) => a - b)[1] / 1000)) * 10) / 10,
        target: 5,
        slowest: { id: slowest.id, ms: Math.round(slowest.ms), kilobytes: Math.round(slowest.bytes / 1024) },
      },
      null,
      2,
    )}\n`,
  );
}

main();

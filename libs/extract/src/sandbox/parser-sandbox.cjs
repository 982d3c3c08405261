'use strict';
/**
 * Child process that runs the third-party parsers (pdf-parse, mammoth, htmlparser2) on untrusted
 * bytes. The parent gives it a heap limit and kills it on timeout, so a PDF bomb or a zip bomb
 * costs this process, never the API or the worker. It only calls the libraries and sends plain
 * data back; all interpretation is TypeScript in the parent. See sandbox-protocol.ts.
 *
 * It runs one job at a time and may be given further jobs (sandbox-pool.ts): a warm process reads
 * a PDF several times faster than a new one, whose pdf.js code is not compiled yet.
 */

/** @param {object} message */
function send(message) {
  return new Promise((resolve) => process.send(message, () => resolve()));
}

async function runPdf(job) {
  const { PDFParse } = require('pdf-parse');
  // Evaluating PDF functions as JavaScript is pdf.js's historic attack surface: keep it off.
  const parser = new PDFParse({ data: job.bytes, isEvalSupported: false, verbosity: 0 });
  try {
    // load() is private in pdf-parse's typings; getInfo() would build per-page arrays first,
    // which a page-tree bomb declaring a billion pages turns into an out-of-memory crash.
    const document = await parser.load();
    const { info } = await document.getMetadata();
    await send({ type: 'pdf-document', pages: document.numPages, encrypted: Boolean(info && info.EncryptFilterName) });
    if (job.headerOnly) return;
    for (let page = 1; page <= document.numPages; page++) {
      const result = await parser.getText({ partial: [page], pageJoiner: '' });
      await send({ type: 'pdf-page', page, text: result.pages[0] ? result.pages[0].text : '' });
    }
  } finally {
    await parser.destroy();
  }
}

function tokenize(markup, xmlMode) {
  const { Parser } = require('htmlparser2');
  const tokens = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => tokens.push(['open', name, attributes]),
      ontext: (text) => tokens.push(['text', text]),
      onclosetag: (name) => tokens.push(['close', name]),
    },
    { xmlMode, decodeEntities: true },
  );
  parser.end(markup);
  return tokens;
}

async function runDocx(job) {
  const mammoth = require('mammoth');
  let documentModel;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(job.bytes) },
    {
      // Capture the document model and hand mammoth an empty body: we render text ourselves.
      transformDocument: (document) => {
        documentModel = document;
        return { ...document, children: [] };
      },
    },
  );
  const parts = {};
  for (const [name, xml] of Object.entries(job.parts)) parts[name] = tokenize(xml, true);
  await send({
    type: 'docx',
    document: JSON.stringify(documentModel),
    warnings: result.messages.map((message) => message.message),
    parts,
  });
}

async function run(job) {
  if (job.kind === 'pdf') return runPdf(job);
  if (job.kind === 'docx') return runDocx(job);
  if (job.kind === 'html') return send({ type: 'html', tokens: tokenize(job.html, false) });
  throw new Error(`unknown job kind ${job.kind}`);
}

process.on('message', (job) => {
  run(job).then(
    () => send({ type: 'done', heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576) }),
    (error) => send({ type: 'error', name: (error && error.name) || 'Error', message: String((error && error.message) || error) }),
  );
});

// The parent is gone: no job will come.
process.on('disconnect', () => process.exit(0));

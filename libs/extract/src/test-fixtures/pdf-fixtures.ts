import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

type PdfObject = string | Buffer;

/** Writes a classic PDF (objects numbered from 1, the first one the catalog) with a valid xref table. */
function buildPdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(object) ? object : Buffer.from(object, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  chunks.push(
    Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
  );
  return Buffer.concat(chunks);
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

function textContent(lines: string[]): Buffer {
  const body = lines.map((line, index) => `BT /F1 11 Tf 50 ${780 - index * 14} Td (${escapePdfString(line)}) Tj ET`).join('\n');
  return Buffer.from(body, 'latin1');
}

/** The usual objects of a one-page PDF whose page shows `content` in Helvetica; object 4 is the content stream. */
function onePage(content: Buffer): PdfObject[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
}

/** A one-page PDF showing `lines` (Latin-1 only: the standard font has no Vietnamese glyphs). */
export function textPdf(lines: string[]): Buffer {
  return buildPdf(onePage(textContent(lines)));
}

/**
 * A page tree that declares `fan ** depth` pages in about a kilobyte: every node lists the same
 * child `fan` times, so the last page exists and readers believe the count.
 */
export function pageTreeBombPdf(depth: number, fan: number): Buffer {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 4 0 R >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Page) Tj ET'))];
  for (let level = 0; level < depth; level++) {
    const id = 4 + level;
    const parent = level === 0 ? '' : `/Parent ${id - 1} 0 R`;
    objects.push(`<< /Type /Pages ${parent} /Kids [${Array.from({ length: fan }, () => `${id + 1} 0 R`).join(' ')}] /Count ${fan ** (depth - level)} >>`);
  }
  objects.push(`<< /Type /Page /Parent ${3 + depth} 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 2 0 R >> >> >>`);
  return buildPdf(objects);
}

/** One page whose small deflated content stream shows `repeats` × 10 characters of text. */
export function textBombPdf(repeats: number): Buffer {
  // Every run is set at the same spot on the page: text beyond the page edge is not extracted.
  const content = Buffer.from(`BT /F1 10 Tf ${'1 0 0 1 50 400 Tm (AAAAAAAAAA) Tj '.repeat(repeats)}ET`, 'latin1');
  const objects = onePage(content);
  objects[3] = stream('/Filter /FlateDecode', deflateSync(content, { level: 9 }));
  return buildPdf(objects);
}

function sha256(...parts: Buffer[]): Buffer {
  return createHash('sha256').update(Buffer.concat(parts)).digest();
}

function aes256(mode: 'cbc' | 'ecb', key: Buffer, data: Buffer, iv: Buffer | null, padding: boolean): Buffer {
  const cipher = createCipheriv(`aes-256-${mode}`, key, iv);
  cipher.setAutoPadding(padding);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

const hex = (bytes: Buffer): string => `<${bytes.toString('hex')}>`;

/**
 * A one-page PDF really encrypted with AES-256 (standard security handler, V 5 R 5, the Adobe
 * extension level 3 algorithm): the content stream can only be read with the file key, which
 * is wrapped with `userPassword`. An empty user password gives a PDF that opens without one.
 */
export function encryptedPdf(userPassword: string, lines: string[]): Buffer {
  const fileKey = randomBytes(32);
  const password = Buffer.from(userPassword, 'utf8');
  const ownerPassword = Buffer.from('owner-secret', 'utf8');
  const [userValidationSalt, userKeySalt, ownerValidationSalt, ownerKeySalt] = [8, 8, 8, 8].map((size) => randomBytes(size));
  const zeroIv = Buffer.alloc(16);
  const u = Buffer.concat([sha256(password, userValidationSalt), userValidationSalt, userKeySalt]);
  const ue = aes256('cbc', sha256(password, userKeySalt), fileKey, zeroIv, false);
  const o = Buffer.concat([sha256(ownerPassword, ownerValidationSalt, u), ownerValidationSalt, ownerKeySalt]);
  const oe = aes256('cbc', sha256(ownerPassword, ownerKeySalt, u), fileKey, zeroIv, false);
  const permissions = -4;
  const permsBlock = Buffer.alloc(16);
  permsBlock.writeInt32LE(permissions, 0);
  permsBlock.writeInt32LE(-1, 4);
  permsBlock.write('Tadb', 8, 'latin1');
  const perms = aes256('ecb', fileKey, permsBlock, null, false);

  const iv = randomBytes(16);
  const objects = onePage(Buffer.alloc(0));
  objects[3] = stream('', Buffer.concat([iv, aes256('cbc', fileKey, textContent(lines), iv, true)]));
  objects.push(
    `<< /Filter /Standard /V 5 /R 5 /Length 256 /P ${permissions} /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /Perms ${hex(perms)} ` +
      '/CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>',
  );
  const id = hex(randomBytes(16));
  return buildPdf(objects, `/Encrypt ${objects.length} 0 R /ID [${id} ${id}] `);
}

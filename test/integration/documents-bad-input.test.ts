// A real AES-256 encrypted PDF, built by the extraction library's fixtures.
import { encryptedPdf, pageTreeBombPdf } from '../../libs/extract/src/test-fixtures/pdf-fixtures';
import { withDatabase } from '../support/database';
import { ApiClient, unique } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { corpusPdf } from '../support/corpus';
import { uploadFile } from '../support/intake';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

async function documentCount(): Promise<number> {
  return withDatabase(async (db) => (await db.query('SELECT count(*)::int AS n FROM documents')).rows[0].n as number);
}

describe('bad uploads are refused with a problem and leave nothing behind', () => {
  const half = corpusPdf('hanoi_nq-hdnd_11-2025.pdf');
  const cases: [string, () => Buffer, string, number, string][] = [
    ['a zero-byte file', () => Buffer.alloc(0), 'empty.pdf', 422, 'EMPTY_FILE'],
    ['a truncated PDF', () => half.subarray(0, Math.floor(half.length / 2)), 'truncated.pdf', 422, 'CORRUPT_PDF'],
    ['an executable renamed .pdf', () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 0x90)]), 'decision.pdf', 415, 'UNSUPPORTED_TYPE'],
    ['a PDF bomb declaring a million pages in a kilobyte', () => pageTreeBombPdf(6, 10), 'bomb.pdf', 413, 'PDF_TOO_LARGE'],
    ['a file over the upload limit', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(7 * 1024 * 1024, 0x20)]), 'big.pdf', 413, 'FILE_TOO_LARGE'],
  ];

  it.each(cases)('%s', async (_name, bytes, fileName, status, code) => {
    const admin = await signInAdmin(api);
    const before = await documentCount();
    const response = await uploadFile(admin, '/documents', { bytes: bytes(), name: fileName, type: 'application/pdf' }, { kind: 'issued' });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect(await documentCount()).toBe(before);
  });

  it('refuses an encrypted PDF', async () => {
    const admin = await signInAdmin(api);
    const response = await uploadFile(admin, '/documents', { bytes: encryptedPdf('mat-khau', ['Dieu 1']), name: 'locked.pdf' }, { kind: 'issued' });
    expect(response.body).toMatchObject({ status: 422, code: 'ENCRYPTED_PDF', errors: [{ field: 'file' }] });
  });

  it('lists every metadata problem at once: unknown fields, a malformed number, impossible dates', async () => {
    const admin = await signInAdmin(api);
    const before = await documentCount();
    const response = await admin.post('/documents', {
      text: 'Điều 1. Phạm vi điều chỉnh',
      metadata: { kind: 'issued', number: '12/20XX/QĐ-UBND', issuedDate: '2025-02-30', effectiveDate: '2024-01-01', shoeSize: 42 },
    });
    expect(response.status).toBe(422);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['metadata.shoeSize', 'metadata.number', 'metadata.issuedDate']));
    const dates = await admin.post('/documents', { text: 'Điều 1. A', metadata: { issuedDate: '2025-03-01', effectiveDate: '2025-02-01' } });
    expect(dates.body.errors).toEqual([{ field: 'metadata.effectiveDate', message: 'must not be before issuedDate' }]);
    const stray = await admin.post('/documents', { text: 'Điều 1. A', title: 'flat fields are not metadata' });
    expect(stray.body.errors).toEqual([{ field: 'title', message: 'is not allowed' }]);
    expect(await documentCount()).toBe(before);
  });

  it('answers the same bytes twice with 409 naming the existing document, and honours Idempotency-Key', async () => {
    const admin = await signInAdmin(api);
    const text = `QUYẾT ĐỊNH\nĐiều 1. Nội dung duy nhất ${unique('x')}`;
    const key = unique('upload');
    const first = await admin.post('/documents', { text }, { 'idempotency-key': key });
    const replay = await admin.post('/documents', { text }, { 'idempotency-key': key });
    expect(replay.status).toBe(202);
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const again = await admin.post('/documents', { text });
    expect(again.body).toMatchObject({ status: 409, code: 'DUPLICATE_FILE', existingId: first.body.id, versionNo: 1 });
  });

  it('answers 409 when the number is already used by the same issuer', async () => {
    const admin = await signInAdmin(api);
    const issuerName = `Ủy ban nhân dân tỉnh ${unique('Thử')}`;
    const metadata = { kind: 'issued', number: '05/2025/QĐ-UBND', issuerName };
    const first = await admin.post('/documents', { text: `Điều 1. Một ${unique('a')}`, metadata });
    expect(first.status).toBe(202);
    const second = await admin.post('/documents', { text: `Điều 1. Hai ${unique('b')}`, metadata });
    expect(second.body).toMatchObject({ status: 409, code: 'NUMBER_TAKEN', existingId: first.body.id });
    const otherProvince = await admin.post('/documents', { text: `Điều 1. Ba ${unique('c')}`, metadata: { ...metadata, issuerName: `Ủy ban nhân dân tỉnh ${unique('Khác')}` } });
    expect(otherProvince.status).toBe(202);
  });

  it('answers unknown ids with 404', async () => {
    expect((await api.get('/documents/00000000-0000-0000-0000-000000000000')).body).toMatchObject({ status: 404, code: 'DOCUMENT_NOT_FOUND' });
    expect((await api.get('/documents/not-an-id')).status).toBe(404);
  });
});

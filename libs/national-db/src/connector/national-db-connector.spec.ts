import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';
import { startFakeNationalDb, type FakeNationalDb, type FakeNationalDbOptions } from '../../../../test/support/fake-national-db';
import { itWithXmllint } from '../../../../test/support/fake-national-db-xmllint';
import { PermanentPublicationError } from '../errors/permanent-publication.error';
import { TransientPublicationError } from '../errors/transient-publication.error';
import { buildNationalDbRecord } from '../record/build-national-db-record';
import { corpusDocument, corpusEntry } from '../test-fixtures/corpus-documents';
import { smallDocument } from '../test-fixtures/small-document';
import { NationalDbConnector, type NationalDbConnectorOptions } from './national-db-connector';

const FAST_RETRIES = { maxAttempts: 4, initialDelayMs: 40, maxDelayMs: 400, timeoutMs: 5_000 };

describe('NationalDbConnector settings', () => {
  it('refuses at construction a bearer token that an HTTP header cannot carry', () => {
    expect(() => new NationalDbConnector({ baseUrl: 'http://127.0.0.1:1', credentials: { bearerToken: 'mã thông báo' } })).toThrow(RangeError);
  });

  it('refuses non-positive timeouts and attempt counts', () => {
    const credentials = { bearerToken: 'token' };
    expect(() => new NationalDbConnector({ baseUrl: 'http://127.0.0.1:1', credentials, timeoutMs: 0 })).toThrow(/timeoutMs/u);
    expect(() => new NationalDbConnector({ baseUrl: 'http://127.0.0.1:1', credentials, maxAttempts: -1 })).toThrow(/maxAttempts/u);
  });
});

describe('NationalDbConnector against the strict fake receiver', () => {
  let fake: FakeNationalDb;
  const start = async (options: Partial<FakeNationalDbOptions> = {}) => {
    fake = await startFakeNationalDb({ token: 'test-token', ...options });
    return fake;
  };
  const connector = (options: Partial<NationalDbConnectorOptions> = {}) =>
    new NationalDbConnector({ baseUrl: fake.url, credentials: { bearerToken: 'test-token' }, ...FAST_RETRIES, ...options });

  afterEach(async () => {
    await fake?.stop();
  });

  it('publishes a record and returns the publication id and URL the receiver gave it', async () => {
    await start();
    const receipt = await connector().publish(buildNationalDbRecord(smallDocument()));
    expect(receipt).toEqual({ publicationId: 'VBPL-000001', url: `${fake.url}/van-ban/VBPL-000001`, revision: 1, outcome: 'created', attempts: 1 });
    expect(fake.records).toHaveLength(1);
    expect(fake.records[0].record).toMatchObject({ number: '12/2025/QĐ-UBND', signerName: 'Nguyễn Văn A' });
  });

  it('sends the document key in the path and as Idempotency-Key', async () => {
    await start();
    const record = buildNationalDbRecord(smallDocument());
    await connector().publish(record);
    expect(fake.requests).toEqual([expect.objectContaining({ method: 'PUT', path: `/v1/documents/${record.documentKey}`, idempotencyKey: record.documentKey, status: 201 })]);
  });

  it('keeps a path prefix of the base URL', async () => {
    await start();
    const receipt = connector({ baseUrl: `${fake.url}/api/` }).publish(buildNationalDbRecord(smallDocument()));
    await expect(receipt).rejects.toMatchObject({ code: 'REJECTED', status: 404 });
    expect(fake.requests[0].path).toMatch(/^\/api\/v1\/documents\//u);
  });

  it('authenticates with HTTP Basic credentials too', async () => {
    await start({ basicAuth: { username: 'sở-tư-pháp', password: 'p@ss:word' } });
    const basic = connector({ credentials: { username: 'sở-tư-pháp', password: 'p@ss:word' } });
    await expect(basic.publish(buildNationalDbRecord(smallDocument()))).resolves.toMatchObject({ outcome: 'created' });
  });

  describe('idempotency', () => {
    it('stores a document once however often it is published, under the same publication id', async () => {
      await start();
      const record = buildNationalDbRecord(smallDocument());
      const first = await connector().publish(record);
      const again = await connector().publish(buildNationalDbRecord(smallDocument()));
      expect(again).toMatchObject({ publicationId: first.publicationId, url: first.url, revision: 1, outcome: 'unchanged' });
      expect(fake.records).toHaveLength(1);
    });

    it('stores one record when the same document is published concurrently', async () => {
      await start();
      const record = buildNationalDbRecord(smallDocument());
      const receipts = await Promise.all([connector().publish(record), connector().publish(record), connector().publish(record)]);
      expect(new Set(receipts.map((receipt) => receipt.publicationId)).size).toBe(1);
      expect(receipts.map((receipt) => receipt.outcome).sort()).toEqual(['created', 'unchanged', 'unchanged']);
      expect(fake.records).toHaveLength(1);
    });

    it('revises the record, under the same id, when the document changes (a later expiry)', async () => {
      await start();
      const first = await connector().publish(buildNationalDbRecord(smallDocument()));
      const expired = smallDocument({ validityStatus: 'FULLY_EXPIRED', expiryDate: '2026-01-01', expiryReason: 'Bị thay thế bởi Quyết định 01/2026/QĐ-UBND' });
      const revised = await connector().publish(buildNationalDbRecord(expired));
      expect(revised).toMatchObject({ publicationId: first.publicationId, revision: 2, outcome: 'updated' });
      expect(fake.records).toHaveLength(1);
      expect(fake.records[0].record).toMatchObject({ validityStatus: 'FULLY_EXPIRED', validityStatusLabel: 'Hết hiệu lực toàn bộ' });
    });

    it('keeps documents with the same number from different issuers apart', async () => {
      await start();
      await connector().publish(buildNationalDbRecord(smallDocument()));
      const other = await connector().publish(buildNationalDbRecord(smallDocument({ issuer: { id: 'issuer-tra-vinh', name: 'Ủy ban nhân dân tỉnh Trà Vinh' }, territorialScope: 'Tỉnh Trà Vinh' })));
      expect(other.outcome).toBe('created');
      expect(fake.records).toHaveLength(2);
    });
  });

  describe('retries', () => {
    it('retries 503s with growing delays and then succeeds, storing the record once', async () => {
      await start({ failFirst: 3 });
      const receipt = await connector().publish(buildNationalDbRecord(smallDocument()));
      expect(receipt).toMatchObject({ outcome: 'created', attempts: 4 });
      expect(fake.requests.map((request) => request.status)).toEqual([503, 503, 503, 201]);
      expect(fake.records).toHaveLength(1);
      const gaps = fake.requests.slice(1).map((request, i) => request.receivedAt - fake.requests[i].receivedAt);
      // Equal jitter: each delay is at least half its slot of 40, 80, 160 ms.
      expect(gaps[0]).toBeGreaterThanOrEqual(20 - 2);
      expect(gaps[1]).toBeGreaterThanOrEqual(40 - 2);
      expect(gaps[2]).toBeGreaterThanOrEqual(80 - 2);
    });

    it('gives up after maxAttempts with a TransientPublicationError carrying the last status', async () => {
      await start({ failFirst: 100 });
      const error = await connector().publish(buildNationalDbRecord(smallDocument())).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientPublicationError);
      expect(error).toMatchObject({ code: 'SERVER_ERROR', retryable: true, details: { status: 503, attempts: 4, retryAfterMs: null } });
      expect(fake.requests).toHaveLength(4);
      expect(fake.records).toHaveLength(0);
    });

    it('retries after a timeout and, because the first attempt was stored, gets the same record back: exactly once', async () => {
      // The timeout leaves time for the receiver's schema check, not for the held answer.
      await start({ delayFirst: { requests: 1, ms: 6_000 } });
      const receipt = await connector({ timeoutMs: 2_000 }).publish(buildNationalDbRecord(smallDocument()));
      expect(receipt).toMatchObject({ publicationId: 'VBPL-000001', outcome: 'unchanged', attempts: 2 });
      expect(fake.requests).toHaveLength(2);
      expect(fake.records).toHaveLength(1);
    });

    it('reports TIMEOUT when no attempt gets an answer in time', async () => {
      await start({ delayFirst: { requests: 10, ms: 5_000 } });
      const publishing = connector({ timeoutMs: 150, maxAttempts: 2 }).publish(buildNationalDbRecord(smallDocument()));
      await expect(publishing).rejects.toMatchObject({ name: 'TransientPublicationError', code: 'TIMEOUT', details: { status: null, attempts: 2 } });
    });

    it('reports NETWORK when nothing listens at the address', async () => {
      await start();
      await fake.stop();
      const publishing = connector({ maxAttempts: 2 }).publish(buildNationalDbRecord(smallDocument()));
      await expect(publishing).rejects.toMatchObject({ name: 'TransientPublicationError', code: 'NETWORK', details: { attempts: 2 } });
      await expect(publishing).rejects.toThrow(/ECONNREFUSED/u);
    });

    it('stops waiting at once when the caller cancels, and rethrows the caller reason', async () => {
      await start({ failFirst: 100 });
      const controller = new AbortController();
      const publishing = connector({ initialDelayMs: 5_000, maxDelayMs: 5_000 }).publish(buildNationalDbRecord(smallDocument()), { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('activity cancelled')), 100);
      const started = Date.now();
      await expect(publishing).rejects.toThrow('activity cancelled');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(fake.requests).toHaveLength(1);
    });
  });

  describe('permanent failures', () => {
    it('does not retry wrong credentials', async () => {
      await start();
      const publishing = connector({ credentials: { bearerToken: 'wrong-token' } }).publish(buildNationalDbRecord(smallDocument()));
      await expect(publishing).rejects.toBeInstanceOf(PermanentPublicationError);
      await expect(publishing).rejects.toMatchObject({ code: 'UNAUTHORIZED', status: 401, retryable: false });
      expect(fake.requests).toHaveLength(1);
    });

    it('reports every field the receiver rejects, without retrying or storing anything', async () => {
      await start();
      const doc = smallDocument({ effectiveDate: '2025-11-01', validityStatus: 'ALIVE', number: '12/2025/NQ-UBND' });
      doc.originalFile = { ...doc.originalFile, sha256: '0'.repeat(64) };
      const error = await connector().publish(buildNationalDbRecord(doc)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermanentPublicationError);
      const rejected = error as PermanentPublicationError;
      expect(rejected).toMatchObject({ code: 'REJECTED', status: 422, retryable: false });
      expect(rejected.fieldErrors.map((fieldError) => `${fieldError.field} ${fieldError.code}`).sort()).toEqual([
        '/docType inconsistent',
        '/effectiveDate before_issued',
        '/originalFile/sha256 mismatch',
        '/validityStatus enum',
      ]);
      expect(rejected.message).toContain('/effectiveDate: cannot be earlier than issuedDate');
      expect(fake.requests).toHaveLength(1);
      expect(fake.records).toHaveLength(0);
    });

    itWithXmllint('rejects a record whose Akoma Ntoso markup breaks the schema', async () => {
      await start();
      const record = buildNationalDbRecord(smallDocument());
      record.akomaNtoso.xml = record.akomaNtoso.xml.replace('<num>Điều 1.</num>', '<num>Điều 1.</num><bogus/>');
      const publishing = connector().publish(record);
      await expect(publishing).rejects.toMatchObject({ code: 'REJECTED', fieldErrors: [expect.objectContaining({ field: '/akomaNtoso/xml', code: 'schema' })] });
    });
  });

  describe('with a real decision and its signed PDF (16/2025/QĐ-UBND, Hà Nội, 1.5 MB)', () => {
    const pdf = readFileSync(sharedPath('corpus', 'pdf', 'hanoi_qd-ubnd_16-2025.pdf'));
    const record = buildNationalDbRecord(corpusDocument(corpusEntry('ragdemo-pdf-vanbangoc-q-16-2025'), { fileName: 'hanoi_qd-ubnd_16-2025.pdf', bytes: pdf }));

    it('publishes it', async () => {
      await start();
      const receipt = await connector().publish(record);
      expect(receipt).toMatchObject({ outcome: 'created', attempts: 1 });
      expect(fake.records[0].record).toMatchObject({ number: '16/2025/QĐ-UBND', originalFile: { sizeBytes: pdf.length } });
    });

    it('reports wrong credentials as permanent even though the receiver refuses before reading the body', async () => {
      await start();
      const publishing = connector({ credentials: { bearerToken: 'wrong-token' } }).publish(record);
      await expect(publishing).rejects.toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
      expect(fake.requests).toHaveLength(1);
    });
  });
});

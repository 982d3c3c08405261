import { createHash } from 'node:crypto';
import { startFakeNationalDb, type FakeNationalDb } from '../../../../test/support/fake-national-db';
import { buildNationalDbRecord } from '../record/build-national-db-record';
import type { NationalDbRecord } from '../record/national-db-record';
import { smallDocument } from '../test-fixtures/small-document';

/**
 * The fake receiver is only worth its name if it refuses what the real one would (CONTRACT.md).
 * These requests are sent by hand, bypassing the connector, to break one rule at a time.
 */
describe('the fake National Legal Database enforces the contract', () => {
  let fake: FakeNationalDb;
  beforeAll(async () => {
    fake = await startFakeNationalDb({ token: 'contract-token' });
  });
  afterAll(async () => {
    await fake.stop();
  });

  async function put(record: unknown, options: { key?: string; headers?: Record<string, string | null>; method?: string; rawBody?: string } = {}) {
    const body = options.rawBody ?? JSON.stringify(record);
    const key = options.key ?? (record as NationalDbRecord).documentKey;
    const headers: Record<string, string> = {};
    const defaults: Record<string, string | null> = {
      authorization: 'Bearer contract-token',
      'content-type': 'application/json',
      'idempotency-key': key,
      'content-digest': `sha-256=:${createHash('sha256').update(body).digest('base64')}:`,
      ...options.headers,
    };
    for (const [name, value] of Object.entries(defaults)) if (value !== null) headers[name] = value;
    const response = await fetch(`${fake.url}/v1/documents/${key}`, { method: options.method ?? 'PUT', headers, body });
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as { errors?: { field: string; code: string }[] } };
  }

  /** A fresh valid record with one change, and the field errors the receiver answers with. */
  async function fieldErrorsOf(change: (record: NationalDbRecord) => void): Promise<string[]> {
    const record: NationalDbRecord = buildNationalDbRecord(smallDocument({ issuer: { id: `issuer-${Math.random()}`, name: 'Ủy ban nhân dân tỉnh Đồng Tháp' } }));
    change(record);
    const response = await put(record);
    expect(response.status).toBe(422);
    expect(response.contentType).toBe('application/problem+json');
    return (response.body.errors ?? []).map((error) => `${error.field} ${error.code}`);
  }

  it('accepts the record the library builds', async () => {
    expect((await put(buildNationalDbRecord(smallDocument()))).status).toBe(201);
  });

  describe('at the HTTP level', () => {
    const record = buildNationalDbRecord(smallDocument({ number: '99/2025/QĐ-UBND' }));

    it.each([
      ['no credentials', { headers: { authorization: null } }, 401],
      ['a wrong token', { headers: { authorization: 'Bearer nope' } }, 401],
      ['a body that is not JSON by its type', { headers: { 'content-type': 'text/plain' } }, 415],
      ['no Content-Digest', { headers: { 'content-digest': null } }, 400],
      ['a Content-Digest of another body', { headers: { 'content-digest': `sha-256=:${createHash('sha256').update('x').digest('base64')}:` } }, 400],
      ['an Idempotency-Key other than the path key', { headers: { 'idempotency-key': 'a'.repeat(64) } }, 400],
      ['a body that is not JSON', { rawBody: '{"number": ' }, 400],
      ['POST instead of PUT', { method: 'POST' }, 405],
    ])('refuses %s', async (_case, options, status) => {
      expect((await put(record, options)).status).toBe(status);
    });

    it('refuses a record sent under another document key', async () => {
      const errors = (await put(record, { key: 'b'.repeat(64) })).body.errors;
      expect(errors).toEqual([expect.objectContaining({ field: '/documentKey', code: 'mismatch' })]);
    });
  });

  describe('field by field', () => {
    it.each<[string, (record: NationalDbRecord) => void, string[]]>([
      ['an unknown field', (r) => Object.assign(r, { remarks: 'x' }), ['/remarks unknown_field']],
      ['a missing field', (r) => delete (r as Partial<NationalDbRecord>).sector, ['/sector required']],
      ['another record version', (r) => ((r as { recordVersion: string }).recordVersion = '2.0'), ['/recordVersion unsupported_version']],
      ['a number without a year', (r) => (r.number = '2284/QĐ-UBND'), ['/number pattern', '/documentKey mismatch', '/akomaNtoso/xml mismatch']],
      ['a date that does not exist', (r) => (r.effectiveDate = '2025-02-30'), ['/effectiveDate format']],
      ['an expiry before the effective date', (r) => (r.expiryDate = '2025-11-19'), ['/expiryDate before_effective']],
      ['an expiry reason without an expiry date', (r) => (r.expiryReason = 'Hết thời hạn'), ['/expiryDate required']],
      ['half a gazette reference', (r) => (r.gazetteDate = null), ['/source inconsistent']],
      ['a gazette issue before the document', (r) => (r.gazetteDate = '2025-11-01'), ['/gazetteDate before_issued']],
      ['a wrong validity label', (r) => (r.validityStatusLabel = 'Còn hiệu lực'), ['/validityStatusLabel mismatch']],
      ['an unknown signing capacity', (r) => ((r as { signingCapacity: string }).signingCapacity = 'KT.'), ['/signingCapacity enum']],
      ['a non-normative document type', (r) => (r.docType = 'PLAN'), ['/docType enum']],
      ['text that is not NFC', (r) => (r.title = r.title.normalize('NFD')), ['/title format']],
      ['broken base64', (r) => (r.originalFile.contentBase64 = 'JVBER!'), ['/originalFile/contentBase64 format']],
      ['a size that does not match the content', (r) => (r.originalFile.sizeBytes += 1), ['/originalFile/sizeBytes mismatch']],
      ['content that is not the declared PDF', (r) => {
        const bytes = Buffer.from('PK\u0003\u0004 not a pdf');
        Object.assign(r.originalFile, { contentBase64: bytes.toString('base64'), sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      }, ['/originalFile/contentBase64 content_type_mismatch']],
      ['an unsupported MIME type', (r) => (r.originalFile.mimeType = 'text/plain'), ['/originalFile/mimeType enum']],
      ['a path in the file name', (r) => (r.originalFile.fileName = '../qd.pdf'), ['/originalFile/fileName format']],
      ['an inverse label that does not pair', (r) => ((r.relations[2] as { inverseLabel: string }).inverseLabel = 'amended'), ['/relations/2/inverseLabel mismatch']],
      ['an unknown relation label', (r) => ((r.relations[2] as { label: string }).label = 'supersedes'), ['/relations/2/label enum']],
      ['a legal basis that is not a basis relation', (r) => r.legalBasis.pop(), ['/legalBasis inconsistent']],
      ['a cited document with neither number nor title', (r) => Object.assign(r.relations[2], { targetNumber: null }), ['/relations/2 required']],
      ['markup naming another number in one place', (r) => (r.akomaNtoso.xml = r.akomaNtoso.xml.replace('<FRBRnumber value="12/2025/QĐ-UBND"/>', '<FRBRnumber value="13/2025/QĐ-UBND"/>')), ['/akomaNtoso/xml mismatch']],
      ['markup of another expression', (r) => (r.akomaNtoso.frbrExpressionUri = r.akomaNtoso.frbrExpressionUri.replace('vie@2025-11-05', 'vie@2025-11-06')), ['/akomaNtoso/xml mismatch']],
      ['a missing nested field', (r) => delete (r.issuer as Partial<NationalDbRecord['issuer']>).name, ['/issuer/name required']],
    ])('refuses %s', async (_case, change, expected) => {
      expect((await fieldErrorsOf(change)).sort()).toEqual(expected.sort());
    });
  });
});

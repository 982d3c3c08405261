import JSZip from 'jszip';
import { ApiClient } from '../support/api-client';
import { signIn, signInAdmin } from '../support/actors';
import { corpusDocuments } from '../support/corpus';
import { sharedStack } from '../support/shared-stack';
import { eventually } from '../support/wait';

const api = new ApiClient(sharedStack().apiUrl);

describe('bulk loading', () => {
  it('loads JSON Lines in the corpus shape, reports bad lines, and intake finishes for every accepted one', async () => {
    const admin = await signInAdmin(api);
    const sample = corpusDocuments().filter((d) => d.level === 'central' && d.type === 'Thông tư').slice(0, 5);
    const lines = [...sample.map((d) => JSON.stringify(d)), '{ this is not json', JSON.stringify({ text: 'Điều 1. A', metadata: { kind: 'issued', number: 'not a number' } })];
    const response = await admin.request<any>('POST', '/documents/bulk', lines.join('\n'), { 'content-type': 'application/x-ndjson' });
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ total: 7, acceptedCount: 5, rejectedCount: 2 });
    expect(response.body.rejected.map((r: { source: string; code: string }) => [r.source, r.code])).toEqual([
      ['line 6', 'MALFORMED_LINE'],
      ['line 7', 'VALIDATION_FAILED'],
    ]);
    const versionIds = response.body.accepted.map((a: { versionId: string }) => a.versionId);
    const statuses = await eventually(
      () => admin.post('/documents/versions/status', { versionIds }),
      (r) => r.body.every((s: { status: string }) => ['indexed', 'failed', 'needs_ocr'].includes(s.status)),
      120_000,
      1000,
    );
    expect(statuses.body.map((s: { status: string }) => s.status)).toEqual(Array(5).fill('indexed'));
    const loaded = (await api.get(`/documents/${response.body.accepted[0].id}`)).body;
    expect(loaded).toMatchObject({ kind: 'issued', docType: 'CIRCULAR', number: sample[0].number });
  });

  it('loads a zip of files with a metadata.csv and reports rows without files', async () => {
    const admin = await signInAdmin(api);
    const zip = new JSZip();
    zip.file('a/nq-1.txt', 'NGHỊ QUYẾT\nĐiều 1. Phạm vi\nNội dung thử nghiệm zip một.');
    zip.file('nq-2.txt', 'NGHỊ QUYẾT\nĐiều 1. Phạm vi\nNội dung thử nghiệm zip hai.');
    zip.file('metadata.csv', 'file,kind,title,docType\na/nq-1.txt,issued,"Nghị quyết thử, một",RESOLUTION\nmissing.pdf,issued,Không có,RESOLUTION\n');
    const form = new FormData();
    form.append('file', new Blob([await zip.generateAsync({ type: 'nodebuffer' })]), 'load.zip');
    const response = await admin.request<any>('POST', '/documents/bulk', form);
    expect(response.status).toBe(202);
    expect(response.body.acceptedCount).toBe(2);
    expect(response.body.rejected).toEqual([expect.objectContaining({ source: 'metadata.csv: missing.pdf' })]);
    const withMetadata = response.body.accepted.find((a: { source: string }) => a.source === 'zip: a/nq-1.txt');
    expect((await api.get(`/documents/${withMetadata.id}`)).body.title).toBe('Nghị quyết thử, một');
  });

  it('is for admins and reviewers only, and refuses other formats with 415', async () => {
    const drafter = await signIn(api, 'drafter@legis.local');
    expect((await drafter.request('POST', '/documents/bulk', '{}', { 'content-type': 'application/x-ndjson' })).status).toBe(403);
    const admin = await signInAdmin(api);
    expect((await admin.post('/documents/bulk', { text: 'x' })).body).toMatchObject({ status: 415, code: 'UNSUPPORTED_BULK_FORMAT' });
  });
});

import { ApiClient, unique } from '../support/api-client';
import { signInAdmin } from '../support/actors';
import { corpusDocument } from '../support/corpus';
import { intakeFinished } from '../support/intake';
import { sharedStack } from '../support/shared-stack';

const api = new ApiClient(sharedStack().apiUrl);

describe('relations between documents', () => {
  it('keeps a reference to a document not loaded yet, and links it when that document arrives', async () => {
    const admin = await signInAdmin(api);
    // A province of this test's own: other tests load the same Hà Nội numbers, and provincial
    // numbers resolve only within their issuer.
    const metadata = { kind: 'issued', issuerName: `Ủy ban nhân dân thành phố ${unique('Thử')}` };
    // 40/2025/QĐ-UBND (Hà Nội) amends Điều 5 of 71/2024/QĐ-UBND: load the amending one first.
    const amending = await admin.post('/documents', { text: corpusDocument('ragdemo-pdf-vanbangoc-q-40-2025').text, metadata });
    await intakeFinished(admin, amending.body.statusUrl);
    const pending = (await api.get(`/documents/${amending.body.id}`)).body.relations.filter(
      (r: { type: string; cited: { number: string } | null }) => r.type === 'AMENDS' && r.cited?.number === '71/2024/QĐ-UBND',
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((r: { document: unknown }) => r.document === null)).toBe(true);

    const amended = await admin.post('/documents', { text: corpusDocument('ragdemo-pdf-vanbangoc-71-2024').text, metadata });
    await intakeFinished(admin, amended.body.statusUrl);
    const incoming = (await api.get(`/documents/${amended.body.id}`)).body.relations.filter((r: { direction: string; type: string }) => r.direction === 'incoming' && r.type === 'AMENDS');
    expect(incoming.length).toBeGreaterThan(0);
    expect(incoming[0]).toMatchObject({ document: { id: amending.body.id, number: '40/2025/QĐ-UBND' } });
    expect(incoming.map((r: { targetPathKey: string }) => r.targetPathKey)).toEqual(expect.arrayContaining([expect.stringMatching(/^d5/)]));
  });
});

import type { ProvisionIndexInput } from './index-inputs';
import { PASSAGE_WORDS } from './passages';
import { provisionFingerprint, toProvisionIndexDocuments } from './provision-mapper';
import { OPEN_END, vietnamDayStart } from './timestamps';

const input = (overrides: Partial<ProvisionIndexInput> = {}, document: Partial<ProvisionIndexInput['document']> = {}): ProvisionIndexInput => ({
  id: '9d2c1b7a-0000-4000-8000-000000000001',
  documentId: 'doc-1',
  versionId: 'ver-1',
  level: 'dieu',
  number: '5',
  pathKey: 'chuong:II/dieu:5',
  citationKey: '12/2023/QĐ-UBND#d5',
  heading: 'Điều 5. Hạn mức giao đất',
  text: 'Hạn mức giao đất ở tại nông thôn không quá 300 m2 theo quy định của UBND tỉnh.',
  ord: 7,
  validityStatus: null,
  validFrom: null,
  validUntil: null,
  document: {
    id: 'doc-1',
    kind: 'issued',
    docType: 'QUYET_DINH',
    number: '12/2023/QĐ-UBND',
    title: 'Quyết định ban hành Quy định về hạn mức giao đất',
    issuerId: 'issuer-ubnd',
    issuerName: 'Ủy ban nhân dân tỉnh Trà Vinh',
    draftingAgencyId: 'agency-tnmt',
    field: 'dat-dai',
    validityStatus: 'IN_FORCE',
    issuedDate: '2023-03-05',
    effectiveDate: '2023-03-15',
    expiryDate: '2030-01-01',
    authorityRank: 11,
    ...document,
  },
  ...overrides,
});

/** The single index document of a provision short enough to be one passage. */
function toProvisionIndexDocument(provision: ProvisionIndexInput) {
  const documents = toProvisionIndexDocuments(provision);
  expect(documents).toHaveLength(1);
  return documents[0];
}

describe('toProvisionIndexDocuments', () => {
  it('denormalises what a hit shows of its document', () => {
    expect(toProvisionIndexDocument(input())).toMatchObject({
      id: '9d2c1b7a-0000-4000-8000-000000000001',
      provisionId: '9d2c1b7a-0000-4000-8000-000000000001',
      documentId: 'doc-1',
      versionId: 'ver-1',
      documentNumber: '12/2023/QĐ-UBND',
      documentTitle: 'Quyết định ban hành Quy định về hạn mức giao đất',
      kind: 'issued',
      year: 2023,
      citationKey: '12/2023/QĐ-UBND#d5',
      ord: 7,
      authorityRank: 11,
    });
  });

  it('applies the document interval when the provision has none of its own', () => {
    expect(toProvisionIndexDocument(input())).toMatchObject({
      effectiveFrom: vietnamDayStart('2023-03-15'),
      effectiveTo: vietnamDayStart('2030-01-01'),
      effectiveOn: '2023-03-15',
      expiresOn: '2030-01-01',
    });
  });

  it('ends on the provision’s own end when it comes before the document’s', () => {
    const doc = toProvisionIndexDocument(input({ validUntil: '2025-07-01' }));
    expect(doc.effectiveTo).toBe(vietnamDayStart('2025-07-01'));
    expect(doc.expiresOn).toBe('2025-07-01');
  });

  it('keeps the document’s end when the provision’s own end comes later', () => {
    expect(toProvisionIndexDocument(input({ validUntil: '2031-01-01' })).effectiveTo).toBe(vietnamDayStart('2030-01-01'));
  });

  it('starts on the provision’s own start date when it has one', () => {
    expect(toProvisionIndexDocument(input({ validFrom: '2024-01-01' })).effectiveFrom).toBe(vietnamDayStart('2024-01-01'));
  });

  it('is never in force with an unknown start and runs forever with no end', () => {
    const doc = toProvisionIndexDocument(input({}, { effectiveDate: null, expiryDate: null }));
    expect(doc).toMatchObject({ effectiveFrom: OPEN_END, effectiveTo: OPEN_END });
  });

  it('takes the provision’s own status over the document’s', () => {
    expect(toProvisionIndexDocument(input()).validityStatus).toBe('IN_FORCE');
    expect(toProvisionIndexDocument(input({ validityStatus: 'FULLY_EXPIRED' })).validityStatus).toBe('FULLY_EXPIRED');
  });

  it('keeps the text exactly as given, since the overlap engine uses offsets into it', () => {
    const text = '  1. Khoản một.\n\n  2. Khoản hai.  ';
    expect(toProvisionIndexDocument(input({ text })).text).toBe(text);
  });

  it('adds aliases for abbreviations in the heading and text', () => {
    expect(toProvisionIndexDocument(input()).aliases).toEqual(['Ủy ban nhân dân']);
  });

  it('encodes a provision id Meilisearch would reject', () => {
    expect(toProvisionIndexDocument(input({ id: 'doc-1#d5' })).id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('indexes a short provision as one passage under the provision’s own id', () => {
    expect(toProvisionIndexDocument(input())).toMatchObject({ passage: 0, passageCount: 1, textOffset: 0 });
  });

  it('splits a long provision into passages that share its fields and fingerprint and locate their text', () => {
    const text = Array.from({ length: 2 * PASSAGE_WORDS }, (_, i) => (i === 450 ? 'UBND' : `tiếng${i}`)).join(' ');
    const provision = input({ text });
    const documents = toProvisionIndexDocuments(provision);
    expect(documents.length).toBeGreaterThan(1);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    expect(documents[0].id).toBe(provision.id);
    for (const [index, document] of documents.entries()) {
      expect(document).toMatchObject({ provisionId: provision.id, passage: index, passageCount: documents.length, pathKey: provision.pathKey });
      expect(document.fingerprint).toBe(provisionFingerprint(provision));
      expect(text.slice(document.textOffset, document.textOffset + document.text.length)).toBe(document.text);
    }
    expect(documents.filter((d) => d.aliases.includes('Ủy ban nhân dân')).length).toBeGreaterThan(0);
    expect(documents.filter((d) => d.aliases.includes('Ủy ban nhân dân')).every((d) => d.text.includes('UBND'))).toBe(true);
  });
});

describe('provisionFingerprint', () => {
  it('changes when the text, the interval or the document changes, and only then', () => {
    const base = provisionFingerprint(input());
    expect(provisionFingerprint(input())).toBe(base);
    expect(provisionFingerprint(input({ text: 'Hạn mức khác.' }))).not.toBe(base);
    expect(provisionFingerprint(input({ validUntil: '2025-07-01' }))).not.toBe(base);
    expect(provisionFingerprint(input({}, { title: 'Tên khác' }))).not.toBe(base);
  });
});

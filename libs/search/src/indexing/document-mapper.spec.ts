import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { DOCUMENT_EXCERPT_CHARS, documentFingerprint, toDocumentIndexDocument } from './document-mapper';
import type { DocumentIndexInput } from './index-inputs';
import { OPEN_END, vietnamDayStart } from './timestamps';

const input = (overrides: Partial<DocumentIndexInput> = {}): DocumentIndexInput => ({
  id: '5f0c6c1e-4a43-4f43-9b7a-1a2b3c4d5e6f',
  kind: 'issued',
  docType: 'QUYET_DINH',
  number: '12/2023/QĐ-UBND',
  title: 'Quyết định ban hành Quy định về quản lý đất đai',
  issuerId: 'issuer-ubnd',
  issuerName: 'Ủy ban nhân dân tỉnh Trà Vinh',
  draftingAgencyId: 'agency-tnmt',
  field: 'dat-dai',
  validityStatus: 'IN_FORCE',
  issuedDate: '2023-03-05',
  effectiveDate: '2023-03-15',
  expiryDate: null,
  authorityRank: 11,
  text: 'ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/2023/QĐ-UBND\nCăn cứ Luật Đất đai;',
  ...overrides,
});

describe('toDocumentIndexDocument', () => {
  it('stores the metadata, the year, and day-start timestamps of the dates', () => {
    const doc = toDocumentIndexDocument(input());
    expect(doc).toMatchObject({
      id: '5f0c6c1e-4a43-4f43-9b7a-1a2b3c4d5e6f',
      documentId: '5f0c6c1e-4a43-4f43-9b7a-1a2b3c4d5e6f',
      kind: 'issued',
      number: '12/2023/QĐ-UBND',
      year: 2023,
      issuedDate: vietnamDayStart('2023-03-05'),
      effectiveFrom: vietnamDayStart('2023-03-15'),
      effectiveTo: OPEN_END,
      issuedOn: '2023-03-05',
      draftingAgencyId: 'agency-tnmt',
    });
  });

  it('keeps only the opening of a long text, cut between words', () => {
    const doc = toDocumentIndexDocument(input({ text: 'quy định '.repeat(1_000) }));
    expect(doc.text.length).toBeLessThanOrEqual(DOCUMENT_EXCERPT_CHARS + 2);
    expect(doc.text).toMatch(/(quy|định) …$/u);
  });

  it('collapses line breaks of the excerpt', () => {
    expect(toDocumentIndexDocument(input()).text).toBe('ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Số: 12/2023/QĐ-UBND Căn cứ Luật Đất đai;');
  });

  it('stores texts in NFC whatever form they came in', () => {
    const doc = toDocumentIndexDocument(input({ title: 'Quyết định'.normalize('NFD') }));
    expect(doc.title).toBe('Quyết định'.normalize('NFC'));
  });

  it('adds the long forms of the abbreviations the title and text use', () => {
    const doc = toDocumentIndexDocument(input({ title: 'Quy định về BHXH tự nguyện' }));
    expect(doc.aliases).toEqual(expect.arrayContaining(['bảo hiểm xã hội', 'Ủy ban nhân dân']));
  });

  it('marks an unknown effective date and an open end with OPEN_END', () => {
    const doc = toDocumentIndexDocument(input({ kind: 'draft', issuedDate: null, effectiveDate: null }));
    expect(doc).toMatchObject({ year: null, issuedDate: null, effectiveFrom: OPEN_END, effectiveTo: OPEN_END });
  });

  it('rejects a malformed date instead of indexing a wrong interval', () => {
    expect(() => toDocumentIndexDocument(input({ expiryDate: '2024-13-01' }))).toThrow(InvalidSearchInputError);
  });
});

describe('documentFingerprint', () => {
  it('is what the mapper stores, and stable', () => {
    expect(documentFingerprint(input())).toBe(toDocumentIndexDocument(input()).fingerprint);
    expect(documentFingerprint(input())).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with any stored field, and not with the part of the text past the excerpt', () => {
    const base = documentFingerprint(input());
    expect(documentFingerprint(input({ validityStatus: 'FULLY_EXPIRED' }))).not.toBe(base);
    expect(documentFingerprint(input({ title: 'Quyết định khác' }))).not.toBe(base);
    const long = 'x '.repeat(DOCUMENT_EXCERPT_CHARS);
    expect(documentFingerprint(input({ text: `${long}a` }))).toBe(documentFingerprint(input({ text: `${long}b` })));
  });
});

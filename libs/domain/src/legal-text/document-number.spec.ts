import { DomainError } from '../errors';
import { authorityRank, docTypeFromCode, docTypeFromName, issuerCodeInfo } from './doc-types';
import { normalizeDocumentNumber, parseDocumentNumber, requireDocumentNumber } from './document-number';

function parsed(input: string) {
  const result = parseDocumentNumber(input);
  if (!result.ok) throw new Error(result.error.reason);
  return result.value;
}

describe('document numbers', () => {
  it('parses a provincial decision number into sequence, year, type and issuer', () => {
    expect(parsed('12/2023/QĐ-UBND')).toMatchObject({
      seq: '12', seqValue: 12, year: 2023, typeCode: 'QĐ', issuerCode: 'UBND', docType: 'DECISION',
      normalized: '12/2023/QĐ-UBND', isNormativeFormat: true, isConsolidated: false,
    });
  });

  it('keeps the zero padding of Đắk Lắk numbers in the sequence', () => {
    expect(parsed('043/2025/QĐ-UBND')).toMatchObject({ seq: '043', seqValue: 43, year: 2025 });
  });

  it('reads a National Assembly number, which has no type symbol', () => {
    expect(parsed('64/2025/QH15')).toMatchObject({ typeCode: null, issuerCode: 'QH15', docType: null, isNormativeFormat: true });
  });

  it('reads decrees, mixed-case Prime Minister decisions and joint circulars', () => {
    expect(parsed('78/2025/NĐ-CP')).toMatchObject({ typeCode: 'NĐ', issuerCode: 'CP', docType: 'DECREE' });
    expect(parsed('50/2025/QĐ-TTg')).toMatchObject({ typeCode: 'QĐ', issuerCode: 'TTg' });
    expect(parsed('02/2015/TTLT-BTP-BNV')).toMatchObject({ typeCode: 'TTLT', issuerCodes: ['BTP', 'BNV'], docType: 'JOINT_CIRCULAR' });
  });

  it('reads administrative numbers and consolidated texts, which have no year', () => {
    expect(parsed('2284/QĐ-UBND')).toMatchObject({ year: null, typeCode: 'QĐ', isNormativeFormat: false });
    expect(parsed('23/VBHN-VPQH')).toMatchObject({ year: null, typeCode: 'VBHN', issuerCode: 'VPQH', isConsolidated: true, docType: 'CONSOLIDATED_TEXT' });
    expect(parsed('55/KTVB&TCTHPL-KGVX')).toMatchObject({ year: null, typeCode: null, issuerCodes: ['KTVB&TCTHPL', 'KGVX'] });
  });

  it('accepts the sub-numbered Government resolutions of 2026 (66.16/2026/NQ-CP)', () => {
    expect(parsed('66.16/2026/NQ-CP')).toMatchObject({ seq: '66.16', year: 2026, typeCode: 'NQ' });
  });

  it('normalises the noise of real data: Số prefix, spaces, Icelandic Eth, plain D, lost hyphens', () => {
    expect(normalizeDocumentNumber('Số: 56/ 2015/ NĐ - CP')).toBe('56/2015/NĐ-CP');
    expect(normalizeDocumentNumber('12/2023/Q\u00D0-UBND')).toBe('12/2023/QĐ-UBND');
    expect(normalizeDocumentNumber('12/2023/QD-UBND')).toBe('12/2023/QĐ-UBND');
    expect(normalizeDocumentNumber('05/2025/nq-hdnd')).toBe('05/2025/NQ-HĐND');
    expect(normalizeDocumentNumber('55/2024/QĐUBND')).toBe('55/2024/QĐ-UBND');
    expect(normalizeDocumentNumber('Luật số: 64/2025/QH15')).toBe('64/2025/QH15');
    expect(normalizeDocumentNumber('12/2022/TT-BLDTBXH')).toBe('12/2022/TT-BLĐTBXH');
  });

  it('rejects what is not a number with a reason fit for a 422 response', () => {
    expect(parseDocumentNumber('')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parseDocumentNumber('Quyết định về giá đất')).toMatchObject({ ok: false, error: { code: 'UNRECOGNIZED_FORMAT' } });
    expect(parseDocumentNumber('12/2999/QĐ-UBND')).toMatchObject({ ok: false, error: { code: 'INVALID_YEAR' } });
    expect(parseDocumentNumber('0/2024/QĐ-UBND')).toMatchObject({ ok: false, error: { code: 'INVALID_SEQUENCE' } });
    const result = parseDocumentNumber('abc');
    expect(result.ok ? '' : result.error.reason).toMatch(/is not a document number/);
  });

  it('throws an invalid DomainError for a number a caller supplied', () => {
    expect(() => requireDocumentNumber('abc', 'basisNumber')).toThrow(DomainError);
    try {
      requireDocumentNumber('abc', 'basisNumber');
    } catch (error) {
      expect(error).toMatchObject({ kind: 'invalid', code: 'DOCUMENT_NUMBER_UNRECOGNIZED_FORMAT', details: { fieldErrors: [{ field: 'basisNumber' }] } });
    }
  });
});

describe('document type vocabulary', () => {
  it('maps symbols and Vietnamese names to one code', () => {
    expect(docTypeFromCode('QĐ')).toBe('DECISION');
    expect(docTypeFromCode('nđ')).toBe('DECREE');
    expect(docTypeFromName('Thông tư liên tịch')).toBe('JOINT_CIRCULAR');
    expect(docTypeFromName('BỘ LUẬT')).toBe('CODE');
    expect(docTypeFromName('Văn bản hợp nhất')).toBe('CONSOLIDATED_TEXT');
    expect(docTypeFromName('Hiến pháp')).toBe('CONSTITUTION');
    expect(docTypeFromName('Chỉ thị')).toBe('DIRECTIVE');
  });

  it('ranks documents by the hierarchy of Law 64 Art. 4, issuer included', () => {
    expect(authorityRank({ docType: 'CONSTITUTION' })).toBe(1);
    expect(authorityRank({ docType: 'RESOLUTION', issuerCode: 'QH15' })).toBe(2);
    expect(authorityRank({ docType: 'DECREE', issuerCode: 'CP' })).toBe(5);
    expect(authorityRank({ docType: 'DECISION', issuerCode: 'TTg' })).toBe(6);
    expect(authorityRank({ docType: 'RESOLUTION', issuerCode: 'HĐND' })).toBe(10);
    expect(authorityRank({ docType: 'DECISION', issuerCode: 'UBND' })).toBe(11);
    expect(authorityRank({ docType: 'DECISION', issuerCode: 'UBND', localLevel: 'commune' })).toBe(15);
    expect(authorityRank({ docType: 'DIRECTIVE', issuerCode: 'UBND' })).toBeNull();
  });

  it('explains issuer symbols, ignoring the term number', () => {
    expect(issuerCodeInfo('HĐND')).toMatchObject({ name: 'Hội đồng nhân dân', kind: 'council' });
    expect(issuerCodeInfo('QH15')).toMatchObject({ name: 'Quốc hội' });
    expect(issuerCodeInfo('BTC')?.name).toBe('Bộ Tài chính');
    expect(issuerCodeInfo('XYZ')).toBeNull();
  });
});

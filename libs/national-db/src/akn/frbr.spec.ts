import { smallDocument } from '../test-fixtures/small-document';
import { frbrIdentity } from './frbr';

describe('frbrIdentity', () => {
  it('builds Work, Expression and Manifestation URIs from the province, type, year and number', () => {
    const doc = smallDocument({ number: '55/2025/NQ-HĐND', docType: 'RESOLUTION', territorialScope: 'Thành phố Hà Nội', issuedDate: '2025-11-26' });
    expect(frbrIdentity(doc)).toEqual({
      country: 'vn-hanoi',
      workUri: '/akn/vn-hanoi/act/resolution/2025/55-2025-nq-hdnd',
      expressionUri: '/akn/vn-hanoi/act/resolution/2025/55-2025-nq-hdnd/vie@2025-11-26',
      manifestationUri: '/akn/vn-hanoi/act/resolution/2025/55-2025-nq-hdnd/vie@2025-11-26.akn',
      expressionDate: '2025-11-26',
    });
  });

  it('falls back to the issuer when the scope is the whole country', () => {
    const doc = smallDocument({ territorialScope: 'Toàn quốc', issuer: { id: 'x', name: 'Ủy ban nhân dân tỉnh Trà Vinh' } });
    expect(frbrIdentity(doc).country).toBe('vn-travinh');
  });

  it('takes an official place code when the caller has one', () => {
    expect(frbrIdentity(smallDocument(), 'dt').workUri).toBe('/akn/vn-dt/act/decision/2025/12-2025-qd-ubnd');
  });

  it('reads the year from the number, not from the date of issue', () => {
    const doc = smallDocument({ number: '01/2026/QĐ-UBND', issuedDate: '2025-12-31' });
    expect(frbrIdentity(doc).workUri).toContain('/2026/01-2026-qd-ubnd');
  });
});

import { dutiesFulfilledBy, localBodyOf, type OpenDuty } from './match-fulfilment';

describe('which duties a provincial document fulfils', () => {
  const duty = (pathKey: string, addressee: OpenDuty['addressee'], coveredPathKeys = [pathKey]): OpenDuty => ({ caseId: `duty-c-${pathKey}-${addressee}`, sourceDocumentId: 'c', pathKey, coveredPathKeys, addressee });
  const duties = [duty('d26.k2', 'council'), duty('d28.k3', 'council'), duty('d12.k5', 'committee', ['d12.k3']), duty('d30', 'chair')];

  it('matches the provision a DETAILS relation or a "Căn cứ khoản … Điều …" line names, on the issuing body', () => {
    expect(dutiesFulfilledBy('council', [{ type: 'DETAILS', targetDocumentId: 'c', targetPathKey: 'd26.k2', provision: null }], duties)).toEqual(['duty-c-d26.k2-council']);
    expect(dutiesFulfilledBy('council', [{ type: 'BASED_ON', targetDocumentId: 'c', targetPathKey: null, provision: 'khoản 3 Điều 28' }], duties)).toEqual(['duty-c-d28.k3-council']);
    // "Ủy ban nhân dân cấp tỉnh quy định chi tiết khoản 3 Điều này" in d12.k5: detailing d12.k3 fulfils it.
    expect(dutiesFulfilledBy('committee', [{ type: 'DETAILS', targetDocumentId: 'c', targetPathKey: 'd12.k3', provision: null }], duties)).toEqual(['duty-c-d12.k5-committee']);
    expect(dutiesFulfilledBy('committee', [{ type: 'DETAILS', targetDocumentId: 'c', targetPathKey: 'd26.k2', provision: null }], duties)).toEqual([]);
    expect(dutiesFulfilledBy('council', [{ type: 'CITES', targetDocumentId: 'c', targetPathKey: 'd26.k2', provision: null }], duties)).toEqual([]);
  });

  it('matches a relation to the whole document only when that leaves a single duty of the body', () => {
    const whole = [{ type: 'BASED_ON', targetDocumentId: 'c', targetPathKey: null, provision: null }];
    expect(dutiesFulfilledBy('council', whole, duties)).toEqual([]);
    expect(dutiesFulfilledBy('council', whole, [duty('d26.k2', 'council'), duty('d30', 'committee')])).toEqual(['duty-c-d26.k2-council']);
  });

  it('knows the issuing body from the issuer name', () => {
    expect(localBodyOf('Hội đồng nhân dân tỉnh Bắc Giang')).toBe('council');
    expect(localBodyOf('UỶ BAN NHÂN DÂN TỈNH CAO BẰNG')).toBe('committee');
    expect(localBodyOf('Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng')).toBe('committee');
    expect(localBodyOf('Bộ Tài chính')).toBeNull();
  });
});

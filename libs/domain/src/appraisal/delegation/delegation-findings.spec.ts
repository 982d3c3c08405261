import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { parseLegalText } from '../../legal-text';
import { CorpusProvisions } from '../testing/corpus';
import { DRAFT_RESOLUTION } from '../testing/draft-resolution';
import type { AppraisalDraft, BasisLine, DelegatingTarget, DelegationDuty } from '../types';
import { delegationFindings } from './delegation-findings';
import type { DetailsClaim } from './details-claims';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));

const council: AppraisalDraft = { documentId: 'draft', docType: 'RESOLUTION', issuerLevel: 'provincial', issuerKind: 'council', plannedEffectiveDate: '2026-05-26', versionNo: 1 };
const basis: BasisLine[] = parseLegalText(DRAFT_RESOLUTION).legalBasis.map((line) => ({ basis: line, resolved: null }));

function claim(number: string, targetPathKey: string, docType: DetailsClaim['document']['docType'] = 'DECREE'): DetailsClaim {
  return { key: `d1.k1>${number}#${targetPathKey}`, sourcePathKey: 'd1.k1', document: { number, docType, name: null }, targetPathKey, raw: `${targetPathKey} của ${number}` };
}

/** An article of a corpus document as the caller would load it. */
function article(number: string, articleKey: string, effectiveDate: string | null): DelegatingTarget {
  return {
    documentId: `doc:${number}`,
    documentNumber: number,
    docType: null,
    title: null,
    provisions: corpus.provisions(number).filter((p) => p.pathKey === articleKey || p.pathKey.startsWith(`${articleKey}.`)),
    effectiveDate,
  };
}

const duty: DelegationDuty = { sourceDocumentNumber: '185/2026/NĐ-CP', sourcePathKey: 'd15.k2', assignee: 'HĐND', subject: 'Mức phụ cấp …', dueDate: '2026-05-26' };
const rulesOf = (...args: Parameters<typeof delegationFindings>) => delegationFindings(...args).map((f) => [f.rule, f.severity]);

describe('delegationFindings', () => {
  it('is content with a draft that details what is delegated to it, on record, cited, on time', () => {
    const input = { claims: [{ claim: claim('185/2026/NĐ-CP', 'd15.k2.a'), target: article('185/2026/NĐ-CP', 'd15', '2026-05-26') }], duties: [duty] };
    expect(rulesOf(input, council, basis)).toEqual([['delegation_confirmed', 'info']]);
  });

  it('warns when the cited clause is not the delegated one', () => {
    // Điều 15 delegates khoản 2 ("… trình Hội đồng nhân dân cùng cấp quy định cụ thể …") and khoản 3, not khoản 1.
    const findings = delegationFindings({ claims: [{ claim: claim('185/2026/NĐ-CP', 'd15.k1'), target: article('185/2026/NĐ-CP', 'd15', '2026-05-26') }], duties: [duty] }, council, basis);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['delegation_scope_mismatch', 'warning'],
      ['delegation_duty_missing', 'info'],
    ]);
    expect(findings[0].message).toBe(
      'Điều 15 of 185/2026/NĐ-CP delegates to the Hội đồng nhân dân cấp tỉnh only khoản 2 Điều 15, khoản 3 Điều 15, not the cited khoản 1 Điều 15: a detailed regulation details only the delegated content.',
    );
  });

  it('warns when the cited article delegates nothing to a local body', () => {
    // Luật Bảo hiểm xã hội 41/2024/QH15 Điều 7: "… Chính phủ quy định chi tiết Điều này."
    const input = { claims: [{ claim: claim('41/2024/QH15', 'd7.k3', 'LAW'), target: article('41/2024/QH15', 'd7', '2025-07-01') }], duties: [] };
    expect(rulesOf(input, { ...council, plannedEffectiveDate: '2025-07-01' }, basis)).toEqual([
      ['delegation_not_found', 'warning'],
      ['delegation_duty_missing', 'info'],
      ['delegation_basis_missing', 'warning'],
    ]);
  });

  it('blocks a draft planned to take effect before the content it details, and says when it has no date', () => {
    const input = { claims: [{ claim: claim('185/2026/NĐ-CP', 'd15.k2'), target: article('185/2026/NĐ-CP', 'd15', '2026-05-26') }], duties: [duty] };
    const early = delegationFindings(input, { ...council, plannedEffectiveDate: '2026-05-01' }, basis).find((f) => f.rule === 'delegation_effective_early')!;
    expect(early).toMatchObject({ severity: 'blocking', details: { due: '2026-05-26', planned: '2026-05-01', days: -25 } });
    expect(rulesOf(input, { ...council, plannedEffectiveDate: null }, basis)).toEqual([
      ['delegation_confirmed', 'info'],
      ['delegation_effective_unplanned', 'info'],
    ]);
  });

  it('takes the due date from the duty when the target has none', () => {
    const input = { claims: [{ claim: claim('185/2026/NĐ-CP', 'd15.k2'), target: { ...article('185/2026/NĐ-CP', 'd15', null) } }], duties: [{ ...duty, dueDate: '2026-06-01' }] };
    expect(rulesOf(input, council, basis)).toEqual([
      ['delegation_confirmed', 'info'],
      ['delegation_effective_early', 'blocking'],
    ]);
  });

  it('checks a commune draft against delegations to the commune level', () => {
    const commune: AppraisalDraft = { ...council, issuerLevel: 'commune', issuerKind: 'committee', docType: 'DECISION' };
    const target: DelegatingTarget = {
      documentId: 'law',
      documentNumber: '99/2026/QH15',
      docType: 'LAW',
      title: null,
      provisions: [{ pathKey: 'd20.k4', text: 'Ủy ban nhân dân cấp xã quy định địa điểm, thời gian tập kết chất thải rắn sinh hoạt trên địa bàn.' }],
      effectiveDate: null,
    };
    const findings = delegationFindings({ claims: [{ claim: claim('99/2026/QH15', 'd20.k4', 'LAW'), target }], duties: [] }, commune, basis);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['delegation_confirmed', 'info'],
      ['delegation_duty_missing', 'info'],
      ['delegation_basis_missing', 'warning'],
    ]);
    const provincial = delegationFindings({ claims: [{ claim: claim('99/2026/QH15', 'd20.k4', 'LAW'), target }], duties: [] }, { ...commune, issuerLevel: 'provincial' }, basis);
    expect(provincial[0]).toMatchObject({ rule: 'delegation_wrong_assignee', severity: 'blocking' });
  });
});

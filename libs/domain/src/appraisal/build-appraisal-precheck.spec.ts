import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';
import { parseLegalText } from '../legal-text';
import { analyzeProvision, compareProvisions, markHigherRanking } from '../overlap';
import { buildAppraisalPrecheck } from './build-appraisal-precheck';
import { findDetailsClaims } from './delegation/details-claims';
import { CorpusProvisions } from './testing/corpus';
import { DRAFT_RESOLUTION } from './testing/draft-resolution';
import type { AppraisalPrecheckInput, BasisLine, DelegatingTarget, OverlapReport, ResolvedBasisDocument } from './types';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));
const DECREE = '185/2026/NĐ-CP';

const parsed = parseLegalText(DRAFT_RESOLUTION);

const STORED: Record<string, Omit<ResolvedBasisDocument, 'validityStatus' | 'expiryDate' | 'adoptedOrSigned'>> = {
  '72/2025/QH15': { documentId: 'luat-72', number: '72/2025/QH15', docType: 'LAW', title: 'Luật Tổ chức chính quyền địa phương', issuerCode: 'QH15', authorityRank: 2, effectiveDate: '2025-06-16', issuedDate: null },
  '64/2025/QH15': { documentId: 'luat-64', number: '64/2025/QH15', docType: 'LAW', title: 'Luật Ban hành văn bản quy phạm pháp luật', issuerCode: 'QH15', authorityRank: 2, effectiveDate: '2025-04-01', issuedDate: null },
  [DECREE]: { documentId: 'nd-185', number: DECREE, docType: 'DECREE', title: 'Quy định về tổ chức, hoạt động của thôn, tổ dân phố …', issuerCode: 'CP', authorityRank: 5, effectiveDate: '2026-05-26', issuedDate: '2026-05-26' },
  '12/2024/QĐ-UBND': { documentId: 'qd-12', number: '12/2024/QĐ-UBND', docType: 'DECISION', title: 'Ban hành Quy chế tổ chức và hoạt động của thôn, tổ dân phố', issuerCode: 'UBND', authorityRank: 11, effectiveDate: '2024-04-01', issuedDate: '2024-03-15' },
};

/** What the activity would find: Luật 89/2025 is not in this province's database. */
const basis: BasisLine[] = parsed.legalBasis.map((line) => {
  const found = line.number === null ? undefined : STORED[line.number];
  return { basis: line, resolved: found === undefined ? null : { ...found, validityStatus: 'IN_FORCE', expiryDate: null, adoptedOrSigned: true } };
});

/** Điều 15 of the decree as stored: "… Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quy định cụ thể những nội dung sau: …". */
const target: DelegatingTarget = {
  documentId: 'nd-185',
  documentNumber: DECREE,
  docType: 'DECREE',
  title: STORED[DECREE].title,
  provisions: corpus.provisions(DECREE).filter((p) => p.pathKey === 'd15' || p.pathKey.startsWith('d15.')),
  effectiveDate: '2026-05-26',
};

/** The overlap report: khoản 1 Điều 2 of the draft against điểm b khoản 1 Điều 15 of the decree (they share "… phụ cấp bằng … lần mức lương cơ sở"). */
function overlapReport(): OverlapReport {
  const draftText = parsed.provisions[1].children[0].text;
  const decreeText = corpus.provision(DECREE, 'd15.k1.b').text;
  const result = markHigherRanking(compareProvisions(analyzeProvision(draftText), analyzeProvision(decreeText)), 10, 5);
  return {
    findings: [
      {
        pathKey: 'd2.k1',
        heading: null,
        text: draftText,
        candidates: [
          {
            documentId: 'nd-185',
            documentNumber: DECREE,
            documentTitle: STORED[DECREE].title,
            docType: 'DECREE',
            pathKey: 'd15.k1.b',
            citationKey: `${DECREE}#d15.k1.b`,
            score: result.score,
            class: result.class === 'unrelated' ? 'related' : result.class,
            explanation: result.explanation,
            higherRanking: result.higherRanking === true,
          },
        ],
      },
    ],
  };
}

function input(overrides: Partial<AppraisalPrecheckInput> = {}): AppraisalPrecheckInput {
  return {
    draft: { documentId: 'draft-gl-phu-cap', docType: 'RESOLUTION', issuerLevel: 'provincial', issuerKind: 'council', plannedEffectiveDate: '2026-07-01', versionNo: 2 },
    parsed,
    basis,
    overlapReport: overlapReport(),
    delegation: {
      claims: findDetailsClaims(parsed).map((claim) => ({ claim, target })),
      duties: [{ sourceDocumentNumber: DECREE, sourcePathKey: 'd15.k2', assignee: 'HĐND', subject: 'Mức phụ cấp của từng chức danh …', dueDate: '2026-05-26' }],
    },
    ...overrides,
  };
}

describe('buildAppraisalPrecheck', () => {
  it('pre-checks a provincial resolution detailing a decree', () => {
    const precheck = buildAppraisalPrecheck(input());
    expect(precheck.findings.map((f) => [f.severity, f.category, f.rule, f.pathKey])).toEqual([
      ['blocking', 'legal_basis', 'basis_lower_rank', null],
      ['warning', 'delegation', 'delegation_effective_late', 'd1.k1'],
      ['info', 'legal_basis', 'basis_not_found', null],
      ['info', 'delegation', 'delegation_confirmed', 'd1.k1'],
      ['info', 'higher_law_copy', 'higher_law_overlap', 'd2.k1'],
    ]);
    expect(precheck.summary).toEqual({ blocking: 1, warnings: 1, info: 3 });
    const confirmed = precheck.findings.find((f) => f.rule === 'delegation_confirmed')!;
    expect(confirmed.message).toBe(
      'khoản 2 Điều 15 of 185/2026/NĐ-CP delegates to the Hội đồng nhân dân cấp tỉnh: "Hội đồng nhân dân cùng cấp quy định cụ thể những nội dung sau".',
    );
    const late = precheck.findings.find((f) => f.rule === 'delegation_effective_late')!;
    expect(late.details).toMatchObject({ due: '2026-05-26', planned: '2026-07-01', days: 36 });
    expect(late.legalReference).toBe('Law 64/2025 Art. 53(2)');
  });

  it('blocks a resolution detailing content delegated to the committee', () => {
    const committee = input({ draft: { ...input().draft, docType: 'DECISION', issuerKind: 'committee' } });
    const rules = buildAppraisalPrecheck(committee).findings.map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(['delegation_wrong_assignee', 'blocking']);
    expect(rules).toContainEqual(['delegation_duty_assignee', 'warning']);
  });

  it('reports what it could not verify when the inputs are missing', () => {
    const bare = buildAppraisalPrecheck(
      input({ overlapReport: null, basis: basis.map((line) => ({ ...line, resolved: null })), delegation: { claims: findDetailsClaims(parsed).map((claim) => ({ claim, target: null })), duties: [] } }),
    );
    expect(bare.summary).toEqual({ blocking: 0, warnings: 0, info: 6 });
    expect(bare.findings.map((f) => f.rule)).toEqual([...Array<string>(5).fill('basis_not_found'), 'delegation_target_unresolved']);
  });

  it('gives the same ids for the same input, and keeps them when other findings come and go', () => {
    const first = buildAppraisalPrecheck(input());
    const second = buildAppraisalPrecheck(input());
    expect(second.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(new Set(first.findings.map((f) => f.id)).size).toBe(first.findings.length);
    expect(first.findings.every((f) => /^[a-z_.]+:[0-9a-f]{16}(?:-\d+)?$/u.test(f.id))).toBe(true);
    const withoutReport = buildAppraisalPrecheck(input({ overlapReport: null }));
    const ids = new Set(first.findings.map((f) => f.id));
    expect(withoutReport.findings.every((f) => ids.has(f.id))).toBe(true);
  });

  it('produces plain JSON', () => {
    const precheck = buildAppraisalPrecheck(input());
    expect(JSON.parse(JSON.stringify(precheck))).toEqual(precheck);
  });
});

import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { parseLegalText, type LegalBasis } from '../../legal-text';
import { CorpusProvisions } from '../testing/corpus';
import { DRAFT_RESOLUTION } from '../testing/draft-resolution';
import type { BasisLine, ResolvedBasisDocument } from '../types';
import { legalBasisFindings } from './legal-basis-findings';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));

/** The draft's "Căn cứ" lines: Luật 72/2025, Luật 64/2025, Luật 89/2025, Nghị định 185/2026, Quyết định 12/2024/QĐ-UBND. */
const lines = parseLegalText(DRAFT_RESOLUTION).legalBasis;
const line = (number: string): LegalBasis => lines.find((basis) => basis.number === number)!;
const basisOf = (documentNumber: string, raw: RegExp): LegalBasis => corpus.parse(documentNumber).legalBasis.find((basis) => raw.test(basis.raw))!;

/** NQ HĐND tỉnh. */
const DRAFT_RANK = 10;
const PLANNED = '2026-07-01';

function stored(overrides: Partial<ResolvedBasisDocument> = {}): ResolvedBasisDocument {
  return {
    documentId: 'doc-185',
    number: '185/2026/NĐ-CP',
    docType: 'DECREE',
    title: 'Quy định về tổ chức, hoạt động của thôn, tổ dân phố …',
    issuerCode: 'CP',
    authorityRank: 5,
    validityStatus: 'IN_FORCE',
    effectiveDate: '2026-05-26',
    expiryDate: null,
    issuedDate: '2026-05-26',
    adoptedOrSigned: true,
    ...overrides,
  };
}

const law = (number: string, effectiveDate: string): BasisLine => ({
  basis: line(number),
  resolved: stored({ documentId: number, number, docType: 'LAW', issuerCode: 'QH15', authorityRank: 2, effectiveDate, issuedDate: null }),
});
const sound: BasisLine[] = [law('72/2025/QH15', '2025-06-16'), law('64/2025/QH15', '2025-04-01'), { basis: line('185/2026/NĐ-CP'), resolved: stored() }];

const rulesOf = (basis: readonly BasisLine[], planned: string | null = PLANNED) =>
  legalBasisFindings(basis, DRAFT_RANK, planned).map((f) => [f.rule, f.severity]);

describe('legalBasisFindings', () => {
  it('accepts higher-ranking documents in force that include the competence act', () => {
    expect(rulesOf(sound)).toEqual([]);
  });

  it('blocks a draft without basis lines', () => {
    expect(rulesOf([])).toEqual([['basis_missing', 'blocking']]);
  });

  it('asks for the Luật Tổ chức chính quyền địa phương when no line cites it', () => {
    expect(rulesOf(sound.slice(1))).toEqual([['basis_competence_missing', 'warning']]);
  });

  it.each<[string, Partial<ResolvedBasisDocument>, string | null, string, string]>([
    ['expired before the planned date', { expiryDate: '2026-06-30' }, PLANNED, 'basis_expired', 'blocking'],
    ['expired today, no planned date', { validityStatus: 'FULLY_EXPIRED', expiryDate: '2026-06-01' }, null, 'basis_expired', 'blocking'],
    ['taking effect after the draft', { validityStatus: 'NOT_YET_EFFECTIVE', effectiveDate: '2026-08-01' }, PLANNED, 'basis_not_yet_effective', 'blocking'],
    ['signed, effective before the draft', { validityStatus: 'NOT_YET_EFFECTIVE', effectiveDate: '2026-06-15' }, PLANNED, 'basis_pending', 'info'],
    ['still a draft itself', { adoptedOrSigned: false, validityStatus: 'NOT_YET_EFFECTIVE', effectiveDate: null }, PLANNED, 'basis_not_adopted', 'blocking'],
    ['suspended', { validityStatus: 'SUSPENDED' }, PLANNED, 'basis_suspended', 'warning'],
    ['partly expired', { validityStatus: 'PARTIALLY_EXPIRED' }, PLANNED, 'basis_partially_expired', 'warning'],
  ])('judges a basis %s', (_label, overrides, planned, rule, severity) => {
    const basis = [...sound.slice(0, 2), { basis: line('185/2026/NĐ-CP'), resolved: stored(overrides) }];
    expect(rulesOf(basis, planned)).toEqual([[rule, severity]]);
  });

  it('blocks a lower-ranking basis and warns about one of equal rank', () => {
    const decision = { basis: line('12/2024/QĐ-UBND'), resolved: stored({ documentId: 'qd-12', number: '12/2024/QĐ-UBND', docType: 'DECISION', issuerCode: 'UBND', authorityRank: 11, issuedDate: '2024-03-15' }) };
    const resolution = { basis: line('12/2024/QĐ-UBND'), resolved: { ...decision.resolved, docType: 'RESOLUTION' as const, issuerCode: 'HĐND', authorityRank: 10 } };
    expect(rulesOf([...sound, decision])).toEqual([['basis_lower_rank', 'blocking']]);
    const equal = legalBasisFindings([...sound, resolution], DRAFT_RANK, PLANNED);
    expect(equal.map((f) => [f.rule, f.severity])).toEqual([
      ['basis_citation_mismatch', 'warning'],
      ['basis_equal_rank', 'warning'],
    ]);
    expect(equal[0].message).toBe('In the basis line for Quyết định 12/2024/QĐ-UBND, it is cited as a Quyết định but is a Nghị quyết.');
  });

  it('warns about a basis that is not a legal normative document', () => {
    expect(rulesOf([...sound, { basis: line('12/2024/QĐ-UBND'), resolved: stored({ authorityRank: null, issuedDate: '2024-03-15', docType: 'DECISION' }) }])).toEqual([
      ['basis_not_normative', 'warning'],
    ]);
  });

  it('compares the cited date with the stored one', () => {
    const findings = legalBasisFindings([...sound.slice(0, 2), { basis: line('185/2026/NĐ-CP'), resolved: stored({ issuedDate: '2026-05-25' }) }], DRAFT_RANK, PLANNED);
    expect(findings.map((f) => f.message)).toEqual([
      'In the basis line for Nghị định 185/2026/NĐ-CP, the date cited is 2026-05-26 but the document was issued on 2026-05-25.',
    ]);
  });

  it('catches real citation slips without the database: a date outside the year of the number', () => {
    const slips = [
      basisOf('2638/QĐ-UBND', /214\/2025\/NĐ-CP ngày 04 tháng 8 năm 2028/u),
      basisOf('11/2025/QĐ-UBND', /15\/2029\/NĐ-CP ngày 01\/02\/2019/u),
    ];
    const findings = legalBasisFindings([...sound, ...slips.map((basis) => ({ basis, resolved: null }))], DRAFT_RANK, PLANNED);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['basis_citation_mismatch', 'warning'],
      ['basis_not_found', 'info'],
      ['basis_citation_mismatch', 'warning'],
      ['basis_not_found', 'info'],
    ]);
    expect(findings[0].message).toBe('In the basis line for Nghị định 214/2025/NĐ-CP, the date cited (2028-08-04) is not in the year of the number (2025).');
  });

  it('tells a basis line naming no document from one naming a document that is not in the database', () => {
    const unreadable = [
      basisOf('26/NQ-HĐND', /^Căn cứ quy chế hoạt động của Hội đồng nhân dân/u),
      basisOf('16/2026/NQ-CP', /^Căn cứ kết luận của Bộ Chính trị/u),
    ];
    const byName = basisOf('04/2017/NQ-HĐND', /^Căn cứ Luật tiếp công dân/u);
    const findings = legalBasisFindings([...sound, ...[...unreadable, byName].map((basis) => ({ basis, resolved: null }))], DRAFT_RANK, PLANNED);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['basis_unreadable', 'warning'],
      ['basis_unreadable', 'warning'],
      ['basis_not_found', 'info'],
    ]);
  });

  it('skips rank checks when the draft has no known rank', () => {
    const decision = { basis: line('12/2024/QĐ-UBND'), resolved: stored({ authorityRank: 11, docType: 'DECISION', issuedDate: '2024-03-15' }) };
    expect(legalBasisFindings([...sound, decision], null, PLANNED)).toEqual([]);
  });
});

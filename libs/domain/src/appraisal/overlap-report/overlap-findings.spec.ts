import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { analyzeProvision, compareProvisions, markHigherRanking } from '../../overlap';
import { CorpusProvisions } from '../testing/corpus';
import type { OverlapReport, OverlapReportCandidate } from '../types';
import { overlapFindings } from './overlap-findings';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));

/** A report entry as `libs/search` stores it, from the real second-stage comparison. */
function candidate(draftText: string, number: string, pathKey: string, ranks: { draft: number; candidate: number }): OverlapReportCandidate {
  const text = corpus.provision(number, pathKey).text;
  const result = markHigherRanking(compareProvisions(analyzeProvision(draftText), analyzeProvision(text)), ranks.draft, ranks.candidate);
  if (result.class === 'unrelated') throw new Error('unrelated pair');
  return {
    documentId: `doc:${number}`,
    documentNumber: number,
    documentTitle: corpus.document(number).title,
    docType: null,
    pathKey,
    citationKey: `${number}#${pathKey}`,
    score: result.score,
    class: result.class,
    explanation: result.explanation,
    higherRanking: result.higherRanking === true,
  };
}

const report = (pathKey: string, text: string, candidates: OverlapReportCandidate[]): OverlapReport => ({ findings: [{ pathKey, heading: null, text, candidates }] });
const decreeRanks = { draft: 10, candidate: 5 };
const sameLevel = { draft: 10, candidate: 10 };

describe('overlapFindings', () => {
  it('blocks a confirmed conflict with higher-ranking law and shows the differing values', () => {
    // Nghị định 185/2026/NĐ-CP khoản 1 Điều 15 điểm b: "… được khoán quỹ phụ cấp bằng 6,5 lần mức lương cơ sở."
    const draft = corpus.provision('185/2026/NĐ-CP', 'd15.k1.b').text.replace('6,5 lần', '5,0 lần');
    const [finding] = overlapFindings(report('d2.k1', draft, [candidate(draft, '185/2026/NĐ-CP', 'd15.k1.b', decreeRanks)]));
    expect(finding).toMatchObject({ category: 'conflict', rule: 'conflict_higher_law', severity: 'blocking', pathKey: 'd2.k1', legalReference: 'Law 64/2025 Arts. 4, 5' });
    expect(finding.message).toBe(
      "The draft's khoản 1 Điều 2 contradicts điểm b khoản 1 Điều 15 of 185/2026/NĐ-CP, which ranks higher: a provision contrary to higher-ranking law is unlawful.",
    );
    expect(finding.details.differingValues).toEqual([{ subject: 'khoán quỹ phụ cấp bằng', draft: '5,0 lần', inForce: '6,5 lần', confirmed: true }]);
  });

  it('only warns about a conflict the report does not confirm', () => {
    const draft = corpus.provision('185/2026/NĐ-CP', 'd15.k1.b').text.replace('6,5 lần', '5,0 lần');
    const unconfirmed = candidate(draft, '185/2026/NĐ-CP', 'd15.k1.b', decreeRanks);
    const explanation = { ...unconfirmed.explanation, differingValues: unconfirmed.explanation.differingValues.map((value) => ({ ...value, confirmed: false })) };
    expect(overlapFindings(report('d2.k1', draft, [{ ...unconfirmed, explanation }])).map((f) => f.severity)).toEqual(['warning']);
  });

  it('warns that a copy of higher-ranking law should cite it instead', () => {
    const copy = corpus.provision('185/2026/NĐ-CP', 'd15.k3').text;
    expect(overlapFindings(report('d4', copy, [candidate(copy, '185/2026/NĐ-CP', 'd15.k3', decreeRanks)]))).toEqual([
      expect.objectContaining({ category: 'higher_law_copy', rule: 'higher_law_restated', severity: 'warning', key: '185/2026/NĐ-CP#d15.k3' }),
    ]);
  });

  it('warns that a conflict with the council\'s own resolution in force must be resolved by amending it', () => {
    // Nghị quyết 04/2017/NQ-HĐND (Bắc Giang): "… được bồi dưỡng mức 50.000 đồng/1 ngày/1 người."
    const draft = corpus.provision('04/2017/NQ-HĐND', 'd1.k3.b').text.replace('50.000 đồng', '80.000 đồng');
    expect(overlapFindings(report('d3.k2', draft, [candidate(draft, '04/2017/NQ-HĐND', 'd1.k3.b', sameLevel)]))).toEqual([
      expect.objectContaining({ category: 'conflict', rule: 'conflict_in_force', severity: 'warning', legalReference: 'Law 64/2025 Art. 8(5)' }),
    ]);
  });

  it('maps duplicates and overlaps of same-level provisions, and leaves related ones out', () => {
    const base: OverlapReportCandidate = candidate(corpus.provision('04/2017/NQ-HĐND', 'd1.k3.b').text, '04/2017/NQ-HĐND', 'd1.k3.b', sameLevel);
    const rules = overlapFindings(
      report('d3.k2', '…', [
        { ...base, class: 'duplicate' },
        { ...base, class: 'overlap', citationKey: 'x#d1' },
        { ...base, class: 'overlap', citationKey: 'x#d2', higherRanking: true },
        { ...base, class: 'related', citationKey: 'x#d3' },
      ]),
    ).map((f) => [f.category, f.rule, f.severity]);
    expect(rules).toEqual([
      ['overlap', 'duplicate_in_force', 'warning'],
      ['overlap', 'overlap_in_force', 'info'],
      ['higher_law_copy', 'higher_law_overlap', 'info'],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { parseLegalText } from '../../legal-text';
import { CorpusProvisions } from '../testing/corpus';
import { DRAFT_RESOLUTION } from '../testing/draft-resolution';
import { findDetailsClaims } from './details-claims';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));

describe('findDetailsClaims', () => {
  it('reads "Nghị quyết này quy định chi tiết khoản 2 Điều 15 của Nghị định số 185/2026/NĐ-CP"', () => {
    expect(findDetailsClaims(parseLegalText(DRAFT_RESOLUTION))).toEqual([
      {
        key: 'd1.k1>185/2026/NĐ-CP#d15.k2',
        sourcePathKey: 'd1.k1',
        document: { number: '185/2026/NĐ-CP', docType: 'DECREE', name: null },
        targetPathKey: 'd15.k2',
        raw: 'khoản 2 Điều 15 của Nghị định số 185/2026/NĐ-CP',
      },
    ]);
  });

  it('reads a real provincial decision detailing a provision of a law cited by name', () => {
    // 03/2025/QĐ-UBND (Hà Nội): "Quyết định này quy định chi tiết việc sử dụng … được quy định tại khoản 3 Điều 35 của Luật Thủ đô, bao gồm: …"
    const claims = findDetailsClaims(corpus.parse('03/2025/QĐ-UBND'));
    expect(claims.map((c) => [c.sourcePathKey, c.document.docType, c.targetPathKey])).toEqual([['d1.k1', 'LAW', 'd35.k3']]);
    expect(claims[0].document.name).toMatch(/^Luật Thủ đô/u);
  });

  it('reads the scope statement of a decision issued "theo quy định tại khoản 8 Điều 27 Nghị định số 88/2024/NĐ-CP"', () => {
    const claims = findDetailsClaims(corpus.parse('139/2025/QĐ-UBND'));
    expect(claims.map((c) => [c.sourcePathKey, c.document.number, c.targetPathKey])).toEqual([['d1', '88/2024/NĐ-CP', 'd27.k8']]);
  });

  it('ignores citations that do not say what the draft details', () => {
    const parsed = parseLegalText(
      [
        'Điều 1. Phạm vi điều chỉnh',
        'Nghị quyết này quy định mức chi hỗ trợ đối với người hoạt động không chuyên trách ở thôn, tổ dân phố.',
        'Điều 2. Mức chi',
        'Mức chi thực hiện theo khoản 1 Điều 15 của Nghị định số 185/2026/NĐ-CP và khoản 2 Điều 3 của Nghị quyết này.',
      ].join('\n'),
    );
    expect(parsed.citations.some((c) => c.targetPathKey === 'd15.k1')).toBe(true);
    expect(findDetailsClaims(parsed)).toEqual([]);
  });
});

import { analyzeProvision } from './analyze';
import { markHigherRanking } from './authority';
import { compareProvisions } from './compare-provisions';
import { rankCandidates } from './rank-candidates';

const LAW = 'Người nộp thuế phải nộp hồ sơ khai thuế cho cơ quan quản lý thuế trong thời hạn 30 ngày kể từ ngày phát sinh nghĩa vụ thuế.';
const UNRELATED = 'Mức thu phí tham quan di tích lịch sử văn hóa là 20.000 đồng mỗi lượt khách tham quan.';
const PARTLY = 'Cơ quan quản lý thuế hướng dẫn người nộp thuế khai thuế điện tử qua Cổng dịch vụ công quốc gia.';

/** Authority ranks as data (Law 64/2025 Art. 4 order): Luật 2, Nghị định 5, NQ HĐND tỉnh 10. */
const RANK = { law: 2, decree: 5, provincialResolution: 10 };

describe('rankCandidates', () => {
  it('returns candidates best first', () => {
    const ranked = rankCandidates(LAW, [UNRELATED, PARTLY, LAW]);
    expect(ranked.map((r) => r.index)).toEqual([2, 1, 0]);
    expect(ranked[0].result.class).toBe('duplicate');
    expect(ranked[2].result.class).toBe('unrelated');
  });

  it('keeps input order among equal scores and puts a conflict before a duplicate', () => {
    const changed = LAW.replace('30 ngày', '15 ngày');
    const ranked = rankCandidates(LAW, [UNRELATED, LAW, changed, UNRELATED]);
    expect(ranked.map((r) => [r.index, r.result.class])).toEqual([
      [2, 'conflict'],
      [1, 'duplicate'],
      [0, 'unrelated'],
      [3, 'unrelated'],
    ]);
  });

  it('accepts analysed candidates with their own data', () => {
    const candidates = [
      { id: 'a', provision: analyzeProvision(UNRELATED) },
      { id: 'b', provision: analyzeProvision(LAW) },
    ];
    expect(rankCandidates(LAW, candidates).map((r) => r.candidate.id)).toEqual(['b', 'a']);
  });

  it('flags a draft that copies a provision of a higher-ranking document', () => {
    const [best] = rankCandidates({ provision: LAW, authorityRank: RANK.provincialResolution }, [
      { provision: LAW, authorityRank: RANK.law },
    ]);
    expect(best.result.higherRanking).toBe(true);
    expect(best.result.explanation.notes.at(-1)).toMatch(/restates higher-ranking law breaks drafting technique/);
  });

  it('says that contradicting a higher-ranking document makes the draft unlawful', () => {
    const [best] = rankCandidates({ provision: LAW.replace('30 ngày', '45 ngày'), authorityRank: RANK.provincialResolution }, [
      { provision: LAW, authorityRank: RANK.decree },
    ]);
    expect(best.result.class).toBe('conflict');
    expect(best.result.explanation.notes.at(-1)).toMatch(/unlawful/);
  });
});

describe('markHigherRanking', () => {
  const result = compareProvisions(LAW, LAW);

  it('leaves results of equal or lower rank, or without ranks, unmarked', () => {
    expect(markHigherRanking(result, RANK.law, RANK.law)).toBe(result);
    expect(markHigherRanking(result, RANK.law, RANK.provincialResolution)).toBe(result);
    expect(markHigherRanking(result, undefined, RANK.law)).toBe(result);
  });

  it('marks an unrelated candidate of higher rank without a note', () => {
    const unrelated = compareProvisions(LAW, UNRELATED);
    const marked = markHigherRanking(unrelated, RANK.provincialResolution, RANK.law);
    expect(marked.higherRanking).toBe(true);
    expect(marked.explanation.notes).toEqual(unrelated.explanation.notes);
  });
});

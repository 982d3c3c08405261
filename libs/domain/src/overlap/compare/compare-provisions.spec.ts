import { analyzeProvision } from './analyze';
import { compareProvisions } from './compare-provisions';

const DEADLINE =
  'Người nộp thuế phải nộp hồ sơ khai thuế cho cơ quan quản lý thuế trong thời hạn 30 ngày kể từ ngày phát sinh nghĩa vụ thuế.';
const BOILERPLATE = 'Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này.';

describe('compareProvisions', () => {
  describe('duplicates', () => {
    it('finds a verbatim copy', () => {
      const result = compareProvisions(DEADLINE, DEADLINE);
      expect(result.class).toBe('duplicate');
      expect(result.score).toBe(1);
      expect(result.explanation.differingValues).toEqual([]);
    });

    it('sees through layout, renumbering, tone placement and footnote marks', () => {
      const draft = 'Điều 12. Khai thuế\n1. Người nộp thuế phải nộp hồ sơ khai thuế cho cơ quan quản lý\nthuế trong thời hạn 30 ngày[3] kể từ ngày phát sinh nghĩa vụ thuế.';
      const law = 'Điều 44. Khai thuế\n1. ' + DEADLINE;
      expect(compareProvisions(draft, law).class).toBe('duplicate');
      expect(compareProvisions('Uỷ ban hoà giải ở cơ sở có trách nhiệm hoà giải tranh chấp đất đai', 'Ủy ban hòa giải ở cơ sở có trách nhiệm hòa giải tranh chấp đất đai').class).toBe(
        'duplicate',
      );
    });

    it('treats a number written in words like the same number in digits', () => {
      const result = compareProvisions(DEADLINE, DEADLINE.replace('30 ngày', 'ba mươi ngày'));
      expect(result.class).toBe('duplicate');
      expect(result.explanation.differingValues).toEqual([]);
    });

    it('maps each shared span to both texts', () => {
      const query = `Ngoài ra, ${DEADLINE}`;
      const [span] = compareProvisions(query, DEADLINE).explanation.sharedSpans;
      expect(query.slice(span.queryStart, span.queryEnd)).toBe(span.text);
      expect(DEADLINE.slice(span.candidateStart, span.candidateEnd)).toBe(span.text);
    });
  });

  describe('conflicts', () => {
    it('finds a copy with a changed time limit and shows both values side by side', () => {
      const result = compareProvisions(DEADLINE.replace('30 ngày', '15 ngày'), DEADLINE);
      expect(result.class).toBe('conflict');
      expect(result.explanation.differingValues).toEqual([
        {
          subject: 'cơ quan quản lý thuế',
          kind: 'duration',
          query: { text: '15 ngày', value: 15, unit: 'day', bound: 'atMost' },
          candidate: { text: '30 ngày', value: 30, unit: 'day', bound: 'atMost' },
          aligned: true,
          confirmed: true,
        },
      ]);
    });

    it('outranks duplicate: a near-verbatim text that differs only in an amount is a conflict', () => {
      const fee = 'Mức thu lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là 75.000 đồng/giấy phép.';
      const result = compareProvisions(fee, fee.replace('75.000', '50.000'));
      expect(result.measures.verbatimScore).toBe(1);
      expect(result.class).toBe('conflict');
      expect(result.explanation.differingValues[0].query.value).toBe(75_000);
    });

    it('finds a permission turned into a prohibition', () => {
      const allowed = 'Người nộp thuế được gia hạn nộp thuế trong trường hợp bị thiệt hại vật chất do thiên tai, hỏa hoạn.';
      const result = compareProvisions(allowed.replace('được gia hạn', 'không được gia hạn'), allowed);
      expect(result.class).toBe('conflict');
      expect(result.explanation.modality).toEqual({
        query: { kind: 'prohibition', marker: 'không được', action: 'gia hạn nộp thuế' },
        candidate: { kind: 'permission', marker: 'được', action: 'gia hạn nộp thuế' },
        confirmed: true,
      });
    });

    it('finds an obligation turned into an exemption', () => {
      const duty = 'Hộ kinh doanh phải nộp lệ phí môn bài hằng năm cho cơ quan thuế quản lý trực tiếp.';
      expect(compareProvisions(duty.replace('phải nộp', 'không phải nộp'), duty).class).toBe('conflict');
    });

    it('pairs values by subject when the same content is rearranged', () => {
      const law = 'Trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ, Sở Xây dựng có trách nhiệm thẩm định hồ sơ thiết kế xây dựng công trình.';
      const draft = 'Sở Xây dựng có trách nhiệm thẩm định hồ sơ thiết kế xây dựng công trình trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ.';
      const result = compareProvisions(draft, law);
      expect(result.class).toBe('conflict');
      expect(result.explanation.differingValues.map((d) => [d.query.text, d.candidate.text])).toEqual([['20 ngày', '30 ngày']]);
    });
  });

  describe('what is not a conflict', () => {
    it('does not call two unrelated provisions with different numbers a conflict', () => {
      const result = compareProvisions(
        'Hỗ trợ 50% chi phí mua giống cây trồng cho hộ nghèo bị ảnh hưởng bởi thiên tai.',
        'Mức thu phí tham quan di tích lịch sử văn hóa là 20.000 đồng/lượt.',
      );
      expect(result.class).toBe('unrelated');
      expect(result.explanation.differingValues).toEqual([]);
    });

    it('does not let shared boilerplate make unrelated provisions overlap', () => {
      const result = compareProvisions(
        `Hỗ trợ 50% chi phí mua giống cây trồng cho hộ nghèo bị ảnh hưởng bởi thiên tai. ${BOILERPLATE}`,
        `Mức thu phí tham quan di tích lịch sử văn hóa là 20.000 đồng mỗi lượt khách. ${BOILERPLATE}`,
      );
      expect(result.class).toBe('unrelated');
      expect(result.score).toBeLessThan(0.15);
    });

    it('does not call tiers of one scale a conflict', () => {
      const result = compareProvisions(
        'a) Phạt tiền từ 3.000.000 đồng đến 6.000.000 đồng đối với vi phạm từ 01 người đến 10 người lao động;',
        'b) Phạt tiền từ 6.000.000 đồng đến 10.000.000 đồng đối với vi phạm từ 11 người đến 50 người lao động;',
      );
      expect(result.class).not.toBe('conflict');
      expect(result.explanation.differingValues.every((d) => !d.confirmed)).toBe(true);
    });

    it('does not call sibling points whose conditions differ by a negation a conflict or a duplicate', () => {
      const result = compareProvisions(
        'a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;',
        'b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn;',
      );
      expect(result.class).toBe('overlap');
      expect(result.explanation.notes.join(' ')).toMatch(/Only the query negates here/);
    });

    it('does not let a few words shared with a short candidate make an overlap', () => {
      const result = compareProvisions(
        'Hướng dẫn việc thực hiện khai thác dữ liệu từ cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu chuyên ngành để giảm thiểu tối đa việc yêu cầu thành phần hồ sơ.',
        'Khai thác cơ sở dữ liệu về PPP.',
      );
      expect(result.measures.candidateCoverage).toBeGreaterThan(0.4);
      expect(result.class).toBe('related');
    });

    it('reports a different effective date without calling it a conflict', () => {
      const result = compareProvisions(
        'Quy định về mức thu học phí đối với cơ sở giáo dục mầm non công lập có hiệu lực từ ngày 01 tháng 01 năm 2025.',
        'Quy định về mức thu học phí đối với cơ sở giáo dục mầm non công lập có hiệu lực từ ngày 01 tháng 7 năm 2025.',
      );
      expect(result.class).toBe('overlap');
      expect(result.explanation.differingValues[0]).toMatchObject({ kind: 'date', confirmed: false });
    });

    it('does not call near-copies that differ in a number a duplicate', () => {
      const result = compareProvisions(
        'Người lao động có chứng chỉ kỹ năng nghề quốc gia bậc 1 được hưởng phụ cấp theo quy định.',
        'Người lao động có chứng chỉ kỹ năng nghề quốc gia bậc 2 được hưởng phụ cấp theo quy định.',
      );
      expect(result.class).toBe('overlap');
      expect(result.explanation.notes.join(' ')).toMatch(/Different number at the same place: "1" in the query, "2"/);
    });
  });

  describe('overlap and related', () => {
    // A duplicate repeats the whole other text; a text inside a longer one repeats only part of it.
    it('calls a query contained in a longer candidate an overlap and says so', () => {
      const candidate = `${DEADLINE} Trường hợp khai bổ sung thì thời hạn nộp hồ sơ khai bổ sung thực hiện theo quy định của Chính phủ về quản lý thuế đối với doanh nghiệp.`;
      const result = compareProvisions(DEADLINE, candidate);
      expect(result.class).toBe('overlap');
      expect(result.measures.queryCoverage).toBe(1);
      expect(result.explanation.notes.join(' ')).toMatch(/contained in the longer candidate/);
    });

    it('calls a paraphrase that reorders the same content an overlap', () => {
      const result = compareProvisions(
        'Hộ gia đình có nhà ở bị sập đổ hoàn toàn do thiên tai được hỗ trợ kinh phí xây dựng lại nhà ở; mức hỗ trợ do Ủy ban nhân dân tỉnh quyết định căn cứ khả năng ngân sách địa phương.',
        'Căn cứ khả năng ngân sách địa phương, Ủy ban nhân dân tỉnh quyết định mức hỗ trợ kinh phí xây dựng lại nhà ở cho hộ gia đình có nhà ở bị sập đổ hoàn toàn do thiên tai.',
      );
      expect(result.class).toBe('overlap');
      expect(result.measures.verbatimScore).toBeLessThan(result.score);
      expect(result.explanation.notes).toContain('The shared text is rearranged: the same content in another order.');
    });

    it('calls a pair that shares one substantive phrase related', () => {
      const result = compareProvisions(
        'Học sinh thuộc hộ nghèo, hộ cận nghèo được miễn học phí và hỗ trợ chi phí học tập theo quy định của Chính phủ.',
        'Người cao tuổi thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế miễn phí và được ưu tiên khám bệnh tại cơ sở y tế công lập.',
      );
      expect(result.class).toBe('related');
      expect(result.explanation.sharedSpans.map((s) => s.text)).toContain('thuộc hộ nghèo, hộ cận nghèo được');
    });
  });

  it('accepts analysed provisions and gives the same result as texts', () => {
    const draft = DEADLINE.replace('30 ngày', '15 ngày');
    expect(compareProvisions(analyzeProvision(draft), analyzeProvision(DEADLINE))).toEqual(compareProvisions(draft, DEADLINE));
  });

  it('lets an evaluation tune the thresholds', () => {
    expect(compareProvisions(DEADLINE, DEADLINE, { duplicateThreshold: 1.01 }).class).toBe('overlap');
  });
});

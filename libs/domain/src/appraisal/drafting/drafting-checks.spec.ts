import { parseLegalText, type ParseWarningCode } from '../../legal-text';
import { DRAFT_RESOLUTION } from '../testing/draft-resolution';
import { effectiveDateFindings } from './effective-date-checks';
import { numberingFindings } from './numbering-checks';
import { parserWarningFindings } from './parser-warnings';

/** A draft decision with the technique faults appraisers meet most often. */
const FAULTY = [
  'Chương 1',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Quyết định này quy định mức thu phí tham quan di tích trên địa bàn tỉnh.',
  'Điều 2.',
  '1. Người đến tham quan di tích.',
  '2. Tổ chức thu phí.',
  'Chương 2',
  'MỨC THU',
  'Mục I',
  'MỨC THU ĐỐI VỚI NGƯỜI LỚN',
  'Điều 3. Mức thu',
  '1. Mức thu phí được quy định như sau:',
  'a) Người lớn:',
  '- Ngày thường: 40.000 đồng/người/lượt;',
  '- Ngày lễ: 50.000 đồng/người/lượt;',
  'c) Trẻ em từ đủ 6 tuổi đến dưới 16 tuổi: 20.000 đồng/người/lượt.',
  'b) Người khuyết tật đặc biệt nặng: miễn phí.',
  '3. Tiền phí thu được nộp 100% vào ngân sách nhà nước.',
  'Điều 3a. Quản lý, sử dụng tiền phí',
  'Tổ chức thu phí được để lại 90% số tiền phí thu được.',
  'Điều 4. Hiệu lực thi hành',
  'Quyết định này có hiệu lực kể từ ngày ký.',
].join('\n');

describe('drafting technique checks', () => {
  const parsed = parseLegalText(FAULTY);

  it('maps each parser warning to a finding that states the rule', () => {
    const findings = parserWarningFindings(parsed.warnings);
    const byCode = new Map(findings.map((f) => [f.details.code as ParseWarningCode, f]));
    expect([...byCode.keys()].sort()).toEqual(['bullet_in_point', 'missing_title', 'numbering_gap', 'point_order']);
    expect(byCode.get('missing_title')).toMatchObject({
      category: 'drafting_technique',
      rule: 'parser.missing_title',
      severity: 'warning',
      pathKey: 'd2',
      message: 'Article 2 has no title. Phần, Chương, Mục, Tiểu mục and Điều must have a title naming their main content.',
      legalReference: 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)',
    });
    expect(byCode.get('bullet_in_point')).toMatchObject({ pathKey: 'd3.k1.a', legalReference: 'Decree 78/2025 Art. 63(2)' });
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it.each<[ParseWarningCode, string]>([
    ['numbering_gap', 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)'],
    ['duplicate_number', 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)'],
    ['point_order', 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)'],
    ['bullet_in_point', 'Decree 78/2025 Art. 63(2)'],
    ['missing_title', 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)'],
    ['empty_article', 'Law 64/2025 Art. 7(2); Decree 78/2025 Art. 63(1), (3)'],
    ['unclosed_quote', 'Decree 78/2025 Art. 66'],
  ])('reports parser warning %s as a warning under %s', (code, legalReference) => {
    const [finding] = parserWarningFindings([{ code, message: 'Parser sentence.', pathKey: 'd4', line: 30 }]);
    expect(finding).toMatchObject({ category: 'drafting_technique', rule: `parser.${code}`, severity: 'warning', pathKey: 'd4', legalReference });
    expect(finding.message.startsWith('Parser sentence. ')).toBe(true);
  });

  it('flags Arabic chapter numbers, Roman section numbers and inserted numbers in a new document', () => {
    expect(numberingFindings(parsed.provisions).map((f) => [f.rule, f.pathKey, f.message])).toEqual([
      ['roman_numeral_required', 'c1', 'Chương 1 is numbered with Arabic digits; parts and chapters are numbered with Roman numerals (Chương I).'],
      ['roman_numeral_required', 'c2', 'Chương 2 is numbered with Arabic digits; parts and chapters are numbered with Roman numerals (Chương II).'],
      ['arabic_numeral_required', 'c2.mI', 'Mục I is numbered with Roman numerals; only parts and chapters use Roman numerals, everything else Arabic digits.'],
      [
        'inserted_numbering',
        'd3a',
        'Điều 3a carries an inserted number, which is reserved for provisions that an amending document adds to another document (inside quotation marks); a document numbers its own provisions consecutively.',
      ],
    ]);
  });

  it('leaves a well-drafted resolution alone', () => {
    const clean = parseLegalText(DRAFT_RESOLUTION);
    expect(parserWarningFindings(clean.warnings)).toEqual([]);
    expect(numberingFindings(clean.provisions)).toEqual([]);
    expect(effectiveDateFindings(clean.provisions, '2026-07-01')).toEqual([]);
  });

  it('checks the effective-date provision', () => {
    expect(effectiveDateFindings(parsed.provisions, null).map((f) => [f.rule, f.pathKey])).toEqual([['effective_on_signing', 'd4']]);
    const resolution = parseLegalText(DRAFT_RESOLUTION).provisions;
    expect(effectiveDateFindings(resolution, '2026-08-01').map((f) => [f.rule, f.message])).toEqual([
      ['effective_date_mismatch', 'The draft states that it takes effect on 2026-07-01, but the planned effective date is 2026-08-01.'],
    ]);
    const blank = parseLegalText(DRAFT_RESOLUTION.replace('có hiệu lực từ ngày 01 tháng 7 năm 2026', 'có hiệu lực từ ngày    tháng    năm 2026')).provisions;
    expect(effectiveDateFindings(blank, '2026-08-01')).toEqual([]);
    const missing = parseLegalText(DRAFT_RESOLUTION.replace('Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2026.', 'Nghị quyết này được thực hiện từ năm 2026.')).provisions;
    expect(effectiveDateFindings(missing, null).map((f) => [f.rule, f.severity, f.legalReference])).toEqual([['effective_date_missing', 'warning', 'Decree 78/2025 Art. 67(2)']]);
  });
});

import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';
import { CorpusProvisions } from '../appraisal/testing/corpus';
import { effectiveDateOf } from '../documents/effective-date-of';
import { docTypeFromName } from '../legal-text/doc-types';
import { detectDuties, type DutySourceDocument } from './detect-duties';
import { provisionEffectiveDates } from './provision-effective-dates';

const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));
const PROVINCE = 'tỉnh Thử nghiệm';

function sourceOf(number: string): DutySourceDocument {
  const document = corpus.document(number) as ReturnType<CorpusProvisions['document']> & { issued_date: string | null };
  return {
    docType: docTypeFromName(document.type),
    issuerLevel: document.level,
    issuedDate: document.issued_date,
    effectiveDate: effectiveDateOf(document.text, document.issued_date),
    provisions: corpus.provisions(number).map((node) => ({ pathKey: node.pathKey, citationKey: node.pathKey, heading: node.heading, text: node.text })),
  };
}

const dutiesOf = (number: string, provinceName: string | null = PROVINCE) => detectDuties(sourceOf(number), { provinceName });

describe('detectDuties on real central documents', () => {
  it('finds the council\'s duties in a decree, due on the day the decree takes effect', () => {
    expect(dutiesOf('138/2026/NĐ-CP')).toEqual([
      expect.objectContaining({ pathKey: 'd26.k2', addressee: 'council', kind: 'decide', dueDate: '2026-04-07', dueDateSource: 'document', coveredPathKeys: ['d26.k2'] }),
      expect.objectContaining({ pathKey: 'd28.k3', addressee: 'council', kind: 'decide', dueDate: '2026-04-07' }),
    ]);
    expect(dutiesOf('138/2026/NĐ-CP')[0].subject.startsWith('mức hỗ trợ cao hơn')).toBe(true);
  });

  it('finds the committee\'s and the council\'s tasks in the lists of a decree', () => {
    const duties = dutiesOf('185/2026/NĐ-CP');
    expect(duties.map((duty) => [duty.pathKey, duty.addressee])).toEqual([
      ['d4.k1', 'council'],
      ['d15.k2', 'council'],
      ['d15.k3', 'council'],
      ['d16.k5', 'committee'],
      ['d18.k2.a', 'committee'],
      ['d18.k2.b', 'council'],
      ['d18.k2.c', 'committee'],
    ]);
    expect(duties.every((duty) => duty.dueDate === '2026-05-26')).toBe(true);
  });

  it('keeps one duty per provision and addressee, joining what the provision delegates', () => {
    const [first, second] = dutiesOf('95/2025/TT-BTC');
    expect(first).toMatchObject({ pathKey: 'd1.k3.a', addressee: 'council', phrases: ['Hội đồng nhân dân cấp tỉnh quy định'] });
    expect(second.pathKey).toBe('d1.k3.b');
    expect(second.subject.split('; ')).toHaveLength(2);
  });

  it('tells the chair from the committee', () => {
    expect(dutiesOf('145/2020/NĐ-CP').find((duty) => duty.pathKey === 'd97.k2.b')).toMatchObject({ addressee: 'chair', kind: 'regulate' });
  });

  it.each([
    ['a decree whose committee decisions are individual acts (thành lập, tổ chức lại)', '121/2026/NĐ-CP'],
    ['the Labour Code, whose chair decides cases, not rules', '45/2019/QH14'],
    ['a decree asking the council to allocate money (bố trí kinh phí, hỗ trợ kinh phí)', '152/2026/NĐ-CP'],
    ['a consolidated text (VBHN): the consolidated documents carry the duties', '19/VBHN-VPQH'],
    ['a provincial resolution delegating to its own committee: not a central document', '85/2017/NQ-HĐND'],
  ])('finds no duty in %s', (_label, number) => {
    expect(dutiesOf(number)).toEqual([]);
  });

  it('leaves a delegation to another named province to that province', () => {
    expect(dutiesOf('2609/QĐ-TTg')).toEqual([]);
    expect(dutiesOf('2609/QĐ-TTg', 'thành phố Đà Nẵng')).toEqual([expect.objectContaining({ pathKey: 'd2.k2', addressee: 'committee', kind: 'detail' })]);
  });
});

describe('provision effective dates', () => {
  it('reads the dates a final article sets for single provisions, and nothing from the document\'s own date', () => {
    const provisions = [
      { pathKey: 'd40.k1', text: 'Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026, riêng khoản 3 Điều 12 có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.' },
      { pathKey: 'd40.k2', text: 'Điều 15 có hiệu lực kể từ ngày ký ban hành.' },
      { pathKey: 'd40.k3', text: 'Điều 5 của Nghị định số 10/2020/NĐ-CP có hiệu lực đến hết ngày 30 tháng 6 năm 2026.' },
    ];
    expect(Object.fromEntries(provisionEffectiveDates(provisions, '2026-05-10'))).toEqual({ 'd12.k3': '2027-01-01', d15: '2026-05-10' });
    const duties = detectDuties({
      docType: 'DECREE',
      issuerLevel: 'central',
      issuedDate: '2026-05-10',
      effectiveDate: '2026-07-01',
      provisions: [
        { pathKey: 'd12.k3.a', citationKey: 'điểm a khoản 3 Điều 12', text: 'Mức thu do Hội đồng nhân dân cấp tỉnh quy định.' },
        { pathKey: 'd13', citationKey: 'Điều 13', text: 'Ủy ban nhân dân cấp tỉnh quy định chi tiết Điều này.' },
        ...provisions.map((provision) => ({ ...provision, citationKey: provision.pathKey })),
      ],
    });
    expect(duties.map((duty) => [duty.pathKey, duty.addressee, duty.dueDate, duty.dueDateSource])).toEqual([
      ['d12.k3.a', 'council', '2027-01-01', 'provision'],
      ['d13', 'committee', '2026-07-01', 'document'],
    ]);
  });
});

/**
 * A labelled sample: every duty detected in the central documents of the corpus, labelled by hand,
 * plus the delegations the detector misses among the provisions that name a provincial council or
 * committee next to "quy định / ban hành / quyết định" (reviewed by hand as well).
 */
describe('precision and recall on the labelled corpus sample', () => {
  const FALSE_POSITIVES = new Set([
    // "việc áp dụng cơ chế, chính sách do Hội đồng nhân dân cấp tỉnh quyết định": which rule applies, not a rule to issue.
    '147/2026/NĐ-CP d13.k2 council',
  ]);
  const MISSED = [
    // "trình Hội đồng nhân dân quy định mức thù lao": the council named without its level.
    '168/2026/NĐ-CP d11.k3 council',
    // "Ủy ban nhân dân cấp tỉnh quyết định hoặc quy định thẩm quyền quyết định phê duyệt …".
    '36/2026/TT-BTC d9.k4.d committee',
    // "… và Ủy ban nhân dân cấp tỉnh căn cứ tình hình thực tế để quyết định nội dung và mức chi cụ thể".
    '26/2026/NQ-CP d4.k4 committee',
  ];

  it('measures precision ≥ 0.9 and recall ≥ 0.85', () => {
    const detected = corpus
      .all()
      .filter((document) => document.level === 'central')
      .flatMap((document) => dutiesOf(document.number).map((duty) => `${document.number} ${duty.pathKey} ${duty.addressee}`));
    const truePositives = detected.filter((key) => !FALSE_POSITIVES.has(key)).length;
    const precision = truePositives / detected.length;
    const recall = truePositives / (truePositives + MISSED.length);
    console.log(`duty detection: ${detected.length} detected, ${truePositives} correct, ${MISSED.length} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(detected.length).toBe(31);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});

import { flattenProvisions, parseLegalText } from '../../legal-text';
import { DRAFT_RESOLUTION } from '../testing/draft-resolution';
import { anchorOf, anchorsOf, levelOfPathKey, type Anchor } from './anchor-of';
import { resolveAnchor } from './resolve-anchor';
import type { VersionProvision } from './version-index';

const versionOf = (text: string): VersionProvision[] =>
  flattenProvisions(parseLegalText(text).provisions).map(({ pathKey, heading, text: body, level }) => ({ pathKey, heading, text: body, level }));

const anchors = new Map(anchorsOf(parseLegalText(DRAFT_RESOLUTION).provisions).map((anchor) => [anchor.pathKey, anchor]));
const anchor = (pathKey: string): Anchor => anchors.get(pathKey)!;

/** Version 2: a new article before Điều 2, so Điều 2–6 become Điều 3–7. */
const INSERTED = DRAFT_RESOLUTION.replace(
  'Điều 2. Chức danh và mức phụ cấp hằng tháng',
  'Điều 2. Nguyên tắc chi trả phụ cấp\nPhụ cấp được chi trả hằng tháng, cùng kỳ trả lương của cán bộ, công chức cấp xã.\nĐiều 2. Chức danh và mức phụ cấp hằng tháng',
).replace(/^Điều (\d)\. (?!Phạm vi|Nguyên tắc)/gmu, (_line, n: string) => `Điều ${Number(n) + 1}. `);

describe('resolveAnchor', () => {
  it('finds every provision of an unchanged version at its own path', () => {
    const version = versionOf(DRAFT_RESOLUTION);
    for (const [pathKey, a] of anchors) expect(resolveAnchor(a, version)).toEqual({ pathKey, confidence: 1, method: 'same-path' });
  });

  it('follows articles renumbered by an inserted article', () => {
    const version = versionOf(INSERTED);
    expect(version.some((p) => p.pathKey === 'd7')).toBe(true);
    expect(resolveAnchor(anchor('d2'), version)).toEqual({ pathKey: 'd3', confidence: 1, method: 'moved' });
    expect(resolveAnchor(anchor('d2.k3'), version)).toMatchObject({ pathKey: 'd3.k3', method: 'moved' });
    expect(resolveAnchor(anchor('d3.k2'), version)).toMatchObject({ pathKey: 'd4.k2', method: 'moved' });
    expect(resolveAnchor(anchor('d6'), version)).toMatchObject({ pathKey: 'd7', method: 'moved' });
    expect(resolveAnchor(anchor('d1.k2.a'), version)).toMatchObject({ pathKey: 'd1.k2.a', method: 'same-path' });
  });

  it('finds a clause whose wording was edited, with less confidence', () => {
    const version = versionOf(
      DRAFT_RESOLUTION.replace(
        '1. Người hoạt động không chuyên trách ở thôn, tổ dân phố kiêm nhiệm chức danh khác được hưởng 50% mức phụ cấp',
        '1. Người hoạt động không chuyên trách ở thôn, tổ dân phố được phân công kiêm nhiệm chức danh khác được hưởng 70% mức phụ cấp',
      ),
    );
    const resolution = resolveAnchor(anchor('d3.k1'), version);
    expect(resolution).toMatchObject({ pathKey: 'd3.k1', method: 'changed' });
    expect(resolution.confidence).toBeGreaterThan(0.6);
    expect(resolution.confidence).toBeLessThan(1);
  });

  it('follows a clause moved to another article', () => {
    const moved = DRAFT_RESOLUTION.replace('2. Mỗi người được hưởng phụ cấp kiêm nhiệm không quá một chức danh.\n', '').replace(
      'Kinh phí thực hiện Nghị quyết này được bố trí trong dự toán ngân sách địa phương hằng năm theo phân cấp ngân sách hiện hành.',
      '1. Kinh phí thực hiện Nghị quyết này được bố trí trong dự toán ngân sách địa phương hằng năm theo phân cấp ngân sách hiện hành.\n' +
        '2. Mỗi người được hưởng phụ cấp kiêm nhiệm không quá một chức danh.',
    );
    expect(resolveAnchor(anchor('d3.k2'), versionOf(moved))).toMatchObject({ pathKey: 'd4.k2', method: 'moved' });
  });

  it('says lost for a deleted clause instead of matching a sibling with the same formula', () => {
    // Điều 2's clauses differ only in the title and the coefficient: "… được hưởng phụ cấp hằng tháng bằng x lần mức lương cơ sở".
    const deleted = DRAFT_RESOLUTION.replace(
      '2. Bí thư chi bộ thôn, tổ dân phố được hưởng phụ cấp hằng tháng bằng 1,8 lần mức lương cơ sở.\n3. Trưởng ban',
      '2. Trưởng ban',
    );
    const version = versionOf(deleted);
    expect(resolveAnchor(anchor('d2.k2'), version)).toEqual({ pathKey: null, confidence: 0, method: 'lost' });
    expect(resolveAnchor(anchor('d2.k3'), version)).toMatchObject({ pathKey: 'd2.k2', method: 'moved' });
    expect(resolveAnchor(anchor('d2.k1'), version)).toMatchObject({ pathKey: 'd2.k1', method: 'same-path' });
  });

  it('tells identical points apart by the provision they sit in', () => {
    const text = [
      'Điều 1. Trách nhiệm của Sở Tài chính',
      '1. Sở Tài chính có trách nhiệm:',
      'a) Chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện;',
      'b) Tham mưu bố trí kinh phí thực hiện.',
      'Điều 2. Trách nhiệm của Sở Nội vụ',
      '1. Sở Nội vụ có trách nhiệm:',
      'a) Chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện;',
      'b) Hướng dẫn việc bố trí chức danh ở thôn, tổ dân phố.',
    ].join('\n');
    const before = anchorsOf(parseLegalText(text).provisions).find((a) => a.pathKey === 'd2.k1.a')!;
    const swapped = versionOf(text.replace(/Điều 1\. (.*)\n([^]*?)Điều 2\. (.*)\n([^]*)$/u, 'Điều 1. $3\n$4\nĐiều 2. $1\n$2').replace(/\n+$/u, ''));
    expect(resolveAnchor(before, swapped)).toMatchObject({ pathKey: 'd1.k1.a', method: 'moved' });
  });

  it('finds a provision with no words by its path only', () => {
    const empty = anchorOf({ pathKey: 'd5', heading: null, text: '' });
    expect(resolveAnchor(empty, [{ pathKey: 'd5', heading: null, text: '', level: 'article' }])).toEqual({ pathKey: 'd5', confidence: 0.5, method: 'same-path' });
    expect(resolveAnchor(empty, [{ pathKey: 'd6', heading: null, text: '', level: 'article' }]).method).toBe('lost');
  });

  it('keeps anchors small and JSON', () => {
    const json = JSON.stringify(anchor('d2.k1'));
    expect(JSON.parse(json)).toEqual(anchor('d2.k1'));
    expect(json.length).toBeLessThan(700);
  });
});

describe('levelOfPathKey', () => {
  it.each([
    ['d5', 'article'],
    ['d5a.k2', 'clause'],
    ['d5.k2.đ', 'point'],
    ['d5.k2.k1', 'point'],
    ['d5.d', 'point'],
    ['cII', 'chapter'],
    ['cII.m1', 'section'],
    ['cII.m1.tm2', 'subsection'],
    ['pI', 'part'],
    ['pl1', 'annex'],
    ['kt.d3.k1', 'clause'],
  ])('%s is a %s', (pathKey, level) => {
    expect(levelOfPathKey(pathKey)).toBe(level);
  });
});

import { diffProvisions, type DiffableProvision } from './provision-diff';
import { wordDiff } from './word-diff';

const p = (pathKey: string, text: string, heading: string | null = null): DiffableProvision => ({ pathKey, level: 'clause', number: null, heading, text });

describe('wordDiff', () => {
  it('marks the changed words and keeps the rest equal', () => {
    expect(wordDiff('nộp hồ sơ trong thời hạn 30 ngày', 'nộp hồ sơ trong thời hạn 15 ngày làm việc')).toEqual([
      { op: 'equal', text: 'nộp hồ sơ trong thời hạn' },
      { op: 'delete', text: '30' },
      { op: 'insert', text: '15' },
      { op: 'equal', text: 'ngày' },
      { op: 'insert', text: 'làm việc' },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    expect(wordDiff('', 'một hai')).toEqual([{ op: 'insert', text: 'một hai' }]);
    expect(wordDiff('một hai', '')).toEqual([{ op: 'delete', text: 'một hai' }]);
    expect(wordDiff('a b c', 'a b c')).toEqual([{ op: 'equal', text: 'a b c' }]);
  });

  it('falls back to a replacement beyond the edit budget', () => {
    expect(wordDiff('a b c', 'x y z', 2)).toEqual([
      { op: 'delete', text: 'a b c' },
      { op: 'insert', text: 'x y z' },
    ]);
  });
});

describe('diffProvisions', () => {
  it('reports added, removed and changed provisions by path key, in the newer order', () => {
    const before = [p('d1', 'Phạm vi'), p('d2.k1', 'Thời hạn 30 ngày'), p('d2.k2', 'Bãi bỏ sau'), p('d3', 'Hiệu lực')];
    const after = [p('d1', 'Phạm vi'), p('d2.k1', 'Thời hạn 15 ngày'), p('d2a', 'Điều mới'), p('d3', 'Hiệu lực')];
    const changes = diffProvisions(before, after);
    expect(changes.map((c) => [c.change, c.pathKey])).toEqual([
      ['changed', 'd2.k1'],
      ['removed', 'd2.k2'],
      ['added', 'd2a'],
    ]);
    const changed = changes[0];
    expect(changed?.change === 'changed' && changed.text).toEqual([
      { op: 'equal', text: 'Thời hạn' },
      { op: 'delete', text: '30' },
      { op: 'insert', text: '15' },
      { op: 'equal', text: 'ngày' },
    ]);
  });

  it('reports a heading change', () => {
    const [change] = diffProvisions([p('d1', 'x', 'Phạm vi điều chỉnh')], [p('d1', 'x', 'Phạm vi áp dụng')]);
    expect(change?.change === 'changed' && change.heading).toEqual([
      { op: 'equal', text: 'Phạm vi' },
      { op: 'delete', text: 'điều chỉnh' },
      { op: 'insert', text: 'áp dụng' },
    ]);
  });

  it('is empty for identical versions', () => {
    expect(diffProvisions([p('d1', 'a')], [p('d1', 'a')])).toEqual([]);
  });
});
